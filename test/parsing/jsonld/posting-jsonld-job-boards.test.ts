import { NotAJobPostingError, postingFromJsonLd } from '../../../src/parsing/jsonld';
import { shippedTaxonomy, smallTaxonomy } from '../resume/taxonomies';
import { fixture, codesAt } from './posting-jsonld-fixtures';

describe('postingFromJsonLd: job board markup', () => {
  it('finds the JobPosting in an @graph and reads HTML, arrays, addresses and requirements', () => {
    const { posting, warnings } = postingFromJsonLd(fixture('job-board-graph.json'));
    expect(posting).toEqual({
      title: 'Senior Platform Engineer & SRE',
      company: 'Mesa Payments',
      employmentType: 'FULL_TIME',
      locations: ['Tucson, AZ, US', 'Denver, CO, US', 'Remote (USA)'],
      description:
        "About us\n\nWe run payments for 3,000 clinics.\n\nWhat you'll do\n\n- Operate Kubernetes on AWS\n- Write Terraform & Go\n\nSalary: competitive",
      datePosted: '2025-05-02',
      // experienceInPlaceOfEducation: the degree can be replaced by experience.
      education: { level: 'BACHELOR', required: false },
      requirements: [
        {
          importance: 'REQUIRED',
          category: 'OTHER',
          label: 'Skills',
          skills: ['Kubernetes', 'AWS', 'Terraform', 'Golang', 'Fluent Spanish'],
          minMatches: 5,
          minMonths: 60,
          weight: 1,
        },
      ],
    });
    expect(codesAt(warnings)).toEqual(["MULTIPLE_EMPLOYMENT_TYPES $['@graph'][2].employmentType"]);
  });

  it('canonicalises and categorises skills with a taxonomy, the spoken language included', () => {
    const { posting, warnings } = postingFromJsonLd(fixture('job-board-graph.json'), shippedTaxonomy());
    expect(
      posting.requirements.map((group) => [group.category, group.skills, group.minMatches, group.minMonths]),
    ).toEqual([
      ['CONTAINER', ['Kubernetes'], 1, 60],
      ['CLOUD', ['AWS'], 1, 60],
      ['DEVOPS', ['Terraform'], 1, 60],
      ['LANGUAGE', ['Go'], 1, 60],
      // The taxonomy knows spoken languages (kind SPOKEN_LANGUAGE) since issue 9: "Fluent Spanish" is Spanish.
      ['OTHER', ['Spanish'], 1, 60],
    ]);
    expect(posting.requirements.every((group) => group.importance === 'REQUIRED')).toBe(true);
    expect(shippedTaxonomy().resolve('Spanish')?.kind).toBe('SPOKEN_LANGUAGE');
    expect(codesAt(warnings)).not.toContain("UNKNOWN_SKILL $['@graph'][2].skills");
  });

  it('leaves out a skill the taxonomy does not know, with a warning', () => {
    const { posting, warnings } = postingFromJsonLd(
      { '@type': 'JobPosting', title: 'Engineer', skills: ['Go', 'Nonexistium'] },
      shippedTaxonomy(),
    );
    expect(posting.requirements.map((group) => group.skills)).toEqual([['Go']]);
    expect(warnings.find((w) => w.code === 'UNKNOWN_SKILL')?.message).toContain('"Nonexistium"');
  });

  it('reads the first of an array of postings, with string organization, address and education and escaped HTML', () => {
    const { posting, warnings } = postingFromJsonLd(fixture('job-board-array.json'), smallTaxonomy());
    expect(posting).toEqual({
      title: 'Junior Java Developer',
      company: 'Hudson Valley Software',
      employmentType: 'FULL_TIME',
      locations: ['Poughkeepsie, NY'],
      description: 'Join our team building Java services.\n\n3+ years preferred.',
      datePosted: '2025-04-18',
      education: { level: 'BACHELOR', required: true },
      requirements: [
        {
          importance: 'REQUIRED',
          category: 'LANGUAGE',
          label: 'Skills',
          skills: ['Java'],
          minMatches: 1,
          minMonths: 36,
          weight: 1,
        },
      ],
    });
    expect(codesAt(warnings)).toEqual([
      'MULTIPLE_POSTINGS $[1]',
      'UNKNOWN_SKILL $[0].skills[1]',
      'UNKNOWN_SKILL $[0].skills[2]',
      'UNKNOWN_SKILL $[0].skills[3]',
    ]);
  });

  it('warns about what a minimal posting lacks', () => {
    const { posting, warnings } = postingFromJsonLd(fixture('minimal-foreign.json'));
    expect(posting).toEqual({
      title: 'Data Analyst',
      company: 'Poughkeepsie Analytics',
      employmentType: 'OTHER',
      locations: ['Poughkeepsie, United States'],
      description: 'Analyse things.\n\nReport on them.',
      datePosted: null,
      education: null,
      requirements: [],
    });
    expect(codesAt(warnings)).toEqual(['MISSING_EMPLOYMENT_TYPE $.employmentType', 'NO_SKILLS $.skills']);
  });

  const base = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Dev',
    description: 'x',
    employmentType: 'FULL_TIME',
  };

  it.each([
    ['Full-time', 'FULL_TIME'],
    ['part time', 'PART_TIME'],
    ['Contract', 'CONTRACTOR'],
    ['Internship', 'INTERN'],
    ['Co-op', 'INTERN'],
    ['PER_DIEM', 'PER_DIEM'],
    ['https://schema.org/Temporary', 'TEMPORARY'],
  ])('reads employmentType %j as %s', (value, expected) => {
    expect(postingFromJsonLd({ ...base, employmentType: value }).posting.employmentType).toBe(expected);
  });

  it('warns about an unknown employment type', () => {
    const { posting, warnings } = postingFromJsonLd({ ...base, employmentType: ['Gig', 'FULL_TIME'] });
    expect(posting.employmentType).toBe('FULL_TIME');
    expect(codesAt(warnings)).toEqual(['UNKNOWN_EMPLOYMENT_TYPE $.employmentType[0]', 'NO_SKILLS $.skills']);
  });

  it('reads skills as text, lists, bullets and DefinedTerms', () => {
    const read = (skills: unknown): readonly string[] =>
      postingFromJsonLd({ ...base, skills }).posting.requirements[0].skills;
    expect(read('Java; Python\n• Go | SQL')).toEqual(['Java', 'Python', 'Go', 'SQL']);
    expect(read(['Java, Kotlin', { '@type': 'DefinedTerm', name: 'Docker', termCode: 'd1' }, 'java'])).toEqual([
      'Java',
      'Kotlin',
      'Docker',
    ]);
    expect(read('<ul><li>CI/CD</li><li>C++</li></ul>')).toEqual(['CI/CD', 'C++']);
  });

  it('reads educationRequirements as text, credential or list, taking the lowest level named', () => {
    const read = (educationRequirements: unknown): ReturnType<typeof postingFromJsonLd> =>
      postingFromJsonLd({ ...base, skills: 'Java', educationRequirements });
    expect(read('high school').posting.education).toEqual({ level: 'HIGH_SCHOOL', required: true });
    expect(
      read({ '@type': 'EducationalOccupationalCredential', credentialCategory: 'associate degree' }).posting.education,
    ).toEqual({
      level: 'ASSOCIATE',
      required: true,
    });
    expect(read(['postgraduate degree', 'bachelor degree']).posting.education).toEqual({
      level: 'BACHELOR',
      required: true,
    });
    expect(read('MS or PhD in Physics').posting.education).toEqual({ level: 'MASTER', required: true });
    expect(read('no requirements').posting).toMatchObject({ education: null });
    expect(read('no requirements').warnings).toEqual([]);
    const certificate = read({ credentialCategory: 'professional certificate' });
    expect(certificate.posting.education).toBeNull();
    expect(codesAt(certificate.warnings)).toEqual(['UNKNOWN_EDUCATION $.educationRequirements']);
  });

  it('reads experience from monthsOfExperience, numeric text or "N years"', () => {
    const read = (experienceRequirements: unknown): number | null =>
      postingFromJsonLd({ ...base, skills: 'Java', experienceRequirements }).posting.requirements[0].minMonths;
    expect(read({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 18 })).toBe(18);
    expect(read({ monthsOfExperience: '60' })).toBe(60);
    expect(read('5+ years of Java')).toBe(60);
    expect(read('2-4 years')).toBe(24);
    expect(read('at least 6 months')).toBe(6);
    const unread = postingFromJsonLd({ ...base, skills: 'Java', experienceRequirements: 'plenty' });
    expect(unread.posting.requirements[0].minMonths).toBeNull();
    expect(codesAt(unread.warnings)).toEqual(['UNREAD_EXPERIENCE $.experienceRequirements']);
  });

  it('warns about an unreadable datePosted and keeps the date part of a date-time', () => {
    expect(postingFromJsonLd({ ...base, skills: 'Go', datePosted: '2025-02-03T10:00:00Z' }).posting.datePosted).toBe(
      '2025-02-03',
    );
    const bad = postingFromJsonLd({ ...base, skills: 'Go', datePosted: '2025-02-30' });
    expect(bad.posting.datePosted).toBeNull();
    expect(codesAt(bad.warnings)).toEqual(['INVALID_DATE $.datePosted']);
  });

  it('names an untitled posting and notes a missing description', () => {
    const { posting, warnings } = postingFromJsonLd({
      '@type': 'JobPosting',
      employmentType: 'FULL_TIME',
      skills: 'Go',
    });
    expect(posting.title).toBe('Untitled posting');
    expect(posting.description).toBe('');
    expect(codesAt(warnings)).toEqual(['MISSING_TITLE $.title', 'MISSING_DESCRIPTION $.description']);
  });
});

describe('postingFromJsonLd: what is not a JobPosting', () => {
  it.each([
    ['null', null],
    ['text', '<script type="application/ld+json">'],
    ['an empty object', {}],
    ['an Organization', { '@context': 'https://schema.org', '@type': 'Organization', name: 'Mesa' }],
    ['a graph without postings', { '@graph': [{ '@type': 'WebSite' }, { '@type': ['Thing', 'Event'] }] }],
    ['an empty array', []],
    ['a JSON Resume', { basics: { name: 'Ann' }, work: [] }],
  ])('throws NotAJobPostingError for %s', (_label, doc) => {
    expect(() => postingFromJsonLd(doc)).toThrow(NotAJobPostingError);
  });

  it('says what it found instead', () => {
    expect(() => postingFromJsonLd({ '@graph': [{ '@type': 'WebSite' }, { '@type': 'Organization' }] })).toThrow(
      'Not a schema.org JobPosting: no node with @type JobPosting (found only WebSite, Organization)',
    );
    expect(() => postingFromJsonLd(7)).toThrow('expected a JSON-LD object or array, got a number');
  });

  it('accepts prefixed and multiple types', () => {
    expect(postingFromJsonLd({ '@type': 'http://schema.org/JobPosting', title: 'A', skills: 'Go' }).posting.title).toBe(
      'A',
    );
    expect(postingFromJsonLd({ '@type': ['Thing', 'schema:JobPosting'], title: 'B', skills: 'Go' }).posting.title).toBe(
      'B',
    );
  });
});

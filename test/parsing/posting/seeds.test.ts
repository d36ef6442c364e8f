import { MAX_POSTING_TEXT_BYTES, parsePosting, parsePostings } from '../../../src/parsing/posting';
import { findGroup, fixture, skillsOf, taxonomy } from './helpers';

const LANGUAGES = ['C++', 'C', 'Java', 'Go', 'Ruby', 'Python', 'Perl', 'SQL'];

describe('seed: IBM Back End Developer Intern 2026 (description pasted twice, lost "++", other listings after it)', () => {
  const { posting, warnings } = parsePosting(fixture('seed-ibm-backend-intern-2026'), taxonomy());
  const groups = posting.requirements;
  const codes = warnings.map((w) => w.code);

  it('reads title, company, employment type and the preferred bachelor degree', () => {
    expect(posting.title).toBe('Back End Developer Intern 2026');
    expect(posting.company).toBe('IBM');
    expect(posting.employmentType).toBe('INTERN');
    expect(posting.education).toEqual({ level: 'BACHELOR', required: false });
  });

  it('keeps one copy of the repeated description and says so', () => {
    expect(codes).toContain('DUPLICATE_BLOCK_REMOVED');
    expect(posting.description.match(/Required Technical And Professional Expertise/gu)).toHaveLength(1);
    // Each group exists once, not twice.
    expect(groups.filter((g) => g.importance === 'REQUIRED' && g.category === 'LANGUAGE')).toHaveLength(1);
  });

  it('drops the other jobs listed after the posting and says which', () => {
    const dropped = warnings.find((w) => w.code === 'TRAILING_LISTINGS_DROPPED');
    expect(dropped?.at).toContain('Entry Level Back End Developer 2026');
    expect(dropped?.at).toContain('Upfluence');
    expect(posting.description).not.toContain('Upfluence');
    expect(posting.locations).toEqual([]);
  });

  it('reads the required language list as one group of alternatives, with C++ restored', () => {
    const languages = findGroup(groups, 'REQUIRED', LANGUAGES);
    expect(languages).toMatchObject({ category: 'LANGUAGE', minMatches: 1, minMonths: null, weight: 1 });
    expect(warnings.filter((w) => w.code === 'CPP_REPAIRED')).toHaveLength(2);
    expect(warnings.find((w) => w.code === 'CPP_REPAIRED')?.message).toMatch(/C\+\+/u);
  });

  it('splits the devops-and-databases line by category and keeps umbrella skills', () => {
    const devops = groups.find((g) => g.importance === 'REQUIRED' && g.category === 'DEVOPS');
    expect(devops?.skills).toEqual(expect.arrayContaining(['Git', 'Jenkins']));
    const databases = groups.find((g) => g.importance === 'REQUIRED' && g.category === 'DATABASE');
    expect(databases?.skills).toEqual(['Databases']);
    expect(devops?.label).toBe(databases?.label);
    expect(devops?.label).toBe(
      'Working knowledge of servers, applications, devOps tools (Git, Jenkins), and databases',
    );
    expect(findGroup(groups, 'REQUIRED', ['APIs'])).toBeDefined();
  });

  it('reads the "…; Container technologies; Internet Services; and/or Managed Services" line as one any-of group', () => {
    const alternatives = ['Operating systems', 'Container technologies', 'Internet services', 'Managed services'];
    expect(findGroup(groups, 'REQUIRED', alternatives)).toMatchObject({ minMatches: 1, minMonths: null });
    expect(findGroup(groups, 'REQUIRED', ['Operating systems'])).toBeUndefined();
    expect(findGroup(groups, 'REQUIRED', ['Container technologies'])).toBeUndefined();
  });

  it('reads the preferred section: 12-month languages and APIs/REST, JSON with web services, virtualization and cloud operations', () => {
    expect(findGroup(groups, 'PREFERRED', LANGUAGES)).toMatchObject({ minMonths: 12, minMatches: 1 });
    expect(findGroup(groups, 'PREFERRED', ['APIs', 'REST'])).toMatchObject({ minMonths: 12 });
    expect(findGroup(groups, 'PREFERRED', ['JSON', 'Web services'])).toMatchObject({ minMonths: null });
    const preferred = skillsOf(groups, 'PREFERRED');
    expect(preferred).toEqual(expect.arrayContaining(['Virtualization', 'Cloud operations']));
    const virtualization = groups.find((g) => g.skills.includes('Virtualization'));
    expect(virtualization?.label).toBe('Understanding of virtualization concepts and cloud operations');
  });

  it('never reads the responsibilities as requirements', () => {
    const all = groups.flatMap((g) => g.skills);
    expect(all).not.toContain('IaaS');
    expect(all).not.toContain('Agile');
    expect(all).not.toContain('Client-server architecture');
  });

  it('is one posting, well under the size limit', () => {
    expect(parsePostings(fixture('seed-ibm-backend-intern-2026'), taxonomy())).toHaveLength(1);
    expect(Buffer.byteLength(fixture('seed-ibm-backend-intern-2026'))).toBeLessThan(MAX_POSTING_TEXT_BYTES);
  });
});

describe('seed: IBM Back End Developer Co-op 2025 (Thai-codepage mojibake, headings lost, location list)', () => {
  const { posting, warnings } = parsePosting(fixture('seed-ibm-backend-coop-2025'), taxonomy());
  const groups = posting.requirements;

  it('repairs the mojibake and says so', () => {
    expect(warnings.map((w) => w.code)).toContain('MOJIBAKE_REPAIRED');
    expect(posting.description).toContain('you’ll be able to learn');
    expect(posting.description).not.toMatch(/โ€|ย/u);
  });

  it('reads title, company, co-op as INTERN, and every location', () => {
    expect(posting.title).toBe('Back End Developer Co-op: 2025');
    expect(posting.company).toBe('IBM');
    expect(posting.employmentType).toBe('INTERN');
    expect(posting.education).toBeNull();
    expect(posting.locations).toEqual([
      'Poughkeepsie, United States',
      'Tucson, AZ',
      'Research Triangle Park, NC',
      'San Jose, CA',
      'Rochester, MN',
      'Poughkeepsie, NY',
    ]);
  });

  it('reads the headingless blocks: required basics, then the 3-month block as preferred, and reports the inference', () => {
    const languages = LANGUAGES.filter((l) => l !== 'Go');
    expect(findGroup(groups, 'REQUIRED', languages)).toMatchObject({ minMonths: null, minMatches: 1 });
    expect(findGroup(groups, 'PREFERRED', languages)).toMatchObject({ minMonths: 3 });
    expect(findGroup(groups, 'PREFERRED', ['APIs'])).toMatchObject({ minMonths: 3 });
    expect(findGroup(groups, 'REQUIRED', ['APIs'])).toMatchObject({ minMonths: null });
    const inferred = warnings.filter((w) => w.code === 'SECTION_INFERRED');
    expect(inferred).toHaveLength(2);
    expect(inferred[1].message).toMatch(/preferred/u);
  });

  it('reads "Who You Are" as required', () => {
    const required = skillsOf(groups, 'REQUIRED');
    expect(required).toEqual(
      expect.arrayContaining([
        'Communication',
        'Debugging',
        'Troubleshooting',
        'Operating systems',
        'Container technologies',
      ]),
    );
  });
});

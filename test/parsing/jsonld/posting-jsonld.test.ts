import type { PostingDraft } from '../../../src/domain/drafts';
import { postingFromJsonLd, postingToJsonLd } from '../../../src/parsing/jsonld';
import { RICH, BARE, codesAt, viaJson } from './posting-jsonld-fixtures';

describe('postingToJsonLd', () => {
  const doc = postingToJsonLd({ ...RICH, id: 'p 42' }, { baseUrl: 'https://skillmatch.example.com/' });

  it('writes a schema.org JobPosting with the fields Google reads', () => {
    expect(doc['@context']).toEqual(['https://schema.org', expect.objectContaining({ skillmatch: 'urn:skillmatch:' })]);
    expect(doc).toMatchObject({
      '@type': 'JobPosting',
      '@id': 'https://skillmatch.example.com/postings/p%2042',
      identifier: { '@type': 'PropertyValue', name: 'skillmatch', value: 'p 42' },
      title: 'Staff Backend Engineer',
      datePosted: '2025-05-01',
      employmentType: 'CONTRACTOR',
      hiringOrganization: { '@type': 'Organization', name: 'Saguaro Logistics' },
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [{ '@type': 'Country', name: 'US' }],
      educationRequirements: {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'postgraduate degree',
      },
      experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 36 },
    });
  });

  it('parses location strings into postal addresses', () => {
    expect(doc.jobLocation).toEqual([
      {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Tucson', addressRegion: 'AZ', addressCountry: 'US' },
      },
      {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Poughkeepsie', addressCountry: 'United States' },
      },
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'Germany' } },
      {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Toronto', addressRegion: 'ON', addressCountry: 'CA' },
      },
    ]);
  });

  it('writes the description as escaped HTML with line breaks', () => {
    expect(doc.description).toBe(
      'We move freight across the Southwest.<br>\n<br>\nYou will:<br>\n- own &lt;Java&gt; services &amp; their SLOs<br>\n' +
        '- mentor  two engineers\r<br>\nSalary: $180k &amp;amp; equity',
    );
  });

  it('lists every skill once, required groups first, and keeps the groups in the extension', () => {
    expect(doc.skills).toEqual(['Java', 'Kotlin', 'PostgreSQL', 'MySQL', 'Docker', 'Kubernetes']);
    expect(doc['skillmatch:requirements']).toEqual(RICH.requirements);
    expect(doc['skillmatch:education']).toEqual({ level: 'DOCTORATE', required: true });
    expect(doc['skillmatch:locations']).toEqual(RICH.locations);
  });

  it('leaves out what the posting does not have', () => {
    const bare = postingToJsonLd(BARE);
    for (const key of [
      '@id',
      'identifier',
      'hiringOrganization',
      'datePosted',
      'jobLocation',
      'jobLocationType',
      'skills',
      'educationRequirements',
      'experienceRequirements',
    ]) {
      expect(bare).not.toHaveProperty(key);
    }
    expect(bare).toMatchObject({ '@type': 'JobPosting', title: 'Engineer', employmentType: 'OTHER', description: '' });
  });

  it('states only a required degree as educationRequirements, and months only from required groups', () => {
    const preferred = postingToJsonLd({
      ...BARE,
      education: { level: 'BACHELOR', required: false },
      requirements: [{ ...RICH.requirements[2], minMonths: 24 }],
    });
    expect(preferred).not.toHaveProperty('educationRequirements');
    expect(preferred).not.toHaveProperty('experienceRequirements');
    expect(preferred['skillmatch:education']).toEqual({ level: 'BACHELOR', required: false });
    expect(
      postingToJsonLd({ ...BARE, education: { level: 'HIGH_SCHOOL', required: true } }).educationRequirements,
    ).toEqual({
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'high school',
    });
  });

  it('gives no @id without an id, and an identifier without a base URL', () => {
    expect(postingToJsonLd(RICH, { baseUrl: 'https://x.example' })).not.toHaveProperty('@id');
    const noBase = postingToJsonLd({ ...RICH, id: '7' });
    expect(noBase).not.toHaveProperty('@id');
    expect(noBase.identifier).toEqual({ '@type': 'PropertyValue', name: 'skillmatch', value: '7' });
  });
});

describe('postingFromJsonLd: our own export', () => {
  it.each([
    ['a rich posting', RICH],
    ['a bare posting', BARE],
    [
      'a posting with a preferred degree and NONE-level education',
      { ...RICH, education: { level: 'NONE', required: false } } as PostingDraft,
    ],
    [
      'a posting with a group no profile can show',
      {
        ...RICH,
        requirements: [
          ...RICH.requirements,
          {
            importance: 'REQUIRED',
            category: 'OTHER',
            label: 'Eligible to work in the EU',
            skills: [],
            minMatches: 1,
            minMonths: null,
            weight: 1,
            assessable: false,
          },
        ],
      } as PostingDraft,
    ],
  ])('gives back exactly %s', (_label, posting) => {
    const { posting: back, warnings } = postingFromJsonLd(
      viaJson(postingToJsonLd({ ...posting, id: 'p-1' }, { baseUrl: 'https://s.example' })),
    );
    expect(back).toEqual(posting);
    expect(warnings).toEqual([]);
  });

  it('skips malformed extension groups with a warning at their path', () => {
    const doc = viaJson(postingToJsonLd(RICH)) as Record<string, unknown>;
    const groups = doc['skillmatch:requirements'] as Record<string, unknown>[];
    groups[1] = { ...groups[1], importance: 'MANDATORY' };
    doc['skillmatch:education'] = { level: 'WIZARD', required: true };
    const { posting, warnings } = postingFromJsonLd(doc);
    expect(posting.requirements).toEqual([RICH.requirements[0], RICH.requirements[2]]);
    expect(posting.education).toBeNull();
    expect(codesAt(warnings)).toEqual([
      "INVALID_EXTENSION $['skillmatch:education']",
      "INVALID_EXTENSION $['skillmatch:requirements'][1]",
    ]);
  });
});

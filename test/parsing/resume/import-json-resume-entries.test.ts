import type { CandidateDraft, ImportWarning } from '../../../src/domain/drafts';
import { importJsonResume, NotAResumeError } from '../../../src/parsing/resume';
import { resumeFixture, shippedTaxonomy } from './taxonomies';
import { NOW, importSmall, months, codesAt, deepFreeze } from './json-resume-helpers';

describe('importJsonResume: education', () => {
  it('maps studyType, takes the field from area and derives the status from the end date', () => {
    const { candidate, warnings } = importSmall({
      basics: { name: 'Ann' },
      education: [
        { institution: 'U1', area: 'Computer Science', studyType: 'B.Sc.', startDate: '2010', endDate: '2014' },
        { institution: 'U2', area: 'Statistics', studyType: 'Ph.D.', startDate: '2021', endDate: '2027-05' },
        { institution: 'U3', area: 'Business', studyType: 'MBA', startDate: '2024-09' },
        { institution: 'U4', area: 'Physics', studyType: 'MS', endDate: '2025' },
        { institution: 'U5', studyType: 'AS', endDate: '2008-06-15' },
      ],
    });
    expect(candidate.education).toEqual([
      { level: 'BACHELOR', field: 'Computer Science', status: 'COMPLETED' },
      { level: 'DOCTORATE', field: 'Statistics', status: 'IN_PROGRESS' },
      { level: 'MASTER', field: 'Business', status: 'IN_PROGRESS' },
      // "2025" runs to the end of 2025, after NOW (mid-2025).
      { level: 'MASTER', field: 'Physics', status: 'IN_PROGRESS' },
      { level: 'ASSOCIATE', field: null, status: 'COMPLETED' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('skips entries whose degree maps to no level, with a warning', () => {
    const { candidate, warnings } = importSmall({
      basics: { name: 'Ann' },
      education: [
        { institution: 'Bootcamp', area: 'Web', studyType: 'Certificate', endDate: '2019' },
        { institution: 'Somewhere', area: 'Art' },
        { institution: 'U', studyType: 'BA', endDate: '2019' },
      ],
    });
    expect(candidate.education).toEqual([{ level: 'BACHELOR', field: null, status: 'COMPLETED' }]);
    expect(codesAt(warnings)).toEqual([
      'UNKNOWN_STUDY_TYPE $.education[0].studyType',
      'UNKNOWN_STUDY_TYPE $.education[1].studyType',
    ]);
  });

  it('takes an unreadable graduation date as no proof of completion', () => {
    const { candidate, warnings } = importSmall({
      basics: { name: 'Ann' },
      education: [{ studyType: 'BS', endDate: 'soon' }],
    });
    expect(candidate.education).toEqual([{ level: 'BACHELOR', field: null, status: 'IN_PROGRESS' }]);
    expect(codesAt(warnings)).toEqual(['INVALID_DATE $.education[0].endDate']);
  });
});

describe('importJsonResume: basics and messy input', () => {
  it('reads name, email, phone, label and location', () => {
    const { candidate, warnings } = importSmall({
      basics: {
        name: '  Ann   Lee ',
        email: 'ann@example.com',
        phone: '+1 520 555 0142',
        label: 'Engineer',
        location: { city: 'Tucson', region: 'AZ', countryCode: 'US' },
      },
    });
    expect(candidate).toEqual({
      name: 'Ann Lee',
      email: 'ann@example.com',
      phone: '+1 520 555 0142',
      headline: 'Engineer',
      location: 'Tucson, AZ, US',
      education: [],
      skills: [],
    });
    expect(warnings).toEqual([]);
  });

  it('names a nameless candidate and drops an invalid email, warning about both', () => {
    const { candidate, warnings } = importSmall({
      basics: { email: 'ann at example dot com', location: 'Houston, TX' },
    });
    expect(candidate.name).toBe('Unnamed candidate');
    expect(candidate.email).toBeNull();
    expect(candidate.location).toBe('Houston, TX');
    expect(codesAt(warnings)).toEqual(['MISSING_NAME $.basics.name', 'INVALID_EMAIL $.basics.email']);
  });

  it('skips placeholder and malformed entries with a warning, importing the rest', () => {
    const { candidate, warnings } = importSmall({
      basics: { name: 'Ann' },
      work: [
        { name: '', position: '', startDate: '', highlights: [] },
        'Freelance 2018-2019',
        { position: 42, summary: 'Docker', startDate: '2020-01', endDate: '2020-12' },
        { position: 'Java developer', startDate: '2020-01', endDate: '2020-12', highlights: 'Wrote Python tools' },
      ],
      education: [{}],
      projects: { name: 'not a list' },
    });
    expect(months(candidate)).toEqual({ Docker: 12, Java: 12, Python: 12 });
    expect(codesAt(warnings)).toEqual([
      'EMPTY_ENTRY $.work[0]',
      'INVALID_ENTRY $.work[1]',
      'INVALID_FIELD $.work[2].position',
      'INVALID_FIELD $.projects',
      'EMPTY_ENTRY $.education[0]',
    ]);
  });
});

describe('importJsonResume: what is not a resume', () => {
  it.each([
    ['null', null],
    ['a string', 'Ann Lee, Java developer'],
    ['a number', 42],
    ['an array', [{ basics: { name: 'Ann' } }]],
    ['an empty object', {}],
    ['an object with no resume section', { name: 'skillmatch', version: '1.0.0' }],
    ['an object whose sections are all null', { basics: null, work: null }],
  ])('throws NotAResumeError for %s', (_label, doc) => {
    expect(() => importSmall(doc)).toThrow(NotAResumeError);
  });

  it('says why', () => {
    expect(() => importSmall([])).toThrow('Not a JSON Resume: expected a JSON object, got an array');
    expect(() => importSmall({ title: 'x' })).toThrow(/none of basics, work, education or skills.*"title"/);
  });

  it('accepts any one of the sections, however broken the rest', () => {
    expect(importSmall({ work: [] }).candidate.name).toBe('Unnamed candidate');
    expect(importSmall({ skills: 'Java' }).warnings.map((w) => w.code)).toEqual(['MISSING_NAME', 'INVALID_FIELD']);
    expect(importSmall({ basics: 'Ann' }).warnings.map((w) => w.code)).toEqual(['INVALID_FIELD', 'MISSING_NAME']);
  });
});

describe('importJsonResume: fixtures with the shipped taxonomy', () => {
  const taxonomy = shippedTaxonomy();
  const load = (name: string): { candidate: CandidateDraft; warnings: ImportWarning[] } =>
    importJsonResume(resumeFixture(name), taxonomy, { now: NOW });

  it.each([
    'clean-backend-engineer.json',
    'clean-data-scientist.json',
    'clean-devops.json',
    'clean-frontend.json',
    'embedded-engineer.json',
  ])('imports the clean resume %s without warnings', (name) => {
    const { candidate, warnings } = load(name);
    expect(warnings).toEqual([]);
    expect(candidate.skills.length).toBeGreaterThan(3);
    expect(candidate.education.length).toBeGreaterThan(0);
  });

  it('pins the backend engineer: overlapping and open-ended jobs, declared-only skills', () => {
    const { candidate } = load('clean-backend-engineer.json');
    expect(candidate).toMatchObject({
      name: 'Marisol Ventura',
      email: 'marisol.ventura@example.com',
      headline: 'Senior Backend Engineer',
      location: 'Tucson, AZ, US',
      education: [
        { level: 'BACHELOR', field: 'Computer Science', status: 'COMPLETED' },
        { level: 'MASTER', field: 'Computer Science', status: 'IN_PROGRESS' },
      ],
    });
    const byName = Object.fromEntries(candidate.skills.map((s) => [s.name, s]));
    // 2017-07-15 .. 2021-02-28 and 2021-03-01 .. now join up: 2908 days, 95.5 months.
    expect(byName.Java).toEqual({ name: 'Java', months: 96, level: 'EXPERT' });
    // 2020-06 .. 2021-08 overlaps 2021-03 .. now: 2020-06-01 .. 2025-06-30 is 61 months (not 15 + 52).
    expect(byName.PostgreSQL).toEqual({ name: 'PostgreSQL', months: 61, level: 'ADVANCED' });
    expect(byName.Kotlin).toEqual({ name: 'Kotlin', months: 44, level: 'EXPERT' });
    expect(byName.Python).toEqual({ name: 'Python', months: 15, level: null });
    expect(byName.GraphQL).toEqual({ name: 'GraphQL', months: null, level: 'BEGINNER' });
    // The "Cloud" heading resolves to a skill of its own, with no dated evidence.
    expect(byName['Cloud computing']).toEqual({ name: 'Cloud computing', months: null, level: 'INTERMEDIATE' });
  });

  it('reads the older schema: company instead of name, skills as plain strings', () => {
    const { candidate, warnings } = load('old-schema.json');
    expect(warnings).toEqual([]);
    expect(candidate.education).toEqual([{ level: 'BACHELOR', field: 'Informatica', status: 'COMPLETED' }]);
    const byName = Object.fromEntries(candidate.skills.map((s) => [s.name, s.months]));
    // 2012-01-01 .. 2015-12-31, then 2016-01-01 .. now: 13.5 years.
    expect(byName.Java).toBe(162);
    expect(byName.Git).toBe(48);
    expect(byName.SQL).toBeNull();
    expect(byName.Scrum).toBeNull();
  });

  it('imports the messy dates resume with one warning per bad date', () => {
    const { candidate, warnings } = load('messy-dates.json');
    expect(codesAt(warnings)).toEqual([
      'INVALID_DATE $.work[2].startDate',
      'INVALID_DATE $.work[3].endDate',
      'END_BEFORE_START $.work[4].endDate',
      'MISSING_START_DATE $.work[6].startDate',
    ]);
    expect(months(candidate)).toMatchObject({
      Python: 12,
      Go: 68,
      AWS: 6,
      'C++': null,
      Java: null,
      Ruby: null,
      PHP: null,
    });
  });

  it('imports what is sound in the placeholder-ridden resume', () => {
    const { candidate, warnings } = load('messy-placeholders.json');
    expect(candidate.name).toBe('Unnamed candidate');
    expect(candidate.email).toBeNull();
    expect(candidate.location).toBeNull();
    expect(candidate.education).toEqual([{ level: 'HIGH_SCHOOL', field: null, status: 'COMPLETED' }]);
    expect(candidate.skills.map((s) => s.name)).toEqual(['TypeScript', 'Kubernetes', 'SQL', 'Docker', 'Linux']);
    expect(codesAt(warnings)).toEqual([
      'MISSING_NAME $.basics.name',
      'INVALID_EMAIL $.basics.email',
      'UNKNOWN_SKILL_LEVEL $.skills[0].level',
      'UNKNOWN_SKILL $.skills[1].name',
      'UNKNOWN_SKILL $.skills[1].keywords[1]',
      'EMPTY_ENTRY $.skills[2]',
      'UNKNOWN_SKILL_LEVEL $.skills[3].level',
      'EMPTY_ENTRY $.work[0]',
      'INVALID_ENTRY $.work[2]',
      'INVALID_FIELD $.work[3].position',
      'EMPTY_ENTRY $.education[0]',
      'UNKNOWN_STUDY_TYPE $.education[1].studyType',
    ]);
  });

  it('rejects the fixtures that are not resumes', () => {
    expect(() => load('not-a-resume.json')).toThrow(NotAResumeError);
    expect(() => load('not-a-resume-array.json')).toThrow(NotAResumeError);
  });

  it('counts dated projects of a career changer and skips the bootcamp certificate with a warning', () => {
    const { candidate, warnings } = load('career-changer.json');
    expect(candidate.location).toBe('Houston, TX');
    expect(candidate.education).toEqual([{ level: 'ASSOCIATE', field: 'Business', status: 'COMPLETED' }]);
    expect(months(candidate)).toMatchObject({ JavaScript: 6, Python: 6, Docker: 6, PostgreSQL: null });
    // The project named "Go Fish" is no Go experience.
    expect(months(candidate)).not.toHaveProperty('Go');
    expect(codesAt(warnings)).toEqual(['UNKNOWN_STUDY_TYPE $.education[0].studyType']);
  });

  it('is deterministic and leaves its input alone', () => {
    const doc = deepFreeze(resumeFixture('clean-devops.json'));
    const first = importJsonResume(doc, taxonomy, { now: NOW });
    const second = importJsonResume(doc, taxonomy, { now: new Date(NOW.getTime()) });
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
});

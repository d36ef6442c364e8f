import { importSmall, months, codesAt } from './json-resume-helpers';

describe('importJsonResume: months of experience', () => {
  it('merges overlapping jobs per skill instead of adding them up', () => {
    const { candidate, warnings } = importSmall({
      work: [
        { name: 'A', position: 'Java Developer', startDate: '2020-01', endDate: '2020-12' },
        {
          name: 'B',
          position: 'Consultant',
          summary: 'Java and Postgres tuning',
          startDate: '2020-07',
          endDate: '2021-06',
        },
      ],
    });
    // Java: Jan 2020 - Jun 2021 once, not 12 + 12. PostgreSQL only from job B.
    expect(months(candidate)).toEqual({ Java: 18, PostgreSQL: 12 });
    expect(warnings.filter((w) => w.code !== 'MISSING_NAME')).toEqual([]);
  });

  it('adds up jobs with a gap between them without counting the gap', () => {
    const { candidate } = importSmall({
      work: [
        { position: 'Go engineer', startDate: '2015-01', endDate: '2015-06' },
        { position: 'Go engineer', startDate: '2018-01', endDate: '2018-06' },
      ],
    });
    expect(months(candidate)).toEqual({ Go: 12 });
  });

  it('runs a job with no end date, or "Present", through the injected now', () => {
    const doc = {
      work: [
        { position: 'Kubernetes operator', startDate: '2024-01' },
        { position: 'Docker wrangler', startDate: '2024-01', endDate: 'Present' },
      ],
    };
    expect(months(importSmall(doc, new Date('2024-06-30T23:00:00Z')).candidate)).toEqual({ Kubernetes: 6, Docker: 6 });
    expect(months(importSmall(doc, new Date('2024-12-31T08:00:00Z')).candidate)).toEqual({
      Kubernetes: 12,
      Docker: 12,
    });
  });

  it('clips an end date in the future to now, and ignores a start in the future', () => {
    const { candidate, warnings } = importSmall({
      work: [
        { position: 'Java contractor', startDate: '2025-01', endDate: '2026-12' },
        { position: 'Python lead', startDate: '2025-09' },
      ],
    });
    expect(months(candidate)).toEqual({ Java: 6, Python: null });
    expect(codesAt(warnings)).toContain('FUTURE_START $.work[1].startDate');
  });

  it('counts a skill only when the job names it exactly: JavaScript is not Java, C++ is not C', () => {
    const { candidate } = importSmall({
      work: [
        {
          position: 'Frontend',
          summary: 'JavaScript widgets and a C++ plugin',
          startDate: '2020-01',
          endDate: '2020-12',
        },
      ],
    });
    expect(months(candidate)).toEqual({ JavaScript: 12, 'C++': 12 });
  });

  it('reads position, summary, highlights and keywords of a job', () => {
    const { candidate } = importSmall({
      work: [
        { position: 'Java developer', startDate: '2020-01', endDate: '2020-12' },
        { summary: 'Ran Postgres.', startDate: '2020-01', endDate: '2020-12' },
        { highlights: ['Moved everything to k8s'], startDate: '2020-01', endDate: '2020-12' },
        { keywords: ['Golang'], startDate: '2020-01', endDate: '2020-12' },
      ],
    });
    expect(months(candidate)).toEqual({ Java: 12, PostgreSQL: 12, Kubernetes: 12, Go: 12 });
  });

  it('counts dated projects like jobs, merged with them; undated projects name skills with unknown months', () => {
    const { candidate } = importSmall({
      work: [{ position: 'Python developer', startDate: '2020-01', endDate: '2020-06' }],
      projects: [
        { name: 'pipeline', description: 'Python ETL', startDate: '2020-04', endDate: '2020-09' },
        { name: 'k8s-tools', description: 'Kubernetes helpers', keywords: ['Go'] },
      ],
    });
    expect(months(candidate)).toEqual({ Python: 9, Kubernetes: null, Go: null });
  });

  it('gives declared skills without dated evidence unknown months, never 0', () => {
    const { candidate } = importSmall({
      skills: [{ name: 'Java', level: 'Advanced' }, { name: 'Docker' }, { name: 'Go' }],
      work: [{ position: 'Go developer', startDate: '2021-01', endDate: '2021-12' }, { position: 'Docker admin' }],
    });
    expect(candidate.skills).toEqual([
      { name: 'Java', months: null, level: 'ADVANCED' },
      { name: 'Docker', months: null, level: null },
      { name: 'Go', months: 12, level: null },
    ]);
  });

  it('reads partial dates as whole years and months', () => {
    const { candidate, warnings } = importSmall({
      work: [
        { position: 'Java developer', startDate: '2019', endDate: '2019' },
        { position: 'Go developer', startDate: '2019-11', endDate: '2020-02' },
        { position: 'C developer', startDate: 'Mar 2015', endDate: '08/2015' },
      ],
    });
    expect(months(candidate)).toEqual({ Java: 12, Go: 4, C: 6 });
    expect(warnings.filter((w) => w.code !== 'MISSING_NAME')).toEqual([]);
  });

  it('warns about invalid dates with their path and keeps the skills with unknown months', () => {
    const { candidate, warnings } = importSmall({
      basics: { name: 'Ann' },
      work: [
        { position: 'Java developer', startDate: '2018-01', endDate: '2018-12' },
        { position: 'C++ developer', startDate: 'soon' },
        { position: 'Go developer', startDate: '2017-03', endDate: '2019-13-45' },
      ],
    });
    expect(months(candidate)).toEqual({ Java: 12, 'C++': null, Go: null });
    expect(codesAt(warnings)).toEqual(['INVALID_DATE $.work[1].startDate', 'INVALID_DATE $.work[2].endDate']);
    expect(warnings[0].message).toContain('"soon"');
    expect(warnings[1].message).toContain('"2019-13-45"');
  });

  it('warns when an end date is before the start date and ignores that interval only', () => {
    const { candidate, warnings } = importSmall({
      basics: { name: 'Ann' },
      work: [
        { position: 'Java developer', startDate: '2020-01', endDate: '2020-06' },
        { position: 'Java developer', startDate: '2016-06', endDate: '2015-02' },
      ],
    });
    expect(months(candidate)).toEqual({ Java: 6 });
    expect(codesAt(warnings)).toEqual(['END_BEFORE_START $.work[1].endDate']);
  });

  it('warns about an end date with no start date', () => {
    const { candidate, warnings } = importSmall({
      basics: { name: 'Ann' },
      work: [{ position: 'Go developer', endDate: '2014-05' }],
    });
    expect(months(candidate)).toEqual({ Go: null });
    expect(codesAt(warnings)).toEqual(['MISSING_START_DATE $.work[0].startDate']);
  });
});

describe('importJsonResume: declared skills', () => {
  it('reports canonical names, resolving aliases and case', () => {
    const { candidate } = importSmall({ skills: [{ name: 'golang' }, { name: 'POSTGRES' }, { name: 'js' }] });
    expect(candidate.skills.map((s) => s.name)).toEqual(['Go', 'PostgreSQL', 'JavaScript']);
  });

  it('declares an entry keywords with the entry level and keeps the higher level of a skill declared twice', () => {
    const { candidate } = importSmall({
      skills: [
        { name: 'Containers', level: 'Intermediate', keywords: ['Docker', 'Kubernetes'] },
        { name: 'Docker', level: 'Expert' },
        { name: 'Kubernetes', level: 'Beginner' },
      ],
    });
    expect(candidate.skills).toEqual([
      { name: 'Docker', months: null, level: 'EXPERT' },
      { name: 'Kubernetes', months: null, level: 'INTERMEDIATE' },
    ]);
  });

  it('warns about declared names the taxonomy does not know, with path and text, instead of dropping them silently', () => {
    const { candidate, warnings } = importSmall({
      basics: { name: 'Ann' },
      skills: [{ name: 'Frobnication', keywords: ['Java', 'Wizardry'] }, 'Docker', 'Basket weaving'],
    });
    expect(candidate.skills.map((s) => s.name)).toEqual(['Java', 'Docker']);
    expect(codesAt(warnings)).toEqual([
      'UNKNOWN_SKILL $.skills[0].name',
      'UNKNOWN_SKILL $.skills[0].keywords[1]',
      'UNKNOWN_SKILL $.skills[2]',
    ]);
    expect(warnings.map((w) => w.message).join(' ')).toMatch(/"Frobnication".*"Wizardry".*"Basket weaving"/);
  });

  it('splits a declared name that lists several skills', () => {
    const { candidate, warnings } = importSmall({
      basics: { name: 'Ann' },
      skills: [{ name: 'Java / Python', level: 'Senior' }],
    });
    expect(candidate.skills).toEqual([
      { name: 'Java', months: null, level: 'ADVANCED' },
      { name: 'Python', months: null, level: 'ADVANCED' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('maps levels and warns about unknown ones', () => {
    const { candidate, warnings } = importSmall({
      basics: { name: 'Ann' },
      skills: [
        { name: 'Java', level: 'Master' },
        { name: 'Go', level: 'rockstar' },
        { name: 'C', level: 4 },
        { name: 'Python', level: '' },
      ],
    });
    expect(candidate.skills.map((s) => s.level)).toEqual(['EXPERT', null, null, null]);
    expect(codesAt(warnings)).toEqual([
      'UNKNOWN_SKILL_LEVEL $.skills[1].level',
      'UNKNOWN_SKILL_LEVEL $.skills[2].level',
    ]);
  });

  it('lists declared skills first, then skills found only in the work history, in order of first mention', () => {
    const { candidate } = importSmall({
      skills: ['Python'],
      work: [
        { position: 'Engineer', summary: 'Go and Docker', startDate: '2020-01', endDate: '2020-12' },
        { position: 'Engineer', summary: 'Java and Python', startDate: '2021-01', endDate: '2021-12' },
      ],
    });
    expect(candidate.skills.map((s) => s.name)).toEqual(['Python', 'Go', 'Docker', 'Java']);
  });
});

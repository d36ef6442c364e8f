import { matchCandidate } from '../../../src/domain/matching/match-candidate';
import { MODEL_VERSION } from '../../../src/domain/matching/matching-defaults';
import { candidate, miniTaxonomy, posting } from './fixtures';

const tax = miniTaxonomy();

describe('matchCandidate: education', () => {
  const spec = (required: boolean) =>
    posting(tax, [{ skills: ['Java'] }], { education: { level: 'BACHELOR', required } });
  const java: Array<[string, number]> = [['Java', 12]];

  it('classifies completed and in-progress degrees', () => {
    const cases = [
      [[{ level: 'MASTER', status: 'COMPLETED' }], 'EXCEEDS', 1, 'MASTER', true],
      [[{ level: 'BACHELOR', status: 'COMPLETED' }], 'MEETS', 1, 'BACHELOR', true],
      [
        [
          { level: 'HIGH_SCHOOL', status: 'COMPLETED' },
          { level: 'MASTER', status: 'IN_PROGRESS' },
        ],
        'IN_PROGRESS',
        0.6,
        'MASTER',
        false,
      ],
      [
        [
          { level: 'HIGH_SCHOOL', status: 'COMPLETED' },
          { level: 'ASSOCIATE', status: 'IN_PROGRESS' },
        ],
        'DOES_NOT_MEET',
        0,
        'HIGH_SCHOOL',
        false,
      ],
      // Nothing on file is "not stated", not "does not meet": no credit, and a required degree is not shown.
      [[], 'NOT_STATED', 0, null, false],
    ] as const;
    for (const [education, outcome, credit, level, qualified] of cases) {
      const result = matchCandidate(tax, spec(true), candidate(tax, '1', java, [...education]));
      expect(result.education).toEqual({
        outcome,
        requiredLevel: 'BACHELOR',
        required: true,
        candidateLevel: level,
        credit,
      });
      expect(result.qualified).toBe(qualified);
      // Education is capped at a quarter of the required part: the Java group (weight 1) and
      // education (weight 1, cut to 1/3) give (1 + credit / 3) / (4 / 3).
      expect(result.requiredScore).toBeCloseTo(((3 + credit) / 4) * 100, 10);
      expect(result.weights.educationShareCap).toBe(0.25);
    }
  });

  it('never lets preferred education block qualification, nor score alone in a part without skill groups', () => {
    const result = matchCandidate(
      tax,
      spec(false),
      candidate(tax, '1', java, [{ level: 'BACHELOR', status: 'IN_PROGRESS' }]),
    );
    expect(result.qualified).toBe(true);
    expect(result.requiredScore).toBe(100);
    // The preferred part would be the degree alone: education never decides a part by itself.
    expect(result.preferredScore).toBeNull();
    expect(result.score).toBe(100);
    expect(result.education).toMatchObject({ outcome: 'IN_PROGRESS', credit: 0.6 });
    expect(result.summary).toContain("bachelor's degree in progress");

    const withGroup = matchCandidate(
      tax,
      posting(tax, [{ skills: ['Java'] }, { skills: ['Go'], importance: 'PREFERRED' }], {
        education: { level: 'BACHELOR', required: false },
      }),
      candidate(tax, '1', java, [{ level: 'BACHELOR', status: 'IN_PROGRESS' }]),
    );
    // Preferred part: Go (0, weight 1) and education (0.6, weight cut to 1/3): 0.2 / (4 / 3) = 15.
    expect(withGroup.preferredScore).toBe(15);
    expect(withGroup.qualified).toBe(true);
  });

  it('reads a profile without education as not stated: never a fail when the degree is only preferred', () => {
    const preferred = posting(tax, [{ skills: ['Java'] }, { skills: ['Go'], importance: 'PREFERRED' }], {
      education: { level: 'BACHELOR', required: false },
    });
    const result = matchCandidate(tax, preferred, candidate(tax, '1', java));
    expect(result.education).toMatchObject({ outcome: 'NOT_STATED', credit: 0 });
    expect(result.qualified).toBe(true);
    expect(result.summary).toContain("education not stated (bachelor's degree preferred)");
    expect(result.summary).not.toContain('lacks');
  });

  it('reports NOT_REQUESTED when the posting asks nothing', () => {
    const result = matchCandidate(
      tax,
      posting(tax, [{ skills: ['Java'] }]),
      candidate(tax, '1', java, [{ level: 'MASTER', status: 'COMPLETED' }]),
    );
    expect(result.education.outcome).toBe('NOT_REQUESTED');
    expect(result.education.candidateLevel).toBe('MASTER');
    expect(result.score).toBe(100);
  });
});

describe('matchCandidate: categories, summary, versions', () => {
  const spec = posting(tax, [
    { skills: ['Java'] },
    { skills: ['Jenkins'], category: 'DEVOPS' },
    { skills: ['JSON'], category: 'API' },
    { skills: ['PostgreSQL'], importance: 'PREFERRED' },
  ]);

  it('reports LANGUAGE, API, DEVOPS always and used categories, in vocabulary order', () => {
    const result = matchCandidate(tax, spec, candidate(tax, '1', [['Java', 12]]));
    expect(result.categories).toEqual([
      { category: 'LANGUAGE', score: 100 },
      { category: 'API', score: 0 },
      { category: 'DEVOPS', score: 0 },
      { category: 'DATABASE', score: 0 },
    ]);
    const languageOnly = matchCandidate(tax, posting(tax, [{ skills: ['Java'] }]), candidate(tax, '1', []));
    expect(languageOnly.categories).toEqual([
      { category: 'LANGUAGE', score: 0 },
      { category: 'API', score: null },
      { category: 'DEVOPS', score: null },
    ]);
  });

  it('summarizes in one sentence with skill names', () => {
    const result = matchCandidate(
      tax,
      spec,
      candidate(tax, '1', [
        ['Java', 12],
        ['PostgreSQL', 3],
      ]),
    );
    expect(result.summary).toBe(
      'Meets 1 of 3 required groups and 1 of 1 preferred; strongest in LANGUAGE; missing Jenkins, JSON.',
    );
  });

  it('stamps the model and taxonomy versions', () => {
    const result = matchCandidate(miniTaxonomy('tax-2026-01'), spec, candidate(tax, '1', []));
    expect(result.modelVersion).toBe(MODEL_VERSION);
    expect(result.taxonomyVersion).toBe('tax-2026-01');
  });
});

describe('matchCandidate: determinism and inputs', () => {
  const spec = posting(
    tax,
    [
      { skills: ['Java', 'Go', 'C++'], minMatches: 2, minMonths: 12 },
      { skills: ['Container technologies'], importance: 'PREFERRED' },
      { skills: ['PostgreSQL', 'MySQL'], minMonths: 6 },
    ],
    { education: { level: 'BACHELOR', required: false } },
  );
  const person = candidate(
    tax,
    '7',
    [
      ['C#', 30],
      ['Go', null],
      ['Kubernetes', 4],
      ['Databases', 10],
      ['Kotlin', 20],
    ],
    [{ level: 'BACHELOR', status: 'IN_PROGRESS' }],
  );

  it('gives byte-identical JSON on repeated runs and for any order of the candidate skills', () => {
    const first = JSON.stringify(matchCandidate(tax, spec, person));
    expect(JSON.stringify(matchCandidate(tax, spec, person))).toBe(first);
    const reversed = { ...person, skills: [...person.skills].reverse() };
    expect(JSON.stringify(matchCandidate(tax, spec, reversed))).toBe(first);
  });

  it('reads no personal attributes: extra fields change nothing and never reach the result', () => {
    const withPersonalData = {
      ...person,
      name: 'Grace Example',
      email: 'grace@example.com',
      location: 'Lyon',
      gender: 'F',
      age: 51,
    };
    const plain = JSON.stringify(matchCandidate(tax, spec, person));
    const decorated = JSON.stringify(matchCandidate(tax, spec, withPersonalData));
    expect(decorated).toBe(plain);
    expect(decorated).not.toMatch(/Grace|example\.com|Lyon/);
  });
});

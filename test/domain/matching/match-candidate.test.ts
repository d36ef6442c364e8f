import { matchCandidate } from '../../../src/domain/matching/match-candidate';
import { candidateSpecFromDraft } from '../../../src/domain/matching/spec-from-draft';
import { MODEL_VERSION } from '../../../src/domain/matching/matching-defaults';
import type { GroupResult, MatchResult } from '../../../src/domain/matching/match-result';
import { candidate, miniTaxonomy, posting, skillId } from './fixtures';

const tax = miniTaxonomy();
const id = (name: string): number => skillId(tax, name);
const group = (result: MatchResult, index = 0): GroupResult => result.requirements[index];

describe('matchCandidate: coverage kinds', () => {
  it('counts an alias as the skill itself (golang -> Go is EXACT)', () => {
    const { spec, unknownSkills } = candidateSpecFromDraft(tax, '1', {
      name: 'Ada Example',
      email: 'ada@example.com',
      headline: null,
      location: null,
      education: [],
      skills: [{ name: 'golang', months: 30, level: null }],
    });
    expect(unknownSkills).toEqual([]);
    const result = matchCandidate(tax, posting(tax, [{ skills: ['Go'], minMonths: 24 }]), spec);
    expect(group(result).satisfied).toBe(true);
    expect(group(result).matched).toEqual([
      { skillId: id('Go'), viaSkillId: id('Go'), kind: 'EXACT', credit: 1, months: 30, path: [id('Go')] },
    ]);
    expect(result.score).toBe(100);
    expect(result.qualified).toBe(true);
  });

  it('does not let JavaScript satisfy a Java group, nor Java a JavaScript group', () => {
    const javaGroup = posting(tax, [{ skills: ['Java'] }]);
    const jsOnly = matchCandidate(tax, javaGroup, candidate(tax, '1', [['JavaScript', 60]]));
    expect(group(jsOnly).satisfied).toBe(false);
    expect(group(jsOnly).matched).toEqual([]);
    expect(group(jsOnly).missingSkillIds).toEqual([id('Java')]);
    expect(jsOnly.score).toBe(0);
    expect(jsOnly.qualified).toBe(false);

    const javaOnly = matchCandidate(
      tax,
      posting(tax, [{ skills: ['JavaScript'] }]),
      candidate(tax, '1', [['Java', 60]]),
    );
    expect(group(javaOnly).satisfied).toBe(false);
    expect(group(javaOnly).credit).toBe(0);
  });

  it('gives C# only RELATED credit toward C++, never satisfaction', () => {
    const result = matchCandidate(tax, posting(tax, [{ skills: ['C++'] }]), candidate(tax, '1', [['C#', 48]]));
    expect(group(result).satisfied).toBe(false);
    expect(group(result).matched).toEqual([
      {
        skillId: id('C++'),
        viaSkillId: id('C#'),
        kind: 'RELATED',
        credit: 0.3,
        months: 48,
        path: [id('C++'), id('C#')],
      },
    ]);
    expect(group(result).missingSkillIds).toEqual([]);
    expect(result.requiredScore).toBe(30);
    expect(result.qualified).toBe(false);
  });

  it('keeps C and C++ apart but related both ways', () => {
    const cForCpp = matchCandidate(tax, posting(tax, [{ skills: ['C++'] }]), candidate(tax, '1', [['C', 12]]));
    const cppForC = matchCandidate(tax, posting(tax, [{ skills: ['C'] }]), candidate(tax, '1', [['C++', 12]]));
    for (const result of [cForCpp, cppForC]) {
      expect(group(result).satisfied).toBe(false);
      expect(group(result).matched[0].kind).toBe('RELATED');
      expect(group(result).credit).toBe(0.5);
    }
  });

  it('lets a narrower skill satisfy an umbrella (Kubernetes -> Container technologies, PostgreSQL -> Databases)', () => {
    const spec = posting(tax, [{ skills: ['Container technologies'] }, { skills: ['Databases'], minMonths: 12 }]);
    const result = matchCandidate(
      tax,
      spec,
      candidate(tax, '1', [
        ['Kubernetes', 6],
        ['PostgreSQL', 24],
      ]),
    );
    expect(result.requirements.map((g) => g.satisfied)).toEqual([true, true]);
    expect(group(result, 0).matched).toEqual([
      {
        skillId: id('Container technologies'),
        viaSkillId: id('Kubernetes'),
        kind: 'NARROWER',
        credit: 1,
        months: 6,
        path: [id('Container technologies'), id('Container orchestration'), id('Kubernetes')],
      },
    ]);
    expect(group(result, 1).matched[0]).toMatchObject({
      viaSkillId: id('PostgreSQL'),
      kind: 'NARROWER',
      credit: 1,
      path: [id('Databases'), id('Relational databases'), id('PostgreSQL')],
    });
    expect(result.score).toBe(100);
  });

  it('gives a broader word no credit for a concrete skill: it is shown as the umbrella and the skill as missing', () => {
    const result = matchCandidate(
      tax,
      posting(tax, [{ skills: ['PostgreSQL'] }]),
      candidate(tax, '1', [['Databases', 60]]),
    );
    expect(group(result).satisfied).toBe(false);
    expect(group(result).credit).toBe(0);
    expect(group(result).matched).toEqual([
      {
        skillId: id('PostgreSQL'),
        viaSkillId: id('Databases'),
        kind: 'BROADER',
        credit: 0,
        months: 60,
        path: [id('PostgreSQL'), id('Relational databases'), id('Databases')],
      },
    ]);
    expect(group(result).missingSkillIds).toEqual([id('PostgreSQL')]);
    expect(result.requiredScore).toBe(0);
    expect(result.score).toBe(0);
    expect(result.summary).toContain('missing PostgreSQL');
  });

  it('never lets a section word ("Programming languages") stand for a language, however long it is claimed', () => {
    const result = matchCandidate(
      tax,
      posting(tax, [{ skills: ['Go', 'Python'], minMonths: 12 }]),
      candidate(tax, '1', [['Programming languages', 120]]),
    );
    expect(group(result).credit).toBe(0);
    expect(group(result).missingSkillIds).toEqual([id('Go'), id('Python')]);
    expect(result.qualified).toBe(false);
  });

  it('still lets the concrete skill show every broader concept above it (Go -> Programming languages)', () => {
    const result = matchCandidate(
      tax,
      posting(tax, [{ skills: ['Programming languages'], minMonths: 12 }]),
      candidate(tax, '1', [['Go', 24]]),
    );
    expect(group(result).satisfied).toBe(true);
    expect(group(result).matched[0]).toMatchObject({ kind: 'NARROWER', credit: 1 });
    expect(result.qualified).toBe(true);
  });

  it('keeps a substitute at its similarity, never satisfying, unless the posting accepts substitutes', () => {
    const spec = posting(tax, [{ skills: ['PostgreSQL'], minMonths: 12 }]);
    const person = candidate(tax, '1', [['MySQL', 24]]);
    const strict = matchCandidate(tax, spec, person);
    expect(group(strict)).toMatchObject({ satisfied: false, credit: 0.7 });
    expect(strict.qualified).toBe(false);
    expect(strict.weights.substitutesSatisfy).toBe(false);

    const lenient = matchCandidate(tax, { ...spec, scoring: { substitutesSatisfy: true } }, person);
    expect(group(lenient)).toMatchObject({ satisfied: true, credit: 1 });
    expect(group(lenient).matched[0]).toMatchObject({ kind: 'RELATED', path: [id('PostgreSQL'), id('MySQL')] });
    expect(lenient.qualified).toBe(true);
    expect(lenient.weights.substitutesSatisfy).toBe(true);

    // A substitute short of the months bar still falls short, as the skill itself would.
    const short = matchCandidate(tax, spec, candidate(tax, '1', [['MySQL', 6]]), { substitutesSatisfy: true });
    expect(group(short)).toMatchObject({ satisfied: false, credit: 0.5, monthsShort: 6 });
  });

  it('prefers the best coverage per accepted skill', () => {
    const result = matchCandidate(
      tax,
      posting(tax, [{ skills: ['PostgreSQL'] }]),
      candidate(tax, '1', [
        ['Databases', 60],
        ['MySQL', 60],
      ]),
    );
    expect(group(result).matched).toEqual([
      {
        skillId: id('PostgreSQL'),
        viaSkillId: id('MySQL'),
        kind: 'RELATED',
        credit: 0.7,
        months: 60,
        path: [id('PostgreSQL'), id('MySQL')],
      },
    ]);
  });
});

describe('matchCandidate: experience', () => {
  const spec = posting(tax, [{ skills: ['Java'], minMonths: 24 }]);

  it('scales credit by months and reports the shortfall', () => {
    const result = matchCandidate(tax, spec, candidate(tax, '1', [['Java', 18]]));
    expect(group(result).satisfied).toBe(false);
    expect(group(result).credit).toBe(0.75);
    expect(group(result).monthsShort).toBe(6);
    expect(group(result).monthsUnknown).toBe(false);
    expect(result.score).toBe(75);
    expect(result.summary).toContain('6 months short on Java');
  });

  it('satisfies at or above the bar, with no shortfall reported', () => {
    for (const months of [24, 120]) {
      const result = matchCandidate(tax, spec, candidate(tax, '1', [['Java', months]]));
      expect(group(result)).toMatchObject({ satisfied: true, credit: 1, monthsShort: null, monthsUnknown: false });
    }
  });

  it('reads unknown months as partial, not zero, and flags them', () => {
    const unknown = matchCandidate(tax, spec, candidate(tax, '1', [['Java', null]]));
    expect(group(unknown)).toMatchObject({ satisfied: false, credit: 0.5, monthsShort: null, monthsUnknown: true });
    expect(group(unknown).matched[0].months).toBeNull();
    const zero = matchCandidate(tax, spec, candidate(tax, '2', [['Java', 0]]));
    expect(group(zero)).toMatchObject({ credit: 0, monthsShort: 24, monthsUnknown: false });
    expect(unknown.score).toBeGreaterThan(zero.score!);
    expect(unknown.summary).toContain('months unknown for Java');
  });

  it('ignores months when the group sets no bar', () => {
    const result = matchCandidate(tax, posting(tax, [{ skills: ['Java'] }]), candidate(tax, '1', [['Java', null]]));
    expect(group(result)).toMatchObject({ satisfied: true, credit: 1, monthsUnknown: false });
  });

  it('applies the experience factor to related credit too', () => {
    const result = matchCandidate(tax, spec, candidate(tax, '1', [['Kotlin', 12]]));
    expect(group(result).credit).toBe(0.3);
    expect(group(result).monthsShort).toBeNull();
  });
});

describe('matchCandidate: groups with minMatches', () => {
  const spec = posting(tax, [{ skills: ['Java', 'Python', 'Go', 'C++'], minMatches: 2, minMonths: 12 }]);

  it('is satisfied by two distinct accepted skills with enough months', () => {
    const result = matchCandidate(
      tax,
      spec,
      candidate(tax, '1', [
        ['Python', 12],
        ['Go', 40],
        ['Git', 50],
      ]),
    );
    expect(group(result).satisfied).toBe(true);
    expect(group(result).credit).toBe(1);
    expect(group(result).missingSkillIds).toEqual([id('Java'), id('C++')]);
  });

  it('averages the best two credits when short', () => {
    const result = matchCandidate(
      tax,
      spec,
      candidate(tax, '1', [
        ['Go', 40],
        ['C#', 24],
      ]),
    );
    // Go 1, Java via C# 0.5, C++ via C# 0.3 -> best two: (1 + 0.5) / 2
    expect(group(result).satisfied).toBe(false);
    expect(group(result).credit).toBe(0.75);
    expect(group(result).matched.map((m) => [m.skillId, m.kind])).toEqual([
      [id('Go'), 'EXACT'],
      [id('Java'), 'RELATED'],
      [id('C++'), 'RELATED'],
    ]);
  });

  it('counts one skill as half a two-skill group', () => {
    const result = matchCandidate(tax, spec, candidate(tax, '1', [['Java', 36]]));
    expect(group(result).credit).toBe(0.5);
    expect(group(result).monthsShort).toBeNull();
  });
});

describe('matchCandidate: scores and weights', () => {
  const spec = posting(tax, [
    { skills: ['Java'] },
    { skills: ['PostgreSQL'] },
    { skills: ['Docker'], importance: 'PREFERRED' },
    { skills: ['Jenkins'], importance: 'PREFERRED' },
  ]);

  it('weights required 3:1 over preferred by default', () => {
    const result = matchCandidate(
      tax,
      spec,
      candidate(tax, '1', [
        ['Java', 12],
        ['Docker', 12],
        ['Jenkins', 1],
      ]),
    );
    expect(result.requiredScore).toBe(50);
    expect(result.preferredScore).toBe(100);
    expect(result.score).toBe(62.5); // (3 x 0.5 + 1 x 1) / 4
    expect(result.qualified).toBe(false);
    expect(result.weights).toMatchObject({ requiredWeight: 3, preferredWeight: 1, educationWeight: 1 });
  });

  it('separates qualified candidates by preferred skills only', () => {
    const plain = matchCandidate(
      tax,
      spec,
      candidate(tax, '1', [
        ['Java', 12],
        ['PostgreSQL', 12],
      ]),
    );
    const plus = matchCandidate(
      tax,
      spec,
      candidate(tax, '2', [
        ['Java', 12],
        ['PostgreSQL', 12],
        ['Docker', 3],
      ]),
    );
    expect(plain.qualified && plus.qualified).toBe(true);
    expect(plain.requiredScore).toBe(100);
    expect(plus.requiredScore).toBe(100);
    expect(plain.preferredScore).toBe(0);
    expect(plus.preferredScore).toBe(50);
    expect(plain.score).toBe(75);
    expect(plus.score).toBe(87.5);
  });

  it('applies and echoes posting weights overridden by request weights', () => {
    const weighted = { ...spec, scoring: { requiredWeight: 1, preferredWeight: 1, categoryWeights: { LANGUAGE: 3 } } };
    const person = candidate(tax, '1', [
      ['Java', 12],
      ['Docker', 12],
      ['Jenkins', 1],
    ]);
    const postingOnly = matchCandidate(tax, weighted, person);
    // Required: Java (weight 3) met, PostgreSQL (1) not -> 75; preferred 100; 1:1 -> 87.5.
    expect(postingOnly.requiredScore).toBe(75);
    expect(postingOnly.score).toBe(87.5);
    expect(postingOnly.weights.categoryWeights.LANGUAGE).toBe(3);
    expect(postingOnly.weights.categoryWeights.DATABASE).toBe(1);

    const overridden = matchCandidate(tax, weighted, person, { preferredWeight: 3, categoryWeights: { DATABASE: 3 } });
    expect(overridden.weights).toMatchObject({ requiredWeight: 1, preferredWeight: 3, educationWeight: 1 });
    expect(overridden.weights.categoryWeights).toMatchObject({ LANGUAGE: 3, DATABASE: 3, DEVOPS: 1 });
    expect(overridden.requiredScore).toBe(50);
    expect(overridden.score).toBe(87.5); // (1 x 0.5 + 3 x 1) / 4
  });

  it('rejects negative weights instead of guessing', () => {
    expect(() => matchCandidate(tax, spec, candidate(tax, '1', []), { requiredWeight: -1 })).toThrow(RangeError);
  });

  it('reports a null preferred score when the posting has no preferred part', () => {
    const result = matchCandidate(tax, posting(tax, [{ skills: ['Java'] }]), candidate(tax, '1', [['Java', 1]]));
    expect(result.preferredScore).toBeNull();
    expect(result.score).toBe(100);
  });

  it('rounds reported scores to two decimals', () => {
    const thirds = posting(tax, [{ skills: ['Java'] }, { skills: ['Go'] }, { skills: ['Python'] }]);
    const result = matchCandidate(tax, thirds, candidate(tax, '1', [['Java', 1]]));
    expect(result.score).toBe(33.33);
    expect(result.requiredScore).toBe(33.33);
  });
});

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

import { CandidateIndex } from '../../../src/domain/matching/candidate-index';
import { compilePosting } from '../../../src/domain/matching/compile-posting';
import { matchCandidate } from '../../../src/domain/matching/match-candidate';
import type { MatchResult } from '../../../src/domain/matching/match-result';
import type { CandidateSpec, PostingSpec, ScoringProfile } from '../../../src/domain/matching/profiles';
import { rankCandidates } from '../../../src/domain/matching/rank-candidates';
import { rankTopK, type RankOptions, type TopK } from '../../../src/domain/matching/rank-top-k';
import { generateCandidates } from '../../../src/domain/synthetic/generate-candidates';
import type { Taxonomy } from '../../../src/domain/taxonomy/taxonomy';
import { mulberry32 } from '../../../src/domain/synthetic/prng';
import { corpusSpecs } from '../../../bench/posting-corpus';
import { candidate, miniTaxonomy, posting } from './fixtures';
import { seedData } from './seed-data';

/** What rankTopK must return, computed the slow way: every candidate matched, sorted, filtered, sliced. */
function oracleTopK(ranked: readonly MatchResult[], options: RankOptions): TopK {
  const passing = ranked.filter(
    (r) =>
      (!options.qualifiedOnly || r.qualified === true) &&
      (options.minScore === undefined ||
        options.minScore === null ||
        (r.score !== null && r.score >= options.minScore)),
  );
  const offset = options.offset ?? 0;
  return {
    rows: passing
      .slice(offset, offset + options.k)
      .map((r) => ({ candidateId: r.candidateId, score: r.score, qualified: r.qualified })),
    totalCount: passing.length,
  };
}

const OPTIONS: RankOptions[] = [
  { k: 20 },
  { k: 5, offset: 7 },
  { k: 1 },
  { k: 0 },
  { k: 10, qualifiedOnly: true },
  { k: 10, minScore: 40 },
  { k: 15, minScore: 12.5, qualifiedOnly: true, offset: 2 },
  { k: 100000 },
];

function expectAgreement(
  taxonomy: Taxonomy,
  spec: PostingSpec,
  index: CandidateIndex,
  candidates: readonly CandidateSpec[],
  override?: ScoringProfile,
): void {
  const compiled = compilePosting(taxonomy, spec, override);
  const ranked = rankCandidates(taxonomy, spec, candidates, override);
  for (const options of OPTIONS) {
    const expected = oracleTopK(ranked, options);
    const actual = rankTopK(index, compiled, options);
    expect({ options, ...actual }).toEqual({ options, ...expected });
  }
}

describe('rankTopK agrees with the oracle', () => {
  const { taxonomy, postings, candidates } = seedData();

  it('on every seed posting with the seed candidates', () => {
    const index = CandidateIndex.from(candidates);
    for (const spec of postings) expectAgreement(taxonomy, spec, index, candidates);
  });

  it('on every seed posting with 3,000 synthetic candidates, with and without weight overrides', () => {
    const population = [...generateCandidates(taxonomy, { count: 3000, seed: 11 })];
    const index = CandidateIndex.from(population);
    for (const spec of postings) expectAgreement(taxonomy, spec, index, population);
    const override: ScoringProfile = {
      requiredWeight: 1,
      preferredWeight: 2,
      educationWeight: 0,
      categoryWeights: { LANGUAGE: 3, OTHER: 0 },
    };
    for (const spec of postings.slice(0, 2)) expectAgreement(taxonomy, spec, index, population, override);
  });

  it('on simple postings most synthetic candidates qualify for (ties at the top, heap pruning by id)', () => {
    const population = [...generateCandidates(taxonomy, { count: 3000, seed: 21 })];
    const index = CandidateIndex.from(population);
    const specs = [
      posting(taxonomy, [{ skills: ['Git'] }]),
      posting(taxonomy, [
        { skills: ['Java', 'Python', 'Go', 'C#'], minMonths: 6 },
        { skills: ['SQL'] },
        { skills: ['Git'], importance: 'PREFERRED' },
      ]),
      posting(taxonomy, [
        { skills: ['Java', 'Python', 'Go', 'C', 'JavaScript', 'TypeScript', 'SQL'], minMatches: 2, minMonths: 6 },
        { skills: ['Git', 'Linux'], minMatches: 2 },
      ]),
    ];
    for (const spec of specs) {
      const everyone = rankCandidates(taxonomy, spec, population);
      expect(everyone.filter((r) => r.qualified).length).toBeGreaterThan(20);
      expectAgreement(taxonomy, spec, index, population);
    }
  });

  it('on every posting of the parser corpus (real postings) with 3,000 synthetic candidates', () => {
    const population = [...generateCandidates(taxonomy, { count: 3000, seed: 31 })];
    const index = CandidateIndex.from(population);
    const corpus = corpusSpecs(taxonomy);
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    for (const { spec } of corpus) expectAgreement(taxonomy, spec, index, population);
  });

  it('on postings with more groups than a mask holds (the corpus groups put together)', () => {
    const population = [...generateCandidates(taxonomy, { count: 3000, seed: 41 })];
    const index = CandidateIndex.from(population);
    const corpus = corpusSpecs(taxonomy);
    for (const size of [20, 34, 60]) {
      const requirements = corpus.flatMap((c) => c.spec.requirements).slice(0, size);
      const spec: PostingSpec = {
        ...corpus[0].spec,
        requirements: requirements.map((r, i) => ({ ...r, id: `many-${i}` })),
      };
      expect(spec.requirements).toHaveLength(size);
      expectAgreement(taxonomy, spec, index, population);
    }
  });

  it('gives every candidate exactly the oracle score (spot check of explanations)', () => {
    const population = [...generateCandidates(taxonomy, { count: 500, seed: 3 })];
    const index = CandidateIndex.from(population);
    for (const spec of postings) {
      const compiled = compilePosting(taxonomy, spec);
      const { rows } = rankTopK(index, compiled, { k: population.length });
      const byId = new Map(population.map((c) => [c.id, c]));
      for (const row of rows) {
        const explained = matchCandidate(taxonomy, spec, byId.get(row.candidateId) as CandidateSpec);
        expect([row.candidateId, row.score, row.qualified]).toEqual([
          explained.candidateId,
          explained.score,
          explained.qualified,
        ]);
      }
    }
  });

  it('after upserts and removes (with and without compaction)', () => {
    const population = new Map<string, CandidateSpec>();
    for (const c of generateCandidates(taxonomy, { count: 2000, seed: 5 })) population.set(c.id, c);
    const eager = CandidateIndex.from(population.values(), { minTombstones: 50, maxTombstoneRatio: 0.05 });
    const lazy = CandidateIndex.from(population.values(), { minTombstones: 1_000_000 });
    const replacements = [...generateCandidates(taxonomy, { count: 2600, seed: 6 })];
    const random = mulberry32(99);
    replacements.forEach((replacement, i) => {
      const id = String(1 + Math.floor(random() * 2600));
      if (i % 3 === 0 && population.has(id)) {
        population.delete(id);
        expect(eager.remove(id)).toBe(true);
        expect(lazy.remove(id)).toBe(true);
      } else {
        const next = { ...replacement, id };
        population.set(id, next);
        eager.upsert(next);
        lazy.upsert(next);
      }
    });
    expect(eager.size).toBe(population.size);
    expect(lazy.size).toBe(population.size);
    expect(lazy.tombstoneCount).toBeGreaterThan(eager.tombstoneCount);
    const current = [...population.values()];
    for (const spec of postings.slice(0, 3)) {
      expectAgreement(taxonomy, spec, eager, current);
      expectAgreement(taxonomy, spec, lazy, current);
    }
  });
});

describe('rankTopK on edge-case postings', () => {
  const tax = miniTaxonomy();
  const people: CandidateSpec[] = [
    candidate(
      tax,
      '10',
      [
        ['Java', 30],
        ['Go', 12],
        ['PostgreSQL', 24],
      ],
      [{ level: 'BACHELOR', status: 'COMPLETED' }],
    ),
    candidate(
      tax,
      '9',
      [
        ['Java', 30],
        ['Go', 12],
        ['PostgreSQL', 24],
      ],
      [{ level: 'BACHELOR', status: 'COMPLETED' }],
    ),
    candidate(
      tax,
      '2',
      [
        ['Java', 30],
        ['Go', 12],
        ['PostgreSQL', 24],
      ],
      [{ level: 'BACHELOR', status: 'COMPLETED' }],
    ),
    candidate(
      tax,
      '3',
      [
        ['C#', null],
        ['Kotlin', 4],
        ['Databases', 100],
      ],
      [{ level: 'MASTER', status: 'IN_PROGRESS' }],
    ),
    candidate(tax, '4', [
      ['Kubernetes', 7],
      ['JavaScript', 60],
      ['TypeScript', 3],
      ['JSON', 1],
    ]),
    candidate(
      tax,
      '5',
      [
        ['C', 0],
        ['C++', 1200],
        ['Git', 5],
        ['Jenkins', null],
      ],
      [{ level: 'DOCTORATE', status: 'COMPLETED' }],
    ),
    candidate(tax, '6', []),
    candidate(
      tax,
      '7',
      [
        ['Python', 6],
        ['MySQL', 6],
        ['GitLab CI', 6],
        ['REST', 6],
      ],
      [{ level: 'HIGH_SCHOOL', status: 'COMPLETED' }],
    ),
    {
      id: '8',
      skills: [
        { skillId: 9999, months: 10 },
        { skillId: -3, months: 5000 },
      ],
      education: [],
    },
  ];
  const index = CandidateIndex.from(people);

  it('breaks score ties by id as numbers ("2" < "9" < "10")', () => {
    const spec = posting(tax, [{ skills: ['Java'] }]);
    const { rows } = rankTopK(index, compilePosting(tax, spec), { k: 3 });
    expect(rows.map((r) => r.candidateId)).toEqual(['2', '9', '10']);
  });

  it('handles minMatches 0, 2 and 3, months bars, zero weights and education', () => {
    const specs: PostingSpec[] = [
      posting(tax, [
        { skills: ['Java', 'Go', 'C++', 'Python'], minMatches: 3, minMonths: 6 },
        { skills: ['Databases'], minMonths: 12 },
      ]),
      posting(tax, [
        { skills: ['Java', 'C'], minMatches: 0 },
        { skills: ['Container technologies'], importance: 'PREFERRED' },
      ]),
      posting(
        tax,
        [
          { skills: ['Java', 'Go'], minMatches: 2, minMonths: 24, weight: 0 },
          { skills: ['JSON'], weight: 0 },
        ],
        {
          education: { level: 'BACHELOR', required: true },
        },
      ),
      posting(tax, [{ skills: ['CI/CD'], importance: 'PREFERRED', minMonths: 3 }], {
        education: { level: 'MASTER', required: false },
      }),
      posting(tax, [], { education: { level: 'HIGH_SCHOOL', required: true } }),
      posting(tax, [{ skills: ['Java', 'Go'], minMatches: 2, minMonths: 24 }]),
      posting(tax, [{ skills: ['Java', 'Go', 'PostgreSQL'], minMatches: 3, minMonths: 12 }]),
      posting(tax, []),
    ];
    for (const spec of specs) {
      expectAgreement(tax, spec, index, people);
      expectAgreement(tax, spec, index, people, { requiredWeight: 0, preferredWeight: 0, educationWeight: 0 });
    }
  });

  it('handles postings with more groups than its bounds tabulate or mask', () => {
    const names = [
      'Java',
      'Go',
      'C',
      'C++',
      'Python',
      'Kotlin',
      'Databases',
      'Docker',
      'Git',
      'JSON',
      'REST APIs',
      'Jenkins',
    ];
    for (const count of [17, 33]) {
      const groups = Array.from({ length: count }, (_, i) => ({
        skills: [names[i % names.length], names[(i * 5 + 1) % names.length]],
        importance: i % 3 === 0 ? ('PREFERRED' as const) : ('REQUIRED' as const),
        minMatches: 1 + (i % 2),
        minMonths: i % 4 === 0 ? 6 : null,
      }));
      expectAgreement(tax, posting(tax, groups), index, people);
    }
  });
});

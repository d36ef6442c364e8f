import { CandidateIndex } from '../../../src/domain/matching/candidate-index';
import { compilePosting } from '../../../src/domain/matching/compile-posting';
import { matchCandidate } from '../../../src/domain/matching/match-candidate';
import type { CandidateSpec, PostingSpec, ScoringProfile } from '../../../src/domain/matching/profiles';
import { rankCandidates } from '../../../src/domain/matching/rank-candidates';
import { rankTopK } from '../../../src/domain/matching/rank-top-k';
import { generateCandidates } from '../../../src/domain/synthetic/generate-candidates';
import { mulberry32 } from '../../../src/domain/synthetic/prng';
import { corpusSpecs } from '../../../bench/posting-corpus';
import { posting } from './fixtures';
import { seedData } from './seed-data';
import { batchOf } from './batch-of';
import { expectAgreement } from './top-k-oracle';

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
    // Bands of 1 and 7 offers go through many bands where the corpus postings' bounds overrate.
    for (const { spec } of corpus) expectAgreement(taxonomy, spec, index, population, undefined, [1, 7]);
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

  it('after upserts, batches and removes once a ranking has built the skill lists (with compaction)', () => {
    const population = new Map<string, CandidateSpec>();
    for (const c of generateCandidates(taxonomy, { count: 1500, seed: 7 })) population.set(c.id, c);
    const index = CandidateIndex.from(population.values(), { minTombstones: 200, maxTombstoneRatio: 0.1 });
    const specs = corpusSpecs(taxonomy)
      .slice(0, 4)
      .map((c) => c.spec);
    const replacements = [...generateCandidates(taxonomy, { count: 1200, seed: 8 })];
    const random = mulberry32(23);
    for (let round = 0; round < 4; round++) {
      // The ranking builds the lists; the writes below must keep them current.
      for (const spec of specs) expectAgreement(taxonomy, spec, index, [...population.values()]);
      const batch: CandidateSpec[] = [];
      replacements.slice(round * 300, (round + 1) * 300).forEach((replacement, i) => {
        const id = String(1 + Math.floor(random() * 1800));
        if (i % 4 === 0) {
          population.delete(id);
          index.remove(id);
        } else if (i % 4 === 1) {
          batch.push({ ...replacement, id });
        } else {
          population.set(id, { ...replacement, id });
          index.upsert({ ...replacement, id });
        }
      });
      const unique = [...new Map(batch.map((c) => [c.id, c])).values()];
      unique.forEach((c) => population.set(c.id, c));
      index.appendBatch(batchOf(unique));
    }
    for (const spec of specs) expectAgreement(taxonomy, spec, index, [...population.values()]);
  });
});

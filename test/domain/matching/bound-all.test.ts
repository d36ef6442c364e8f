import { CandidateIndex } from '../../../src/domain/matching/candidate-index';
import { compilePosting } from '../../../src/domain/matching/compile-posting';
import { SlotScorer } from '../../../src/domain/matching/compiled-scorer';
import type { PostingSpec } from '../../../src/domain/matching/profiles';
import { MAX_RANK_KEY } from '../../../src/domain/matching/rank-key';
import { generateCandidates } from '../../../src/domain/synthetic/generate-candidates';
import { corpusSpecs } from '../../../bench/posting-corpus';
import { seedData } from './seed-data';

describe('SlotScorer.boundAll', () => {
  const { taxonomy, postings } = seedData();
  const index = CandidateIndex.from(generateCandidates(taxonomy, { count: 2000, seed: 12 }));
  index.remove('7');
  const corpus = corpusSpecs(taxonomy).map((c) => c.spec);
  // The corpus groups put together: postings past the tabulated (16) and the masked (30) groups.
  const many = (size: number): PostingSpec => ({
    ...corpus[0],
    requirements: corpus
      .flatMap((p) => p.requirements)
      .slice(0, size)
      .map((r, i) => ({ ...r, id: `many-${i}` })),
  });

  it('bounds every live candidate at or above its exact key, counts each at its bound, and marks dead slots', () => {
    for (const spec of [...postings, ...corpus, many(24), many(40)]) {
      const columns = index.columns();
      const scorer = new SlotScorer(compilePosting(taxonomy, spec), columns);
      const bounds = new Int32Array(columns.slotCount);
      const histogram = new Int32Array(MAX_RANK_KEY + 1);
      scorer.boundAll(columns.alive, columns.slotCount, bounds, histogram, () => index.skillLists());
      const expected = new Int32Array(MAX_RANK_KEY + 1);
      let tight = 0;
      for (let s = 0; s < columns.slotCount; s++) {
        if (columns.alive[s] !== 1) {
          expect(bounds[s]).toBe(-1);
          continue;
        }
        const key = scorer.key(s);
        if (bounds[s] < key) throw new Error(`posting ${spec.id}, slot ${s}: bound ${bounds[s]} < key ${key}`);
        if (bounds[s] - key <= 2) tight++;
        expected[Math.min(bounds[s], MAX_RANK_KEY)]++;
      }
      expect(Array.from(histogram)).toEqual(Array.from(expected));
      // A bound that is merely large would pass the check above: up to 16 groups (the tabulated
      // bounds), some candidates are bounded within rounding of their key.
      if (spec.requirements.length <= 16) expect(tight).toBeGreaterThan(0);
    }
  });
});

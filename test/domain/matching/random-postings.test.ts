import { CandidateIndex } from '../../../src/domain/matching/candidate-index';
import { compilePosting } from '../../../src/domain/matching/compile-posting';
import type { PostingSpec, RequirementSpec, ScoringProfile } from '../../../src/domain/matching/profiles';
import { rankCandidates } from '../../../src/domain/matching/rank-candidates';
import { rankTopK } from '../../../src/domain/matching/rank-top-k';
import { generateCandidates } from '../../../src/domain/synthetic/generate-candidates';
import { type Random, mulberry32, pick, randomInt } from '../../../src/domain/synthetic/prng';
import type { Taxonomy } from '../../../src/domain/taxonomy/taxonomy';
import { EDUCATION_LEVELS } from '../../../src/domain/vocabulary';
import { seedData } from './seed-data';

const MONTHS_BARS = [null, null, 6, 12, 24, 36];
const GROUP_COUNTS = [0, 1, 2, 3, 5, 8, 12, 17, 31, 36];

/**
 * A random posting over the real taxonomy: broad and concrete skills and skills candidates hold mixed (so NARROWER, RELATED
 * and BROADER covers all occur), any number of groups (past the mask and table sizes of the
 * compiled scorer), some groups not assessable, minMatches 0 to 3, months bars, zero and non-zero weights, education and a
 * scoring profile that sometimes accepts substitutes.
 */
function randomPosting(taxonomy: Taxonomy, random: Random, id: string, held: readonly number[]): PostingSpec {
  const skills = taxonomy.all().map((def) => def.id);
  const requirements: RequirementSpec[] = Array.from({ length: pick(random, GROUP_COUNTS) }, (_, g) => {
    // Half from what candidates hold (so some qualify), half from the whole taxonomy (umbrellas included).
    const accepted = Array.from({ length: randomInt(random, 1, 5) }, () =>
      pick(random, random() < 0.5 ? held : skills),
    );
    return {
      id: `${id}-g${g}`,
      importance: random() < 0.6 ? 'REQUIRED' : 'PREFERRED',
      category: taxonomy.byId(accepted[0])!.category,
      label: `group ${g}`,
      skillIds: accepted,
      minMatches: random() < 0.1 ? 0 : randomInt(random, 1, Math.min(3, accepted.length)),
      minMonths: pick(random, MONTHS_BARS),
      weight: random() < 0.1 ? 0 : randomInt(random, 1, 3),
      assessable: random() >= 0.2,
    };
  });
  const education =
    random() < 0.5 ? null : { level: pick(random, EDUCATION_LEVELS.slice(1)), required: random() < 0.5 };
  const scoring: ScoringProfile | null =
    random() < 0.5 ? null : { substitutesSatisfy: random() < 0.7, educationWeight: randomInt(random, 0, 2) };
  return { id, requirements, education, scoring };
}

describe('rankTopK agrees with the oracle on random postings', () => {
  const { taxonomy } = seedData();
  const population = [...generateCandidates(taxonomy, { count: 1500, seed: 5 })];
  const index = CandidateIndex.from(population);
  const held = population.flatMap((c) => c.skills.map((s) => s.skillId));

  it('ranks and filters exactly as matching every candidate would, over 40 random postings', () => {
    const random = mulberry32(2026);
    let qualifiedSeen = 0;
    for (let p = 0; p < 40; p++) {
      const spec = randomPosting(taxonomy, random, `rp${p}`, held);
      const ranked = rankCandidates(taxonomy, spec, population);
      const compiled = compilePosting(taxonomy, spec);
      for (const options of [{ k: 25 }, { k: 10, qualifiedOnly: true }, { k: 10, minScore: 30, offset: 3 }]) {
        const passing = ranked.filter(
          (r) =>
            // A null score (nothing to score) passes no filter.
            (!options.qualifiedOnly || r.qualified === true) &&
            (options.minScore === undefined || (r.score !== null && r.score >= options.minScore)),
        );
        const offset = options.offset ?? 0;
        if (options.qualifiedOnly) qualifiedSeen += passing.length;
        const expected = {
          rows: passing
            .slice(offset, offset + options.k)
            .map((r) => ({ candidateId: r.candidateId, score: r.score, qualified: r.qualified })),
          totalCount: passing.length,
        };
        expect({ posting: p, options, ...rankTopK(index, compiled, options) }).toEqual({
          posting: p,
          options,
          ...expected,
        });
      }
    }
    // The generator must produce postings people qualify for, or the qualified path goes untested.
    expect(qualifiedSeen).toBeGreaterThan(100);
  });
});

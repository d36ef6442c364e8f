/** The top k the oracle (rankCandidates over matchCandidate) gives, and the check that rankTopK agrees with it. */
import { CandidateIndex } from '../../../src/domain/matching/candidate-index';
import { compilePosting } from '../../../src/domain/matching/compile-posting';
import type { MatchResult } from '../../../src/domain/matching/match-result';
import type { CandidateSpec, PostingSpec, ScoringProfile } from '../../../src/domain/matching/profiles';
import { rankCandidates } from '../../../src/domain/matching/rank-candidates';
import { rankTopK, type RankOptions, type TopK } from '../../../src/domain/matching/rank-top-k';
import type { Taxonomy } from '../../../src/domain/taxonomy/taxonomy';

/** What rankTopK must return, computed the slow way: every candidate matched, sorted, filtered, sliced. */
export function oracleTopK(ranked: readonly MatchResult[], options: RankOptions): TopK {
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

export const OPTIONS: RankOptions[] = [
  { k: 20 },
  { k: 5, offset: 7 },
  { k: 1 },
  { k: 0 },
  { k: 10, qualifiedOnly: true },
  { k: 10, minScore: 40 },
  { k: 15, minScore: 12.5, qualifiedOnly: true, offset: 2 },
  { k: 100000 },
];

export function expectAgreement(
  taxonomy: Taxonomy,
  spec: PostingSpec,
  index: CandidateIndex,
  candidates: readonly CandidateSpec[],
  override?: ScoringProfile,
  /** Bands of offers to rank with besides rankTopK's own (small ones go through many bands). */
  offerBands: readonly number[] = [],
): void {
  const compiled = compilePosting(taxonomy, spec, override);
  const ranked = rankCandidates(taxonomy, spec, candidates, override);
  for (const options of OPTIONS) {
    const expected = oracleTopK(ranked, options);
    for (const band of [undefined, ...offerBands]) {
      const actual = rankTopK(index, compiled, options, band);
      expect({ options, band, ...actual }).toEqual({ options, band, ...expected });
    }
  }
}

import { compareCandidateIds } from './candidate-id';
import { matchCandidate } from './match-candidate';
import type { MatchResult } from './match-result';
import type { MatchingTaxonomy } from './matching-taxonomy';
import type { CandidateSpec, PostingSpec, ScoringProfile } from './profiles';

/** What the ranking order reads from a result. */
export interface Rankable {
  readonly candidateId: string;
  readonly score: number | null;
  readonly qualified: boolean | null;
}

/**
 * The ranking order: qualified candidates first, then higher score, then lower candidate id, so
 * equal scores always come out in the same order. A null score (a posting with nothing to score)
 * ranks as no score at all: such a ranking is by id alone.
 */
export function compareRanked(a: Rankable, b: Rankable): number {
  if ((a.qualified === true) !== (b.qualified === true)) return a.qualified === true ? -1 : 1;
  const sa = a.score ?? 0;
  const sb = b.score ?? 0;
  if (sa !== sb) return sb - sa;
  return compareCandidateIds(a.candidateId, b.candidateId);
}

/**
 * Matches every candidate with `matchCandidate` and returns all results in ranking order: the
 * simple reference that the compiled `rankTopK` is tested against.
 */
export function rankCandidates(
  taxonomy: MatchingTaxonomy,
  posting: PostingSpec,
  candidates: Iterable<CandidateSpec>,
  override?: ScoringProfile | null,
): MatchResult[] {
  const results: MatchResult[] = [];
  for (const candidate of candidates) results.push(matchCandidate(taxonomy, posting, candidate, override));
  return results.sort(compareRanked);
}

import { compareCandidateIds } from './candidate-id';
import { matchCandidate } from './match-candidate';
import type { MatchResult } from './match-result';
import type { MatchingTaxonomy } from './matching-taxonomy';
import type { CandidateSpec, PostingSpec, ScoringProfile } from './profiles';

/** What the ranking order reads from a result. */
export interface Rankable {
  readonly candidateId: string;
  readonly score: number;
  readonly qualified: boolean;
}

/**
 * The ranking order: qualified candidates first, then higher score, then lower candidate id, so
 * equal scores always come out in the same order.
 */
export function compareRanked(a: Rankable, b: Rankable): number {
  if (a.qualified !== b.qualified) return a.qualified ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
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

import { matchCandidate } from './match-candidate';
import type { ExplainedMatch } from './match-result';
import type { MatchingTaxonomy } from './matching-taxonomy';
import type { CandidateSpec, PostingSpec, ScoringProfile } from './profiles';

/**
 * One candidate against one posting (matchCandidate), with the inputs kept beside the result: what
 * the services hand out, so a later question about the same match (its gaps, its audit record)
 * needs no second read of the posting or the candidate.
 */
export function explainMatch(
  taxonomy: MatchingTaxonomy,
  posting: PostingSpec,
  candidate: CandidateSpec,
  weights: ScoringProfile | null,
): ExplainedMatch {
  return { ...matchCandidate(taxonomy, posting, candidate, weights), inputs: { posting, candidate, weights } };
}

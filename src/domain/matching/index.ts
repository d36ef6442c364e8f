/**
 * The matching engine: the explainable matcher (the reference), its compiled ranker, and the
 * building blocks a service needs. Pure: plain data in, plain data out.
 */
export type { MatchingTaxonomy } from './matching-taxonomy';
export { MODEL_VERSION } from './matching-defaults';
export { resolveWeights } from './resolve-weights';
export { matchCandidate } from './match-candidate';
export { rankCandidates, compareRanked, type Rankable } from './rank-candidates';
export { suggestGaps } from './gap-analysis';
export { compareCandidateIds } from './candidate-id';
export { CandidateIndex, type CandidateIndexOptions } from './candidate-index';
export { compilePosting, type CompiledPosting } from './compile-posting';
export { rankTopK, type RankOptions, type RankedRow, type TopK } from './rank-top-k';
export {
  candidateSpecFromDraft,
  candidateSpecFromResolved,
  postingSpecFromDraft,
  type Converted,
  type SkillResolver,
  type UnknownSkill,
} from './spec-from-draft';

import type { EducationLevel, SkillCategory } from '../vocabulary';
import type { CandidateSpec, PostingSpec, ScoringProfile } from './profiles';

/**
 * How an accepted skill was covered by a candidate skill:
 * EXACT (the same skill, whatever alias the candidate used), NARROWER (the candidate's skill is
 * more specific: Kubernetes covers "Container technologies"), RELATED (a substitute: its
 * similarity, never satisfies a group unless the posting accepts substitutes), BROADER (the
 * candidate only names the umbrella: no credit, reported so the reader sees why).
 */
export type MatchKind = 'EXACT' | 'NARROWER' | 'RELATED' | 'BROADER';

export interface SkillMatch {
  /** The accepted skill of the group. */
  readonly skillId: number;
  /** The candidate's skill that covered it. */
  readonly viaSkillId: number;
  readonly kind: MatchKind;
  /** 0..1 after the experience factor. */
  readonly credit: number;
  /** The candidate's months on `viaSkillId`; null when unknown. */
  readonly months: number | null;
  /**
   * Skill ids from the accepted skill to the candidate's skill: [accepted] when EXACT, down the
   * broader links when NARROWER (Databases, Relational databases, PostgreSQL), up them when
   * BROADER, [accepted, substitute] when RELATED. Shortest, then by name.
   */
  readonly path: readonly number[];
}

/**
 * MET / NOT_MET for a group that counts; NOT_ASSESSABLE for one no profile can show (its evidence
 * is still reported, and `satisfied` says whether the profile happens to show it).
 */
export type GroupStatus = 'MET' | 'NOT_MET' | 'NOT_ASSESSABLE';

export interface GroupResult {
  readonly requirementId: string;
  readonly status: GroupStatus;
  readonly satisfied: boolean;
  /** 0..1: how much of the group the candidate covers. */
  readonly credit: number;
  readonly matched: readonly SkillMatch[];
  /** Accepted skills the profile shows no evidence for: nothing covers them, or only a broader word. */
  readonly missingSkillIds: readonly number[];
  /** Months the best covering skill lacks against minMonths; null when not applicable or unknown. */
  readonly monthsShort: number | null;
  /** True when minMonths is set and the best covering skill has unknown months. */
  readonly monthsUnknown: boolean;
}

/**
 * NOT_STATED: the candidate lists no education at all. Not read as "does not meet": the summary
 * says it is not stated, so a recruiter asks. It earns no credit, and a REQUIRED degree that is
 * not stated is not shown, so the candidate is not `qualified` (a PREFERRED one never blocks it).
 */
export type EducationOutcome = 'NOT_REQUESTED' | 'EXCEEDS' | 'MEETS' | 'IN_PROGRESS' | 'NOT_STATED' | 'DOES_NOT_MEET';

export interface EducationResult {
  readonly outcome: EducationOutcome;
  readonly requiredLevel: EducationLevel | null;
  readonly required: boolean;
  readonly candidateLevel: EducationLevel | null;
  readonly credit: number;
}

export interface CategoryScore {
  readonly category: SkillCategory;
  /** 0..100, or null when the posting asks nothing of this category. */
  readonly score: number | null;
}

/** The weights actually applied to a result (posting profile and request overrides resolved). */
export interface AppliedWeights {
  readonly requiredWeight: number;
  readonly preferredWeight: number;
  readonly educationWeight: number;
  readonly categoryWeights: Readonly<Record<SkillCategory, number>>;
  /** Whether a RELATED skill counted as the skill itself (see ScoringProfile.substitutesSatisfy). */
  readonly substitutesSatisfy: boolean;
  /** The most of its part education may weigh (EDUCATION_SHARE_CAP): `educationWeight` is cut to it. */
  readonly educationShareCap: number;
}

export interface MatchResult {
  readonly postingId: string;
  readonly candidateId: string;
  /** 0..100, rounded to 2 decimals; null when the posting has nothing to score (see `reason`). */
  readonly score: number | null;
  /** Every assessable REQUIRED group satisfied (and required education met); null with a null score. */
  readonly qualified: boolean | null;
  /** Why there is no score, or null when there is one. */
  readonly reason: string | null;
  /** null when there is no score. */
  readonly requiredScore: number | null;
  /** null when the posting has nothing preferred: no PREFERRED group and no preferred education. */
  readonly preferredScore: number | null;
  readonly categories: readonly CategoryScore[];
  readonly requirements: readonly GroupResult[];
  readonly education: EducationResult;
  readonly summary: string;
  readonly weights: AppliedWeights;
  readonly modelVersion: string;
  readonly taxonomyVersion: string;
}

export interface GapSuggestion {
  readonly skillId: number;
  /** The score the candidate would have with this skill added. */
  readonly score: number;
  readonly gain: number;
  readonly wouldQualify: boolean;
}

/** What a match was computed from: the specs and the request's own weights (before defaults and the posting profile). */
export interface MatchInputs {
  readonly posting: PostingSpec;
  readonly candidate: CandidateSpec;
  readonly weights: ScoringProfile | null;
}

/**
 * A match result that keeps its inputs, so it can be explained further (gap analysis) and audited
 * without loading them again. The API shows it as it is: the GraphQL MatchResult implements MatchResult.
 */
export interface ExplainedMatch extends MatchResult {
  readonly inputs: MatchInputs;
}

import type { EducationLevel, EducationStatus, EmploymentType, Importance, SkillCategory } from '../vocabulary';

/** A requirement group: the candidate must cover `minMatches` of `skillIds`, each with `minMonths`. */
export interface RequirementSpec {
  readonly id: string;
  readonly importance: Importance;
  readonly category: SkillCategory;
  readonly label: string;
  readonly skillIds: readonly number[];
  readonly minMatches: number;
  readonly minMonths: number | null;
  readonly weight: number;
  /**
   * False for a requirement no skill list can show (communication, work authorization): reported
   * with whatever evidence the profile has, counted in neither the score nor `qualified`. Absent
   * means true.
   */
  readonly assessable?: boolean;
}

/** Whether a group counts in the score and in `qualified` (see RequirementSpec.assessable). */
export function isAssessable(group: Pick<RequirementSpec, 'assessable'>): boolean {
  return group.assessable !== false;
}

/**
 * The posting as the score sees it: only its assessable groups, in posting order. Both matchers
 * score this, so a not-assessable group cannot move a score or `qualified` in either.
 */
export function scoredPosting(posting: PostingSpec): PostingSpec {
  return posting.requirements.every(isAssessable)
    ? posting
    : { ...posting, requirements: posting.requirements.filter(isAssessable) };
}

export interface EducationRequirementSpec {
  readonly level: EducationLevel;
  readonly required: boolean;
}

/** Weights a posting or a request may set; anything left out falls back to the defaults. */
export interface ScoringProfile {
  readonly requiredWeight?: number;
  readonly preferredWeight?: number;
  readonly educationWeight?: number;
  readonly categoryWeights?: Readonly<Partial<Record<SkillCategory, number>>>;
  /**
   * True when the posting accepts true substitutes (MySQL for PostgreSQL): a RELATED skill then
   * counts as the skill itself (full credit, and it can satisfy a group). Off by default: a
   * substitute earns its similarity and never satisfies a group on its own.
   */
  readonly substitutesSatisfy?: boolean;
}

/** What the matcher knows about a posting. */
export interface PostingSpec {
  readonly id: string;
  readonly employmentType?: EmploymentType;
  readonly requirements: readonly RequirementSpec[];
  readonly education: EducationRequirementSpec | null;
  readonly scoring: ScoringProfile | null;
}

export interface CandidateSkillSpec {
  readonly skillId: number;
  /** Months of experience; null when unknown (never read as zero). */
  readonly months: number | null;
}

export interface EducationSpec {
  readonly level: EducationLevel;
  readonly status: EducationStatus;
}

/**
 * What the matcher knows about a candidate. Name, email, headline and location are deliberately
 * absent: personal attributes can never be inputs to a score.
 */
export interface CandidateSpec {
  readonly id: string;
  readonly skills: readonly CandidateSkillSpec[];
  readonly education: readonly EducationSpec[];
}

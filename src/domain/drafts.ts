import type {
  EducationLevel,
  EducationStatus,
  EmploymentType,
  Importance,
  SkillCategory,
  SkillLevel,
} from './vocabulary';
import type { ScoringProfile } from './matching/profiles';

/**
 * Drafts are postings and candidates as plain data, before they are stored: what the GraphQL
 * inputs, the seed files, the text parser, the JSON Resume and JSON-LD importers all produce.
 * Skills are named (any spelling the taxonomy knows); the service resolves them.
 */
export interface RequirementDraft {
  readonly importance: Importance;
  readonly category: SkillCategory;
  /** The posting's own words for this group. */
  readonly label: string;
  readonly skills: readonly string[];
  readonly minMatches: number;
  readonly minMonths: number | null;
  readonly weight: number;
  /**
   * False for a requirement no skill list can show (communication, ability to learn, work
   * authorization, clearance): it is reported to the reader but counts in neither the score nor
   * `qualified`. Absent means true.
   */
  readonly assessable?: boolean;
}

export interface EducationRequirementDraft {
  readonly level: EducationLevel;
  readonly required: boolean;
}

export interface PostingDraft {
  /** The posting's own scoring weights, when it departs from the defaults. */
  readonly scoring?: ScoringProfile | null;
  readonly title: string;
  readonly company: string | null;
  readonly employmentType: EmploymentType;
  readonly locations: readonly string[];
  readonly description: string;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  readonly datePosted: string | null;
  readonly education: EducationRequirementDraft | null;
  readonly requirements: readonly RequirementDraft[];
}

export interface EducationDraft {
  readonly level: EducationLevel;
  readonly field: string | null;
  readonly status: EducationStatus;
}

export interface CandidateSkillDraft {
  readonly name: string;
  readonly months: number | null;
  readonly level: SkillLevel | null;
}

export interface CandidateDraft {
  readonly name: string;
  readonly email: string | null;
  /** As written ("+1 (555) 010-2030"): a personal field, like name and email, never a score input. Absent: none. */
  readonly phone?: string | null;
  readonly headline: string | null;
  readonly location: string | null;
  readonly education: readonly EducationDraft[];
  readonly skills: readonly CandidateSkillDraft[];
}

/** Something an importer was unsure of: never dropped silently. */
export interface ImportWarning {
  readonly code: string;
  readonly message: string;
  /** The offending text, or the JSON path for structured input. */
  readonly at: string;
}

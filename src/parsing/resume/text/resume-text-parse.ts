import type { EducationDraft, CandidateDraft, ImportWarning } from '../../../domain/drafts';
import type { ResumeSectionKind } from './section-headings';

/** Where an item was read: the section it sat in and its line in the document text. */
export interface Provenance {
  readonly section: ResumeSectionKind;
  readonly line: number;
}

export interface ParsedSkill {
  readonly name: string;
  /** Months from the dated jobs and projects that name it (overlaps merged); null when none does. */
  readonly months: number | null;
  readonly foundAt: readonly Provenance[];
}

export interface ParsedEducation extends EducationDraft {
  readonly foundAt: Provenance;
}

export interface ParsedWork {
  readonly title: string | null;
  readonly employer: string | null;
  /** "2020-01" */
  readonly start: string;
  /** "2022-08", or null while it runs ("Present"). */
  readonly end: string | null;
  readonly foundAt: Provenance;
}

// Alike in shape only to MatchResult and other records of readonly fields: what the parser read.
export interface ResumeTextParse {
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly location: string | null;
  readonly headline: string | null;
  readonly work: readonly ParsedWork[];
  readonly education: readonly ParsedEducation[];
  readonly skills: readonly ParsedSkill[];
  readonly spokenLanguages: readonly string[];
  readonly softSkills: readonly string[];
  readonly warnings: readonly ImportWarning[];
  /** The skills and education as a candidate to store; name falls back to "Unnamed candidate". */
  readonly candidate: CandidateDraft;
}

export interface ResumeTextOptions {
  /** "Today": open jobs run to it, and a graduation after it is in progress. */
  readonly now: Date;
}

export type ResumeTextWarningCode =
  | 'MISSING_NAME'
  | 'MISSING_EMAIL'
  | 'NO_WORK_DATES'
  | 'END_BEFORE_START'
  | 'FUTURE_START'
  | 'UNKNOWN_SKILL'
  | 'NO_DEGREE_LEVEL'
  | 'NO_SKILLS';

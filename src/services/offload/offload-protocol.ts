import type { GapSuggestion } from '../../domain/matching/match-result';
import type { CandidateSpec, PostingSpec, ScoringProfile } from '../../domain/matching/profiles';
import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { ParsedPostingForm } from '../../ingestion/parse-posting-document';

/** What the taxonomy makes of one name (normalizeSkills). */
export interface NameResolution {
  readonly input: string;
  readonly skillId: number | null;
  readonly suggestions: readonly string[];
}

/** The pure work a request may hand to a worker thread, with what each kind answers. */
export interface OffloadJobs {
  parsePosting: {
    args: { readonly text: string };
    result: ParsedPostingForm;
  };
  /** A posting file (PDF, HTML, Markdown, text); a file that cannot be read answers why, for the caller's error. */
  parsePostingDocument: {
    args: { readonly bytes: Uint8Array; readonly source: string };
    result: ParsedPostingForm | { readonly refused: string };
  };
  normalizeSkills: { args: { readonly names: readonly string[] }; result: readonly NameResolution[] };
  gaps: {
    args: {
      readonly posting: PostingSpec;
      readonly candidate: CandidateSpec;
      readonly limit: number;
      readonly weights: ScoringProfile | null;
    };
    result: readonly GapSuggestion[];
  };
}

export type OffloadKind = keyof OffloadJobs;

/** Parent to worker: a taxonomy to use from now on, or a job. */
export type OffloadMessage =
  | { readonly type: 'taxonomy'; readonly version: string; readonly skills: readonly SkillDef[] }
  | { readonly type: 'job'; readonly seq: number; readonly kind: OffloadKind; readonly args: unknown };

/** Worker to parent: a job's answer, or (once, `seq` 0) that the thread has loaded its code. */
export type OffloadReply =
  | { readonly seq: number; readonly result: unknown }
  | { readonly seq: number; readonly error: string }
  | { readonly seq: 0; readonly ready: true };

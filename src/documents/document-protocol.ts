import type { SkillDef } from '../domain/taxonomy/skill-def';
import type { ResumeTextParse } from '../parsing/resume/text';
import type { DocumentErrorKind } from './document-error';

/** Messages between the résumé document reader and its worker threads (plain data only). */
export type DocumentRequest =
  | { readonly type: 'taxonomy'; readonly version: string; readonly skills: readonly SkillDef[] }
  | {
      readonly type: 'read';
      readonly seq: number;
      readonly bytes: Uint8Array;
      readonly mediaType: string;
      readonly source: string;
      /** ISO instant: "today" for open jobs and graduations. */
      readonly now: string;
    };

export type DocumentReply =
  | { readonly seq: number; readonly result: ResumeTextParse }
  | { readonly seq: number; readonly refused: { readonly kind: DocumentErrorKind; readonly reason: string } }
  | { readonly seq: number; readonly crashed: string };

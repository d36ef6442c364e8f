import type { CandidateDraft, ImportWarning } from '../domain/drafts';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import { NotAResumeError, importJsonResume } from '../parsing/resume';
import { fitCandidateDraft } from '../domain/draft-fit';

/** A JSON Resume line read into a storable draft. */
export interface ResumeDraft {
  readonly line: number;
  readonly draft: CandidateDraft;
  readonly warnings: readonly ImportWarning[];
}

/** What a batch of JSON Resume lines gave: drafts in line order, and the lines that refuse the import. */
export interface ResumeLinesOutcome {
  /** JSON of ResumeDraft[]: one string crosses between threads far faster than a cloned object graph. */
  readonly drafts: string;
  readonly count: number;
  /** "line 7: invalid JSON: ..." or "line 9: not a resume: ..." */
  readonly errors: readonly { readonly line: number; readonly message: string }[];
}

/**
 * Reads whole lines of a .jsonl file as JSON Resumes exactly as the ingestion service's
 * `readJsonResume` does (the same importer, clock and column fitting), so the work can run in
 * worker threads; the drafts are stored by the candidate service in one transaction.
 */
export function readResumeLines(
  taxonomy: Taxonomy,
  now: Date,
  firstLine: number,
  bytes: Uint8Array,
): ResumeLinesOutcome {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const drafts: ResumeDraft[] = [];
  const errors: { line: number; message: string }[] = [];
  let line = firstLine;
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let raw = text.slice(start, end);
    start = end + 1;
    if (line === 1) raw = raw.replace(/^\uFEFF/, '');
    if (raw.trim() === '') continue;
    let doc: unknown;
    try {
      doc = JSON.parse(raw);
    } catch (err) {
      errors.push({ line, message: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    try {
      const imported = importJsonResume(doc, taxonomy, { now });
      const fitted = fitCandidateDraft(imported.candidate, imported.warnings);
      drafts.push({ line, draft: fitted.draft, warnings: fitted.warnings });
    } catch (err) {
      if (!(err instanceof NotAResumeError)) throw err;
      errors.push({ line, message: `not a resume: ${err.message}` });
    }
  }
  return { drafts: JSON.stringify(drafts), count: drafts.length, errors };
}

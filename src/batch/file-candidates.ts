import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { type ResumeDocumentReader, type ResumeFileRead, isResumeDocumentFile, readResumeFiles } from '../documents';
import { throwIfAborted } from './batch-aborted';
import { fitCandidateDraft } from '../domain/draft-fit';
import { type ReadContext, candidateRead, readCandidateDocument } from './candidate-read';
import type { ReadItem } from './chunk-processor';
import type { InputDigest } from './input-digest';

/** Résumé documents of a files source, read in the document reader's threads. */
export interface DocumentReading {
  readonly reader: ResumeDocumentReader;
  readonly window: number;
}

/**
 * Files [from, to) of a list, each read as one candidate identified by its name without the
 * extension: .json as a candidate draft or JSON Resume, .pdf/.docx/.txt résumés through the
 * document reader's threads (a refused document is skipped with its reason).
 */
export async function readFiles(
  ctx: ReadContext,
  paths: readonly string[],
  from: number,
  to: number,
  documents: DocumentReading | null,
  signal?: AbortSignal,
  digest?: InputDigest,
): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  const slice = paths.slice(from, to);
  const documentPaths = documents ? slice.filter((p) => isResumeDocumentFile(p)) : [];
  const parsed =
    documents && documentPaths.length > 0
      ? readResumeFiles(documentPaths, documents.reader, ctx.taxonomy, ctx.now, documents.window, (path, bytes) =>
          digest?.file(path, bytes),
        )[Symbol.asyncIterator]()
      : null;
  for (let i = from; i < to; i++) {
    throwIfAborted(signal);
    const path = paths[i];
    const id = basename(path, extname(path));
    if (parsed && isResumeDocumentFile(path)) {
      const file = (await parsed.next()).value as ResumeFileRead;
      items.push({
        line: i + 1,
        where: path,
        read: file.ok
          ? candidateRead(ctx, id, fitCandidateDraft(file.parse.candidate, file.parse.warnings).draft)
          : { ok: false, reason: 'NOT_A_CANDIDATE', message: file.error.reason },
      });
      continue;
    }
    let doc: unknown;
    try {
      const bytes = await readFile(path);
      digest?.file(path, bytes);
      doc = JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      items.push({
        line: i + 1,
        where: path,
        read: { ok: false, reason: 'INVALID_JSON', message: err instanceof Error ? err.message : String(err) },
      });
      continue;
    }
    items.push({ line: i + 1, where: path, read: readCandidateDocument(ctx, doc, id) });
  }
  return items;
}

import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import type { ResumeTextParse } from '../parsing/resume/text';
import { DocumentError } from './document-error';
import { MAX_DOCUMENT_BYTES, tooLargeReason } from './document-limits';
import type { ResumeDocumentReader } from './document-reader';
import { mediaTypeOfName } from './document-text';

/** File extensions read as résumé documents (JSON Resume .json files are read by the JSON importer). */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.pdf', '.docx', '.txt'];

/** Whether a file name is a résumé document by its extension. */
export function isResumeDocumentFile(name: string): boolean {
  return DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase());
}

export type ResumeFileRead =
  | { readonly path: string; readonly ok: true; readonly parse: ResumeTextParse }
  | { readonly path: string; readonly ok: false; readonly error: DocumentError };

/**
 * A résumé file's bytes, sized before they are read: a file over the document limit is refused
 * (a DocumentError naming it) without loading it.
 */
export async function readResumeFileBytes(path: string): Promise<Buffer> {
  const { size } = await stat(path);
  if (size > MAX_DOCUMENT_BYTES) throw new DocumentError(path, 'TOO_LARGE', tooLargeReason(size));
  return readFile(path);
}

async function readOne(
  path: string,
  reader: ResumeDocumentReader,
  taxonomy: Taxonomy,
  now: Date,
  onBytes?: (path: string, bytes: Uint8Array) => void,
): Promise<ResumeFileRead> {
  try {
    const bytes = await readResumeFileBytes(path);
    onBytes?.(path, bytes);
    return {
      path,
      ok: true,
      parse: await reader.read(bytes, mediaTypeOfName(path) ?? 'text/plain', path, taxonomy, now),
    };
  } catch (err) {
    if (err instanceof DocumentError) return { path, ok: false, error: err };
    throw err;
  }
}

/**
 * Reads résumé files through the reader's worker threads, `window` at a time, yielding them in
 * the order given. A refused document is a result (with its reason), not a thrown error: the
 * caller decides whether one bad file stops a batch.
 */
export async function* readResumeFiles(
  paths: readonly string[],
  reader: ResumeDocumentReader,
  taxonomy: Taxonomy,
  now: Date,
  window: number,
  /** Sees each file's bytes as it is read (a batch run hashes its input for the audit log). */
  onBytes?: (path: string, bytes: Uint8Array) => void,
): AsyncGenerator<ResumeFileRead> {
  const inFlight: Promise<ResumeFileRead>[] = [];
  let next = 0;
  const fill = (): void => {
    while (inFlight.length < window && next < paths.length) {
      const read = readOne(paths[next++], reader, taxonomy, now, onBytes);
      read.catch(() => undefined);
      inFlight.push(read);
    }
  };
  fill();
  while (inFlight.length > 0) {
    const result = await inFlight.shift()!;
    fill();
    yield result;
  }
}

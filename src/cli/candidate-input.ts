import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { readLineChunks } from '../batch/line-chunks';
import { type ResumeDraft, type ResumeLinesOutcome, readResumeLines } from '../batch/resume-lines';
import { WorkerPool } from '../batch/worker-pool';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import type { CandidateDraft, ImportWarning } from '../domain/drafts';
import { ResumeDocumentReader, isResumeDocumentFile, readResumeFiles, type ResumeFileRead } from '../documents';
import { ProgressBar } from './progress';
import { UserInputError } from '../services/errors';
import { fitCandidateDraft } from '../domain/draft-fit';
import type { Parsed } from '../services/ingestion.service';

/** A document read and turned into a candidate draft, or the reason it cannot be imported. */
export interface ReadResults {
  readonly sources: string[];
  readonly drafts: CandidateDraft[];
  readonly warnings: (readonly ImportWarning[])[];
  /** Malformed JSON, and documents that are no resume: either refuses the import. */
  readonly errors: string[];
}

/** How documents other than JSON are read: the reader's threads, the taxonomy, "today", a progress bar. */
export interface DocumentReading {
  readonly reader: ResumeDocumentReader;
  readonly taxonomy: Taxonomy;
  readonly now: Date;
  readonly window: number;
  readonly progress: ProgressBar;
}

/**
 * Reads a file or a directory of them (.json JSON Resumes; .pdf, .docx and .txt résumé documents,
 * read in worker threads), turning each document into a draft as soon as it is read, so only
 * drafts (not parsed JSON trees or document bytes) are held until the one transaction that stores them.
 */
export async function readDrafts(
  input: string,
  read: (doc: unknown, source: string) => Parsed<CandidateDraft>,
  documents: () => DocumentReading,
): Promise<ReadResults> {
  const out: ReadResults = { sources: [], drafts: [], warnings: [], errors: [] };
  const take = (text: string, source: string): void => {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      out.errors.push(`${source}: invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    try {
      const parsed = read(doc, source);
      out.sources.push(source);
      out.drafts.push(parsed.draft);
      out.warnings.push(parsed.warnings);
    } catch (err) {
      if (!(err instanceof UserInputError)) throw err;
      out.errors.push(err.message);
    }
  };
  const paths = (await stat(input)).isDirectory()
    ? (await readdir(input))
        .filter((n) => extname(n).toLowerCase() === '.json' || isResumeDocumentFile(n))
        .sort()
        .map((n) => join(input, n))
    : [input];
  const documentPaths = paths.filter((p) => isResumeDocumentFile(p));
  const reading = documentPaths.length > 0 ? documents() : null;
  const parsed = reading
    ? readResumeFiles(documentPaths, reading.reader, reading.taxonomy, reading.now, reading.window)[
        Symbol.asyncIterator
      ]()
    : null;
  let done = 0;
  for (const path of paths) {
    if (parsed && isResumeDocumentFile(path)) {
      const next = await parsed.next();
      const file = next.value as ResumeFileRead;
      if (file.ok) {
        const fitted = fitCandidateDraft(file.parse.candidate, file.parse.warnings);
        out.sources.push(path);
        out.drafts.push(fitted.draft);
        out.warnings.push(fitted.warnings);
      } else {
        out.errors.push(file.error.message);
      }
    } else {
      take((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), path);
    }
    reading?.progress.update({ done: ++done / paths.length, count: done, unit: 'files' });
  }
  reading?.progress.clear();
  return out;
}

export function isJsonLines(path: string): boolean {
  return ['.jsonl', '.ndjson'].includes(extname(path).toLowerCase());
}

/** Below this size a .jsonl file is read in the main thread: starting workers would cost more. */
const WORKER_THRESHOLD_BYTES = 4 << 20;
const CHUNK_BYTES = 2 << 20;
/**
 * Batches read (or being read) and not yet taken by the consumer, at least this many and twice what
 * the pool keeps in flight: when the workers read faster than the database stores, waiting
 * outcomes would otherwise pile up for the whole file.
 */
const MIN_QUEUED_BATCHES = 8;

/** Batches of drafts being read; `close` stops the reading when they will not be consumed. */
export interface ResumeStream extends AsyncIterable<CandidateDraft[]> {
  close(): Promise<void>;
}

/**
 * Starts reading a .jsonl file of JSON Resumes at once (so it overlaps opening the database) and
 * yields batches of drafts in line order, for the candidate service to store as they come inside
 * its one transaction. Lines are read in worker threads when the file is big (batches go to
 * every core and are put back in line order). Sources and warnings are recorded in `sink`; once
 * the whole file is read, malformed lines or documents that are no resume make the stream throw,
 * which rolls the import back.
 */
export function readResumeStream(
  input: string,
  size: number,
  taxonomy: Taxonomy,
  now: Date,
  sink: ReadResults,
): ResumeStream {
  const workers = size >= WORKER_THRESHOLD_BYTES ? availableParallelism() : 0;
  const pool =
    workers > 0
      ? new WorkerPool<ResumeLinesOutcome>(
          { task: 'read-resumes', taxonomyVersion: taxonomy.version, skills: taxonomy.all(), now: now.toISOString() },
          workers,
        )
      : null;
  const queue: Promise<ResumeLinesOutcome>[] = [];
  const maxQueued = Math.max(MIN_QUEUED_BATCHES, workers * 4);
  let reading = true;
  let stopped = false;
  let wake: (() => void) | null = null;
  let drained: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  const release = (): void => {
    drained?.();
    drained = null;
  };
  const stop = async (): Promise<void> => {
    stopped = true;
    release();
    await pool?.close();
  };
  // The reader runs ahead of the consumer, bounded by the pool's queue depth.
  const reader = (async () => {
    try {
      for await (const chunk of readLineChunks(input, CHUNK_BYTES)) {
        if (pool) {
          await pool.ready();
          const outcome = pool.submit({ kind: 'text', firstLine: chunk.firstLine, bytes: chunk.bytes });
          outcome.catch(() => undefined);
          queue.push(outcome);
        } else {
          queue.push(Promise.resolve(readResumeLines(taxonomy, now, chunk.firstLine, chunk.bytes)));
        }
        notify();
        while (queue.length >= maxQueued && !stopped) await new Promise<void>((r) => (drained = r));
        if (stopped) break;
      }
    } finally {
      reading = false;
      notify();
    }
  })();
  reader.catch(() => undefined);
  async function* batches(): AsyncGenerator<CandidateDraft[]> {
    try {
      for (;;) {
        if (queue.length === 0) {
          if (!reading) break;
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        const next = queue.shift()!;
        release();
        const outcome = await next;
        for (const e of outcome.errors) sink.errors.push(`${input}:${e.line}: ${e.message}`);
        const drafts: CandidateDraft[] = [];
        for (const d of JSON.parse(outcome.drafts) as ResumeDraft[]) {
          sink.sources.push(`${input}:${d.line}`);
          sink.warnings.push(d.warnings);
          drafts.push(d.draft);
        }
        // After the first refused line nothing more is stored; reading goes on to name every one.
        if (sink.errors.length === 0 && drafts.length > 0) yield drafts;
      }
      await reader;
      if (sink.errors.length > 0) throw new ImportRefused(input, sink.errors);
    } finally {
      await stop();
    }
  }
  return { [Symbol.asyncIterator]: () => batches(), close: stop };
}

/** Documents that refuse an import, listed; nothing was stored. */
export class ImportRefused extends Error {
  constructor(
    input: string,
    readonly errors: readonly string[],
  ) {
    super(`${errors.length} document(s) in ${input} are malformed JSON or not resumes; nothing was imported`);
  }
}

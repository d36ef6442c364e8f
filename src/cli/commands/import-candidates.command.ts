import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { readLineChunks } from '../../batch/line-chunks';
import { type ResumeDraft, type ResumeLinesOutcome, readResumeLines } from '../../batch/resume-lines';
import { WorkerPool } from '../../batch/worker-pool';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import type { CandidateDraft, ImportWarning } from '../../domain/drafts';
import { ResumeDocumentReader, isResumeDocumentFile, readResumeFiles, type ResumeFileRead } from '../../documents';
import { wholeNumber } from '../command-options';
import { ProgressBar } from '../progress';
import { UserInputError } from '../../services/errors';
import { fitCandidateDraft } from '../../services/fit-draft';
import type { Parsed } from '../../services/ingestion.service';
import { type Store, loadTaxonomy, openStore } from '../open-store';
import { printable } from '../terminal-text';

/** Warnings printed one by one unless --all-warnings; the rest are counted by code. */
const SHOWN_WARNINGS = 50;
const SHOWN_ERRORS = 20;

interface ImportOptions {
  readonly allWarnings?: boolean;
  readonly skipBad?: boolean;
  readonly workers?: number;
}

/** A document read and turned into a candidate draft, or the reason it cannot be imported. */
interface ReadResults {
  readonly sources: string[];
  readonly drafts: CandidateDraft[];
  readonly warnings: (readonly ImportWarning[])[];
  /** Malformed JSON, and documents that are no resume: either refuses the import. */
  readonly errors: string[];
}

/** How documents other than JSON are read: the reader's threads, the taxonomy, "today", a progress bar. */
interface DocumentReading {
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
async function readDrafts(
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

function isJsonLines(path: string): boolean {
  return ['.jsonl', '.ndjson'].includes(extname(path).toLowerCase());
}

/** Below this size a .jsonl file is read in the main thread: starting workers would cost more. */
const WORKER_THRESHOLD_BYTES = 4 << 20;
const CHUNK_BYTES = 2 << 20;

/** Batches of drafts being read; `close` stops the reading when they will not be consumed. */
interface ResumeStream extends AsyncIterable<CandidateDraft[]> {
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
function readResumeStream(input: string, size: number, taxonomy: Taxonomy, now: Date, sink: ReadResults): ResumeStream {
  const workers = size >= WORKER_THRESHOLD_BYTES ? availableParallelism() : 0;
  const pool =
    workers > 0
      ? new WorkerPool<ResumeLinesOutcome>(
          { task: 'read-resumes', taxonomyVersion: taxonomy.version, skills: taxonomy.all(), now: now.toISOString() },
          workers,
        )
      : null;
  const queue: Promise<ResumeLinesOutcome>[] = [];
  let reading = true;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
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
        const outcome = await queue.shift()!;
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
      await pool?.close();
    }
  }
  return { [Symbol.asyncIterator]: () => batches(), close: async () => void (await pool?.close()) };
}

/** Documents that refuse an import, listed; nothing was stored. */
class ImportRefused extends Error {
  constructor(
    input: string,
    readonly errors: readonly string[],
  ) {
    super(`${errors.length} document(s) in ${input} are malformed JSON or not resumes; nothing was imported`);
  }
}

/** "3-7, 9" for sorted ids. */
function idRanges(ids: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ids.length;) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j] + 1) j++;
    parts.push(j === i ? String(ids[i]) : `${ids[i]}-${ids[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * `skillmatch import-candidates FILE|DIR`: JSON Resumes into the database in one transaction,
 * all or none. A line that is not JSON, or a document that is not a resume, refuses the whole
 * import, naming each one.
 */
export function registerImportCandidatesCommand(program: Command): void {
  program
    .command('import-candidates')
    .description('Import JSON Resume candidates in one transaction (all or none).')
    .argument(
      '<input>',
      'a JSON Resume .json file, a résumé document (.pdf, .docx, .txt), a directory of them, or a .jsonl file with one resume per line',
    )
    .option('--all-warnings', `print every warning (by default the first ${SHOWN_WARNINGS}, then counts per kind)`)
    .option(
      '--skip-bad',
      'store the good documents and list the bad ones with their reasons (exit code 3) instead of storing nothing',
    )
    .option(
      '--workers <n>',
      'worker threads reading .pdf, .docx and .txt résumés (default: every core)',
      wholeNumber(1),
    )
    .addHelpText(
      'after',
      '\nWarnings (file:line, JSON path, message) go to standard error; the stored ids to standard output.\n' +
        'A malformed line or a document that is no resume refuses the whole import (exit code 1): nothing is stored.\n' +
        'With --skip-bad, a directory import lists each refused file with its reason and stores the rest (exit code 3).\n' +
        'Résumé documents: an image-only PDF, an encrypted or corrupt file, a DOCX zip bomb, a document that is no\n' +
        'résumé and a file over 700 KiB are refused, naming the file. A progress bar is shown on a terminal.\n' +
        'Uses DATABASE_URL like the service.\n\nExamples:\n  skillmatch import-candidates resumes/\n  skillmatch import-candidates resumes.jsonl',
    )
    .action(async (input: string, options: ImportOptions) => {
      const started = Date.now();
      let stream: ResumeStream | null = null;
      const sink: ReadResults = { sources: [], drafts: [], warnings: [], errors: [] };
      if (isJsonLines(input)) {
        // Workers read with the taxonomy file, which opening the app syncs into the database; the
        // drafts carry skill names, resolved again against the database when they are stored.
        stream = readResumeStream(input, (await stat(input)).size, await loadTaxonomy(), new Date(), sink);
      }
      let store: Store;
      try {
        store = await openStore();
      } catch (err) {
        await stream?.close();
        throw err;
      }
      try {
        const ingestion = store.services.ingestion;
        let read: ReadResults;
        let ids: number[];
        let reader = null as ResumeDocumentReader | null;
        let skipped = 0;
        try {
          if (stream) {
            read = sink;
            ids = await store.services.candidates.createMany(stream, (i) => sink.sources[i]);
          } else {
            const documents = (): DocumentReading => {
              const workers = options.workers ?? availableParallelism();
              reader = new ResumeDocumentReader(workers);
              return {
                reader,
                taxonomy: store.services.taxonomy.current(),
                now: new Date(),
                window: workers * 2,
                progress: new ProgressBar(),
              };
            };
            try {
              read = await readDrafts(input, (doc, source) => ingestion.readJsonResume(doc, source), documents);
            } finally {
              await reader?.close();
            }
            if (read.errors.length > 0 && !options.skipBad) throw new ImportRefused(input, read.errors);
            for (const e of read.errors) process.stderr.write(`skipped ${printable(e)}\n`);
            skipped = read.errors.length;
            const stored = read;
            ids =
              stored.drafts.length === 0
                ? []
                : await store.services.candidates.createMany(stored.drafts, (i) => stored.sources[i]);
          }
        } catch (err) {
          if (err instanceof ImportRefused) {
            for (const e of err.errors.slice(0, SHOWN_ERRORS)) process.stderr.write(`${printable(e)}\n`);
            if (err.errors.length > SHOWN_ERRORS)
              process.stderr.write(`... and ${err.errors.length - SHOWN_ERRORS} more\n`);
          }
          throw err;
        }
        if (ids.length === 0) throw new Error(`no résumé found in ${input}; nothing was imported`);
        const byCode = new Map<string, number>();
        let shown = 0;
        read.warnings.forEach((list, i) => {
          for (const w of list) {
            byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
            if (options.allWarnings || shown < SHOWN_WARNINGS) {
              process.stderr.write(`${printable(`${read.sources[i]}: ${w.at}: ${w.message}`)}\n`);
              shown++;
            }
          }
        });
        const total = [...byCode.values()].reduce((a, b) => a + b, 0);
        if (total > shown) {
          process.stderr.write(
            `... ${total - shown} more warnings (${[...byCode].map(([code, n]) => `${code} ${n}`).join(', ')}); --all-warnings prints them all\n`,
          );
        }
        process.stdout.write(`${idRanges([...ids].sort((a, b) => a - b))}\n`);
        process.stderr.write(
          `imported ${ids.length.toLocaleString('en-US')} candidate(s) with ${total} warning(s) in ${((Date.now() - started) / 1000).toFixed(2)} s` +
            (skipped > 0 ? `; skipped ${skipped} bad file(s)` : '') +
            '\n',
        );
        if (skipped > 0) process.exitCode = 3;
      } finally {
        await store.close();
      }
    });
}

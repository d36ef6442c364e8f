import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { ResumeDocumentReader } from '../../documents';
import { wholeNumber } from '../command-options';
import { ProgressBar } from '../progress';
import { type Store, loadTaxonomy, openStore } from '../open-store';
import { printable } from '../terminal-text';
import {
  type DocumentReading,
  ImportRefused,
  type ReadResults,
  type ResumeStream,
  isJsonLines,
  readDrafts,
  readResumeStream,
} from '../candidate-input';

/** Warnings printed one by one unless --all-warnings; the rest are counted by code. */
const SHOWN_WARNINGS = 50;
const SHOWN_ERRORS = 20;

interface ImportOptions {
  readonly allWarnings?: boolean;
  readonly skipBad?: boolean;
  readonly workers?: number;
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
        'résumé and a file over 4 MiB are refused, naming the file. A progress bar is shown on a terminal.\n' +
        'Uses DATABASE_URL like the service.\n\n' +
        'Examples:\n  skillmatch import-candidates resumes/\n  skillmatch import-candidates resumes.jsonl',
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
            `... ${total - shown} more warnings (${[...byCode].map(([code, n]) => `${code} ${n}`).join(', ')}); ` +
              '--all-warnings prints them all\n',
          );
        }
        process.stdout.write(`${idRanges([...ids].sort((a, b) => a - b))}\n`);
        process.stderr.write(
          `imported ${ids.length.toLocaleString('en-US')} candidate(s) with ${total} warning(s) ` +
            `in ${((Date.now() - started) / 1000).toFixed(2)} s` +
            (skipped > 0 ? `; skipped ${skipped} bad file(s)` : '') +
            '\n',
        );
        if (skipped > 0) process.exitCode = 3;
      } finally {
        await store.close();
      }
    });
}

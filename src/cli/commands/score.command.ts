import { availableParallelism } from 'node:os';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Command } from 'commander';
import { isResumeDocumentFile } from '../../documents';
import { AtomicOutput } from '../atomic-output';
import { BatchAborted, type CandidateSource, type PostingRanking, scoreBatch } from '../../batch/batch-score';
import { oneOf, scoreBound, wholeNumber, workerCount } from '../command-options';
import { EXIT_SIGNAL, EXIT_SKIPPED, catchInterrupts, exitSoon } from '../interrupts';
import { InputError, readPostingFile } from '../../batch/posting-input';
import { storedIdOf } from '../../graphql/ids';
import { ProgressBar } from '../progress';
import { OUTPUT_FORMATS, type OutputFormat, csvHeader, csvRow, formatTable, jsonlRow, rowLayout } from '../row-format';
import { formatRunSummary } from '../run-summary';
import type { PostingSpec } from '../../domain/matching/profiles';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import { InputDigest } from '../../batch/input-digest';
import { CLI_ACTOR } from '../../services/audit-event';
import { type Store, openStore } from '../open-store';
import { printable, printableLines } from '../terminal-text';

interface ScoreCommandOptions {
  readonly posting?: string;
  readonly allPostings?: boolean;
  readonly candidates: string;
  readonly top: number;
  readonly minScore?: number;
  readonly qualifiedOnly?: boolean;
  readonly format: OutputFormat;
  readonly explain?: boolean;
  readonly out?: string;
  readonly workers?: number;
}

/** Below this many candidate x posting pairs, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD_PAIRS = 200_000;
/** A rough size of one candidate line, to estimate a .jsonl file's candidates from its size. */
const BYTES_PER_CANDIDATE = 400;
/** Candidates per database read: small enough to keep memory low, big enough to amortize the queries. */
const DB_BATCH = 10_000;

/**
 * `--posting` names a stored posting by its id (raw, or the global id the API hands out) or else
 * a file. A global id of another type is a mistake worth saying, not a file name to look for.
 */
function storedPostingId(value: string): number | null {
  if (/^\d+$/.test(value)) return Number(value);
  const stored = storedIdOf(value);
  if (stored && stored.type !== 'Posting')
    throw new InputError(`--posting ${value} is the id of a ${stored.type}, not of a posting`);
  return stored ? stored.id : null;
}

interface NamedPosting {
  readonly spec: PostingSpec;
  readonly title: string;
}

async function storedPostings(store: Store, ids: readonly number[]): Promise<NamedPosting[]> {
  const entities = await store.services.postings.getMany(ids);
  return Promise.all(
    ids.map(async (id, i) => {
      const spec = await store.services.postings.specOf(id);
      if (!spec || !entities[i]) throw new InputError(`no posting with id ${id}`);
      return { spec, title: entities[i]!.title };
    }),
  );
}

async function candidateSource(
  store: Store | null,
  input: string,
): Promise<{ source: CandidateSource; estimate: number }> {
  if (input === 'db') {
    const [{ n }] = (await store!.dataSource.query('SELECT COUNT(*) AS n FROM candidate')) as { n: number | string }[];
    const total = Number(n);
    return {
      source: { kind: 'specs', batches: store!.services.candidates.allSpecs(DB_BATCH), total },
      estimate: total,
    };
  }
  if (input === '-') return { source: { kind: 'jsonl', path: '-', size: 0 }, estimate: Number.POSITIVE_INFINITY };
  let info;
  try {
    info = await stat(input);
  } catch {
    throw new InputError(`--candidates ${input}: no such file or directory (use "db" for the database)`);
  }
  if (info.isDirectory()) {
    const paths = (await readdir(input))
      .filter((n) => extname(n).toLowerCase() === '.json' || isResumeDocumentFile(n))
      .sort()
      .map((n) => join(input, n));
    return { source: { kind: 'files', paths }, estimate: paths.length };
  }
  if (extname(input).toLowerCase() === '.json' || isResumeDocumentFile(input))
    return { source: { kind: 'files', paths: [input] }, estimate: 1 };
  return { source: { kind: 'jsonl', path: input, size: info.size }, estimate: info.size / BYTES_PER_CANDIDATE };
}

/**
 * One append-only audit record per run, through the same AuditService as every scoring request
 * of the service; resolves once it is committed.
 */
function auditRun(
  store: Store,
  postings: readonly NamedPosting[],
  storedPosting: number | null,
  options: ScoreCommandOptions,
  scored: number,
  candidatesDigest: string,
): Promise<void> {
  const audit = store.services.audit;
  const record = audit.describeBatch({
    postingId: storedPosting,
    postings: postings.map((p) => p.spec),
    candidateCount: scored,
    options: { top: options.top, qualifiedOnly: options.qualifiedOnly === true, minScore: options.minScore ?? null },
    candidatesDigest,
    taxonomyVersion: store.services.taxonomy.current().version,
  });
  return audit.append(record, CLI_ACTOR);
}

function render(
  format: OutputFormat,
  rankings: readonly PostingRanking[],
  withPosting: boolean,
  explain: boolean,
): string {
  const rows = rankings.flatMap((r) => r.rows);
  const layout = rowLayout(rows, { withPosting, explain });
  if (format === 'table') return formatTable(layout, rows);
  if (format === 'jsonl') return rows.map((row) => jsonlRow(layout, row)).join('');
  return csvHeader(layout) + rows.map((row) => csvRow(layout, row)).join('');
}

/**
 * `skillmatch score`: ranks candidates from the database or from files against one posting or
 * every stored posting, with the service's scores and ranking order, streaming the input through
 * worker threads and keeping only the top rows.
 */
export function registerScoreCommand(program: Command): void {
  program
    .command('score')
    .description('Rank candidates (database, .jsonl, JSON Resume directory) against a posting or every stored posting.')
    .option(
      '--posting <id|file>',
      'a stored posting id, a posting text file (.txt) or a .json PostingDraft / schema.org JobPosting',
    )
    .option('--all-postings', 'every stored posting against every candidate (top N per posting)')
    .option(
      '--candidates <db|file|dir>',
      'db, a .jsonl file (candidate drafts or JSON Resumes, one per line; - for standard input), a .json file, ' +
        'a résumé (.pdf, .docx, .txt) or a directory of them',
      'db',
    )
    .option('--top <n>', 'rows kept per posting', wholeNumber(1), 20)
    .option('--min-score <s>', 'only candidates scoring at least this (0..100)', scoreBound)
    .option('--qualified-only', 'only candidates who meet every required group')
    .option('--format <format>', `output format: ${OUTPUT_FORMATS.join(', ')}`, oneOf(OUTPUT_FORMATS), 'csv')
    .option('--explain', 'add matched and missing skills per requirement group')
    .option('--out <file>', 'write to this file (appears complete or not at all) instead of standard output')
    .option(
      '--workers <n>',
      'worker threads, 0 up to the number of cores (0: score in the main thread; default: every core when the input is large)',
      workerCount,
    )
    .addHelpText(
      'after',
      [
        '',
        'Columns: [posting,] rank, candidate, score, qualified, requiredScore, preferredScore, one per category',
        '[, matched, missing]. Order: qualified first, then score, then candidate id (as the GraphQL rankCandidates query).',
        'A .jsonl line is { id?, name, skills: [{ name, months, level? }], education: [{ level, status }] } or a JSON Resume;',
        'without an id the line number is the id. Ids should be unique: a repeated id is skipped when it repeats within',
        'the same batch of lines (8 MiB), and otherwise scored twice. CSV follows RFC 4180.',
        '',
        'Exit codes: 0 done; 1 error (nothing written); 3 done, but some input lines were skipped (malformed JSON,',
        'not a candidate, duplicate id: counted, the first few of each kind listed with line numbers on standard error);',
        '130/143 stopped by Ctrl-C/SIGTERM (nothing written). A progress bar is shown when standard error is a terminal.',
        '',
        'Examples:',
        '  skillmatch score --posting 1 --top 50 --format table',
        '  skillmatch score --posting posting.txt --candidates people.jsonl --qualified-only --out top.csv',
        '  skillmatch score --all-postings --top 20 --format jsonl --explain',
      ].join('\n'),
    )
    .action(async (options: ScoreCommandOptions) => {
      if (Boolean(options.posting) === Boolean(options.allPostings))
        throw new InputError('give exactly one of --posting <id|file> and --all-postings');
      const storedPosting = options.posting === undefined ? null : storedPostingId(options.posting);
      const interrupts = catchInterrupts();
      const progress = new ProgressBar();
      let output: AtomicOutput | null = null;
      let store: Store | null = null;
      try {
        output = await AtomicOutput.open(options.out);
        // Always the database: every run is written to its audit log, even one on files only.
        store = await openStore();
        const taxonomy: Taxonomy = store.services.taxonomy.current();
        let postings: NamedPosting[];
        if (options.allPostings) {
          postings = await storedPostings(store!, await store!.services.postings.allIds());
          if (postings.length === 0) throw new InputError('there are no stored postings');
        } else if (storedPosting !== null) {
          postings = await storedPostings(store!, [storedPosting]);
        } else {
          const file = await readPostingFile(taxonomy, options.posting!);
          for (const w of file.warnings)
            process.stderr.write(`${printable(`${options.posting}: warning ${w.code}: ${w.message}`)}\n`);
          postings = [{ spec: file.spec, title: file.draft.title }];
        }
        const { source, estimate } = await candidateSource(store, options.candidates);
        const digest = new InputDigest();
        const workers =
          options.workers ?? (estimate * postings.length >= WORKER_THRESHOLD_PAIRS ? availableParallelism() : 0);
        const result = await scoreBatch(
          taxonomy,
          postings.map((p) => p.spec),
          source,
          {
            top: options.top,
            qualifiedOnly: options.qualifiedOnly === true,
            minScore: options.minScore ?? null,
            workers,
            now: new Date(),
            signal: interrupts.signal,
            onProgress: (p) => progress.update({ done: p.done, count: p.read, unit: 'candidates' }),
            digest,
          },
        );
        progress.clear();
        // The output appears only once the run's audit record is committed: no result without its record.
        await auditRun(
          store,
          postings,
          storedPosting,
          options,
          result.stats.scored,
          digest.hex(source.kind === 'files' ? source.paths : []),
        );
        await output.write(
          render(options.format, result.rankings, options.allPostings === true, options.explain === true),
        );
        await output.commit();
        const titles = new Map(postings.map((p) => [p.spec.id, p.title]));
        process.stderr.write(
          printableLines(
            formatRunSummary(
              result.stats,
              result.rankings,
              (r) => `${r.posting.id} "${titles.get(r.posting.id) ?? ''}"`,
            ),
          ),
        );
        if (output.path) process.stderr.write(`wrote ${output.path}\n`);
        if (result.stats.skipped > 0) process.exitCode = EXIT_SKIPPED;
      } catch (err) {
        progress.clear();
        await output?.abort();
        const stopped = interrupts.received();
        if (err instanceof BatchAborted && stopped) {
          process.stderr.write(`stopped (${stopped}); nothing was written\n`);
          process.exitCode = EXIT_SIGNAL[stopped];
          exitSoon(EXIT_SIGNAL[stopped]);
          return;
        }
        throw err;
      } finally {
        interrupts.dispose();
        await store?.close();
      }
    });
}

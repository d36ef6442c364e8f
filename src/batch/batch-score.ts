import { availableParallelism } from 'node:os';
import { ResumeDocumentReader, isResumeDocumentFile } from '../documents';
import type { CandidateSpec, PostingSpec } from '../domain/matching/profiles';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import { BatchAborted, throwIfAborted } from './batch-aborted';
import { type SkipReason, readContext } from './candidate-read';
import { type ChunkOutcome, ChunkProcessor, type ReadCounts, SKIP_SAMPLES, type Skip } from './chunk-processor';
import { type DocumentReading, readFiles } from './file-candidates';
import { type ScoreOptions, TopMerger } from './chunk-scorer';
import type { InputDigest } from './input-digest';
import { readLineChunks } from './line-chunks';
import { type ScoredRow, explainRanking } from './scored-row';
import { WorkerPool } from './worker-pool';

export { BatchAborted };

/** Where the candidates of a run come from. */
export type CandidateSource =
  /** One candidate per line: a candidate draft or a JSON Resume; path "-" is standard input. */
  | { readonly kind: 'jsonl'; readonly path: string; readonly size: number }
  /** One candidate per .json file (a directory of JSON Resumes). */
  | { readonly kind: 'files'; readonly paths: readonly string[] }
  /** Candidates already read, in batches (the database). */
  | {
      readonly kind: 'specs';
      readonly batches: AsyncIterable<readonly CandidateSpec[]>;
      readonly total: number | null;
    };

export interface BatchProgress {
  readonly read: number;
  readonly skipped: number;
  /** Share of the input done, 0..1, or null when the size is unknown. */
  readonly done: number | null;
}

export interface BatchOptions extends ScoreOptions {
  /** Worker threads; 0 scores in the calling thread. */
  readonly workers: number;
  /** "Today", for JSON Resume dates. */
  readonly now: Date;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: BatchProgress) => void;
  /** Size of a .jsonl batch in bytes (default 8 MiB). */
  readonly chunkBytes?: number;
  /** Fed with the input as it is read, for the run's audit record. */
  readonly digest?: InputDigest;
}

/** What a whole run read and scored. */
export interface BatchStats extends ReadCounts {
  readonly skipped: number;
  readonly workers: number;
  readonly elapsedMs: number;
}

/** One posting's ranking: its best candidates explained, and how many passed and qualified. */
export interface PostingRanking {
  readonly posting: PostingSpec;
  readonly rows: readonly ScoredRow[];
  readonly passed: number;
  readonly qualified: number;
}

export interface BatchResult {
  readonly rankings: readonly PostingRanking[];
  readonly stats: BatchStats;
}

const DEFAULT_CHUNK_BYTES = 8 << 20;
/** Candidates per batch when they arrive as specs or files. */
const SPEC_BATCH = 20_000;

class Totals {
  read = 0;
  scored = 0;
  skipped = 0;
  unknownSkillCandidates = 0;
  readonly skipCounts: Partial<Record<SkipReason, number>> = {};
  readonly skips: Skip[] = [];
  readonly unknownSkillNames = new Set<string>();

  constructor(readonly merger: TopMerger) {}

  add(outcome: ChunkOutcome): void {
    this.read += outcome.read;
    this.scored += outcome.scored;
    this.unknownSkillCandidates += outcome.unknownSkillCandidates;
    for (const name of outcome.unknownSkillNames)
      if (this.unknownSkillNames.size < SKIP_SAMPLES) this.unknownSkillNames.add(name);
    for (const [reason, count] of Object.entries(outcome.skipCounts) as [SkipReason, number][]) {
      this.skipCounts[reason] = (this.skipCounts[reason] ?? 0) + count;
      this.skipped += count;
    }
    this.skips.push(...outcome.skips);
    this.merger.add(outcome.tallies);
  }

  /** The first SKIP_SAMPLES skips of each reason, in input order, whatever order batches finished in. */
  firstSkips(): Skip[] {
    const sorted = [...this.skips].sort((a, b) => a.line - b.line);
    const kept: Skip[] = [];
    const per = new Map<SkipReason, number>();
    for (const skip of sorted) {
      const n = per.get(skip.reason) ?? 0;
      if (n >= SKIP_SAMPLES) continue;
      per.set(skip.reason, n + 1);
      kept.push(skip);
    }
    return kept;
  }
}

/**
 * Scores every candidate of `source` against every posting and keeps the best `top` of each,
 * streaming: batches are read, scored (in worker threads when `workers` > 0, each with the
 * postings compiled once) and reduced to their top rows as they come, so memory does not grow
 * with the input. The merge is order-independent, so the result does not depend on which
 * worker scored what. The kept rows are then explained with the service's own matcher.
 */
export async function scoreBatch(
  taxonomy: Taxonomy,
  postings: readonly PostingSpec[],
  source: CandidateSource,
  options: BatchOptions,
): Promise<BatchResult> {
  const started = Date.now();
  const score: ScoreOptions = { top: options.top, qualifiedOnly: options.qualifiedOnly, minScore: options.minScore };
  const totals = new Totals(new TopMerger(postings.length, options.top));
  const useWorkers = options.workers > 0 && source.kind !== 'files';
  const pool = useWorkers
    ? new WorkerPool<ChunkOutcome>(
        {
          task: 'score',
          taxonomyVersion: taxonomy.version,
          skills: taxonomy.all(),
          postings,
          options: score,
          now: options.now.toISOString(),
        },
        options.workers,
      )
    : null;
  const local = pool ? null : new ChunkProcessor(taxonomy, postings, score, options.now);
  const inFlight = new Set<Promise<void>>();
  let documents: DocumentReading | null = null;
  const report = (done: number | null): void =>
    options.onProgress?.({ read: totals.read, skipped: totals.skipped, done });

  // Progress counts finished batches only (they finish out of order), as a share of the input.
  let finished = 0;
  const total =
    source.kind === 'jsonl' ? source.size : source.kind === 'specs' ? (source.total ?? 0) : source.paths.length;
  const progress = (amount: number): void => {
    finished += amount;
    report(total > 0 ? Math.min(1, finished / total) : null);
  };

  /** Scores one batch here or in a worker (`amount`: its share of the input); with workers, returns once another batch can be sent. */
  const run = async (
    job:
      | { kind: 'text'; firstLine: number; bytes: Uint8Array }
      | { kind: 'specs'; specs: readonly CandidateSpec[]; lines: number[] },
    amount: number,
  ): Promise<void> => {
    throwIfAborted(options.signal);
    if (local) {
      totals.add(
        job.kind === 'text' ? local.processText(job.firstLine, job.bytes) : local.processSpecs(job.specs, job.lines),
      );
      progress(amount);
      return;
    }
    await pool!.ready();
    const task = pool!.submit(job).then((outcome) => {
      totals.add(outcome);
      progress(amount);
    });
    const tracked = task.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    // Failures surface at the final await; keep them from being reported as unhandled meanwhile.
    tracked.catch(() => undefined);
  };

  try {
    if (source.kind === 'jsonl') {
      const input = source.path === '-' ? process.stdin : source.path;
      for await (const chunk of readLineChunks(input, options.chunkBytes ?? DEFAULT_CHUNK_BYTES, options.signal)) {
        // Before run: a worker takes the chunk's buffer over.
        options.digest?.bytes(chunk.bytes);
        await run({ kind: 'text', firstLine: chunk.firstLine, bytes: chunk.bytes }, chunk.bytes.byteLength);
      }
    } else if (source.kind === 'specs') {
      let position = 0;
      for await (const batch of source.batches) {
        options.digest?.specs(batch);
        for (let from = 0; from < batch.length; from += SPEC_BATCH) {
          const specs = batch.slice(from, from + SPEC_BATCH);
          const lines = specs.map(() => ++position);
          await run({ kind: 'specs', specs, lines }, specs.length);
        }
      }
    } else {
      const ctx = readContext(taxonomy, options.now);
      if (source.paths.some((p) => isResumeDocumentFile(p))) {
        const threads = Math.max(1, options.workers || availableParallelism());
        documents = { reader: new ResumeDocumentReader(threads), window: threads * 2 };
      }
      for (let from = 0; from < source.paths.length; from += SPEC_BATCH) {
        const items = await readFiles(
          ctx,
          source.paths,
          from,
          Math.min(source.paths.length, from + SPEC_BATCH),
          documents,
          options.signal,
          options.digest,
        );
        throwIfAborted(options.signal);
        totals.add(local!.processItems(items));
        progress(items.length);
      }
    }
    await Promise.all(inFlight);
    throwIfAborted(options.signal);
  } catch (err) {
    if (options.signal?.aborted) throw new BatchAborted();
    throw err;
  } finally {
    await pool?.close();
    await documents?.reader.close();
  }

  const rankings = totals.merger.result().map((tally, p) => ({
    posting: postings[p],
    rows: explainRanking(taxonomy, postings[p], tally.rows),
    passed: tally.passed,
    qualified: tally.qualified,
  }));
  return {
    rankings,
    stats: {
      read: totals.read,
      scored: totals.scored,
      skipped: totals.skipped,
      skipCounts: totals.skipCounts,
      skips: totals.firstSkips(),
      unknownSkillCandidates: totals.unknownSkillCandidates,
      unknownSkillNames: [...totals.unknownSkillNames],
      workers: options.workers > 0 && source.kind !== 'files' ? options.workers : 0,
      elapsedMs: Date.now() - started,
    },
  };
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { WorkerJobInput, WorkerOutcome, WorkerSetup } from './worker-protocol';

/** Batches in flight per worker: one being scored, one waiting, so no worker idles between batches. */
const DEPTH = 2;
/**
 * A bounded young generation: each batch makes tens of megabytes of short-lived parsed JSON;
 * 16 MB keeps peak memory (all threads) well under 512 MB at the same speed as larger settings.
 */
const YOUNG_GENERATION_MB = 16;

/** The worker script: compiled JavaScript, or the TypeScript source under ts-node (tests). */
function workerScript(): { file: string; execArgv: string[] } {
  const js = join(__dirname, 'score-worker.js');
  if (existsSync(js)) return { file: js, execArgv: [] };
  return { file: join(__dirname, 'score-worker.ts'), execArgv: ['--require', 'ts-node/register/transpile-only'] };
}

/**
 * A fixed set of batch worker threads (piscina running score-worker.ts) fed with batches. `ready`
 * waits until fewer than two batches per thread are in flight, which is what keeps the reader from
 * running ahead of the scoring (and memory flat). The first failure stops the run: every later call
 * rejects with it.
 */
export class WorkerPool<T extends WorkerOutcome> {
  private readonly pool: Piscina<WorkerJobInput, T>;
  private readonly waiters: (() => void)[] = [];
  private inFlight = 0;
  private failure: Error | null = null;

  constructor(
    setup: WorkerSetup,
    readonly size: number,
  ) {
    const { file, execArgv } = workerScript();
    this.pool = new Piscina<WorkerJobInput, T>({
      filename: file,
      name: 'runBatch',
      execArgv,
      workerData: setup,
      minThreads: size,
      maxThreads: size,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    this.pool.on('error', (err: Error) => this.fail(err));
  }

  /** Resolves once some worker can take another batch. */
  async ready(): Promise<void> {
    while (this.failure === null && this.inFlight >= this.size * DEPTH) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Sends a batch (raw bytes are transferred, not copied) and resolves with its outcome. */
  submit(job: WorkerJobInput): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    this.inFlight++;
    const transferList = job.kind === 'text' ? [job.bytes.buffer as ArrayBuffer] : [];
    return this.pool.run(job, { transferList }).then(
      (outcome) => {
        this.inFlight--;
        this.wake();
        return outcome;
      },
      (err: unknown) => {
        this.inFlight--;
        const failed = this.failure ?? new Error(`scoring worker failed: ${err instanceof Error ? err.stack : err}`);
        this.fail(failed);
        throw failed;
      },
    );
  }

  /** Stops every worker (also mid-batch: used on abort). */
  async close(): Promise<void> {
    this.fail(new Error('worker pool closed'));
    await this.pool.destroy();
  }

  private fail(err: Error): void {
    if (this.failure === null) this.failure = err;
    this.wake();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}

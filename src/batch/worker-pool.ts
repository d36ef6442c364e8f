// Not yet replaced, and not justified by a measurement: piscina 5 covers what this does (workerData for
// the setup, resourceLimits, transfer lists, a bounded queue with needsDrain/'drain' for backpressure).
// The swap needs score-worker.ts turned into a task function and the batch bench before and after.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerJobInput, WorkerOutcome, WorkerReply, WorkerSetup } from './worker-protocol';

/** Batches queued per worker: one being scored, one waiting, so no worker idles between batches. */
const DEPTH = 2;
/**
 * A bounded young generation: each batch makes tens of megabytes of short-lived parsed JSON;
 * 16 MB keeps peak memory (all threads) well under 512 MB at the same speed as larger settings.
 */
const YOUNG_GENERATION_MB = 16;

interface Pending {
  readonly resolve: (outcome: WorkerOutcome) => void;
  readonly reject: (err: Error) => void;
  readonly worker: number;
}

/** The worker script: compiled JavaScript, or the TypeScript source under ts-node (tests). */
function workerScript(): { file: string; execArgv: string[] } {
  const js = join(__dirname, 'score-worker.js');
  if (existsSync(js)) return { file: js, execArgv: [] };
  return { file: join(__dirname, 'score-worker.ts'), execArgv: ['--require', 'ts-node/register/transpile-only'] };
}

/**
 * A fixed set of batch worker threads (score-worker.ts) fed with batches. `submit` sends a batch to the least
 * busy worker; `ready` waits until one has room, which is what keeps the reader from running
 * ahead of the scoring (and memory flat).
 */
export class WorkerPool<T extends WorkerOutcome> {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly waiters: (() => void)[] = [];
  private failure: Error | null = null;
  private seq = 0;

  constructor(setup: WorkerSetup, size: number) {
    const { file, execArgv } = workerScript();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file, {
        workerData: setup,
        execArgv,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      worker.on('message', (reply: WorkerReply) => this.settle(reply));
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (code !== 0 && this.failure === null) this.fail(new Error(`worker thread stopped with code ${code}`));
      });
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Resolves once some worker can take another batch. */
  async ready(): Promise<void> {
    while (this.failure === null && Math.min(...this.load) >= DEPTH) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Sends a batch (raw bytes are transferred, not copied) and resolves with its outcome. */
  submit(job: WorkerJobInput): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const worker = this.load.indexOf(Math.min(...this.load));
    const seq = ++this.seq;
    const message: WorkerJob = { ...job, seq };
    this.load[worker]++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as (outcome: WorkerOutcome) => void, reject, worker });
      const transfer = message.kind === 'text' ? [message.bytes.buffer as ArrayBuffer] : [];
      this.workers[worker].postMessage(message, transfer);
    });
  }

  /** Stops every worker (also mid-batch: used on abort). */
  async close(): Promise<void> {
    const stopped = new Error('worker pool closed');
    if (this.failure === null) this.failure = stopped;
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
    for (const p of this.pending.values()) p.reject(stopped);
    this.pending.clear();
    this.wake();
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending.get(reply.seq);
    if (!pending) return;
    this.pending.delete(reply.seq);
    this.load[pending.worker]--;
    if ('error' in reply) {
      const err = new Error(`scoring worker failed: ${reply.error}`);
      pending.reject(err);
      this.fail(err);
    } else {
      pending.resolve(reply.outcome);
    }
    this.wake();
  }

  private fail(err: Error): void {
    if (this.failure === null) this.failure = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.wake();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}

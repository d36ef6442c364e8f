// Kept over piscina 5: a task is built before piscina's load balancer picks its thread, so the
// taxonomy (2,197 skills) would travel with every job instead of once per thread and change
// (slot.taxonomy below) unless we kept a side channel to its threads; its
// per-thread priority (niceIncrement) needs the optional native @napi-rs/nice, where ours calls
// os.setPriority(19) in the thread. Its queue bound (maxQueue) and abort-replaces-the-thread would fit.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import { ServiceBusyError, WorkTooLongError } from '../errors';
import type { OffloadJobs, OffloadKind, OffloadMessage, OffloadReply } from './offload-protocol';

export interface OffloadOptions {
  /** Worker threads (started on first use). */
  readonly threads: number;
  /** Jobs waiting for a thread beyond which new ones are refused with SERVICE_BUSY. */
  readonly maxQueued: number;
  /** A job running longer is stopped (its thread replaced) and refused. */
  readonly jobTimeoutMs: number;
}

/** The argument that makes each kind of work long, for the error that names it. */
const INPUT_OF: Record<OffloadKind, string> = {
  parsePosting: 'text',
  parsePostingDocument: 'document',
  normalizeSkills: 'names',
  gaps: 'limit',
};

interface Job {
  readonly kind: OffloadKind;
  readonly args: unknown;
  readonly taxonomy: Taxonomy;
  readonly resolve: (result: unknown) => void;
  readonly reject: (err: Error) => void;
}

interface Slot {
  worker: Worker | null;
  /** The thread has loaded its code: a job's time runs from then (loading is slow under ts-node). */
  ready: boolean;
  /** The taxonomy this thread holds: resent when the service's changes (a sync). */
  taxonomy: Taxonomy | null;
  job: (Job & { seq: number; timer: NodeJS.Timeout | null }) | null;
}

/** The worker script: compiled JavaScript, or the TypeScript source under ts-node (tests). */
function workerScript(): { file: string; execArgv: string[] } {
  const js = join(__dirname, 'offload-worker.js');
  if (existsSync(js)) return { file: js, execArgv: [] };
  return { file: join(__dirname, 'offload-worker.ts'), execArgv: ['--require', 'ts-node/register/transpile-only'] };
}

/**
 * Worker threads for pure work a request may make long (parsing posting text, suggesting
 * spellings, gap analysis), so that no request holds the event loop: `/healthz` and every other
 * request keep being served while it runs. The queue is bounded (SERVICE_BUSY past it) and each
 * job has a time limit, so a flood of expensive requests costs waiting callers a refusal, not
 * the service its memory or its other callers.
 */
export class OffloadPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private seq = 0;
  private closed = false;

  constructor(private readonly options: OffloadOptions) {
    this.slots = Array.from({ length: Math.max(1, options.threads) }, () => ({
      worker: null,
      ready: false,
      taxonomy: null,
      job: null,
    }));
  }

  /** Runs a job on a worker thread with this taxonomy. */
  run<K extends OffloadKind>(
    kind: K,
    args: OffloadJobs[K]['args'],
    taxonomy: Taxonomy,
  ): Promise<OffloadJobs[K]['result']> {
    if (this.closed) return Promise.reject(new Error('offload pool closed'));
    const idle = this.slots.find((s) => s.job === null);
    if (!idle && this.queue.length >= this.options.maxQueued) return Promise.reject(new ServiceBusyError());
    return new Promise<OffloadJobs[K]['result']>((resolve, reject) => {
      const job: Job = { kind, args, taxonomy, resolve: resolve as (r: unknown) => void, reject };
      if (idle) this.start(idle, job);
      else this.queue.push(job);
    });
  }

  /** Jobs waiting for a thread. */
  get queued(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('offload pool closed');
    for (const job of this.queue.splice(0)) job.reject(stopped);
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.job) {
          if (slot.job.timer) clearTimeout(slot.job.timer);
          slot.job.reject(stopped);
          slot.job = null;
        }
        const worker = slot.worker;
        slot.worker = null;
        await worker?.terminate();
      }),
    );
  }

  private start(slot: Slot, job: Job): void {
    const worker = slot.worker ?? this.spawn(slot);
    if (slot.taxonomy !== job.taxonomy) {
      const message: OffloadMessage = { type: 'taxonomy', version: job.taxonomy.version, skills: job.taxonomy.all() };
      worker.postMessage(message);
      slot.taxonomy = job.taxonomy;
    }
    const seq = ++this.seq;
    slot.job = { ...job, seq, timer: slot.ready ? this.timer(slot, seq) : null };
    const message: OffloadMessage = { type: 'job', seq, kind: job.kind, args: job.args };
    worker.postMessage(message);
  }

  private timer(slot: Slot, seq: number): NodeJS.Timeout {
    const timer = setTimeout(() => this.timeOut(slot, seq), this.options.jobTimeoutMs);
    timer.unref();
    return timer;
  }

  private spawn(slot: Slot): Worker {
    const { file, execArgv } = workerScript();
    const worker = new Worker(file, { execArgv });
    worker.unref();
    worker.on('message', (reply: OffloadReply) => this.settle(slot, reply));
    worker.on('error', (err) => this.lose(slot, worker, err));
    worker.on('exit', (code) => this.lose(slot, worker, new Error(`offload thread stopped with code ${code}`)));
    slot.worker = worker;
    slot.ready = false;
    slot.taxonomy = null;
    return worker;
  }

  private settle(slot: Slot, reply: OffloadReply): void {
    const job = slot.job;
    if ('ready' in reply) {
      slot.ready = true;
      if (job && job.timer === null) job.timer = this.timer(slot, job.seq);
      return;
    }
    if (!job || job.seq !== reply.seq) return;
    if (job.timer) clearTimeout(job.timer);
    slot.job = null;
    if ('error' in reply) job.reject(new Error(`offloaded ${job.kind} failed: ${reply.error}`));
    else job.resolve(reply.result);
    this.next(slot);
  }

  /** A job over its time: its thread is stopped (the only way to stop pure work) and replaced. */
  private timeOut(slot: Slot, seq: number): void {
    const job = slot.job;
    if (!job || job.seq !== seq) return;
    slot.job = null;
    const worker = slot.worker;
    slot.worker = null;
    slot.taxonomy = null;
    void worker?.terminate();
    job.reject(new WorkTooLongError(job.kind, this.options.jobTimeoutMs, INPUT_OF[job.kind]));
    this.next(slot);
  }

  private lose(slot: Slot, worker: Worker, err: Error): void {
    if (slot.worker !== worker) return;
    slot.worker = null;
    slot.taxonomy = null;
    const job = slot.job;
    slot.job = null;
    if (job) {
      if (job.timer) clearTimeout(job.timer);
      job.reject(err);
    }
    this.next(slot);
  }

  private next(slot: Slot): void {
    if (this.closed) return;
    const job = this.queue.shift();
    if (job) this.start(slot, job);
  }
}

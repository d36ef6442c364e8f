// Kept over piscina 5 for the reason offload-pool.ts gives: the taxonomy is sent to a thread once,
// when that thread holds an older one, which piscina's tasks (built before a thread is picked) cannot do.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import type { ResumeTextParse } from '../parsing/resume/text';
import { DocumentError } from './document-error';
import type { DocumentReply, DocumentRequest } from './document-protocol';

/** A document taking longer than this is refused and its worker replaced (a pathological PDF). */
const READ_TIMEOUT_MS = 20_000;
/** Heap per worker: a 4 MiB document never needs more; a malicious one stops here, not in the service. */
const WORKER_HEAP_MB = 256;

interface Slot {
  worker: Worker;
  taxonomyVersion: string | null;
  busy: number;
}

interface Pending {
  readonly resolve: (result: ResumeTextParse) => void;
  readonly reject: (err: Error) => void;
  readonly source: string;
  readonly slot: Slot;
  readonly timer: NodeJS.Timeout;
}

function workerScript(): { file: string; execArgv: string[] } {
  const js = join(__dirname, 'document-worker.js');
  if (existsSync(js)) return { file: js, execArgv: [] };
  return { file: join(__dirname, 'document-worker.ts'), execArgv: ['--require', 'ts-node/register/transpile-only'] };
}

/**
 * Reads résumé documents (PDF, DOCX, text) in worker threads, started on first use. `read`
 * sends the document to the least busy worker (with the taxonomy, when that worker has an older
 * one) and resolves with the parse, or rejects with a DocumentError naming the source.
 */
export class ResumeDocumentReader {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private closed = false;

  constructor(private readonly size: number) {}

  async read(
    bytes: Uint8Array,
    mediaType: string,
    source: string,
    taxonomy: Taxonomy,
    now: Date,
  ): Promise<ResumeTextParse> {
    if (this.closed) throw new Error('the document reader is closed');
    const slot = this.pick();
    if (slot.taxonomyVersion !== taxonomy.version) {
      slot.worker.postMessage({
        type: 'taxonomy',
        version: taxonomy.version,
        skills: taxonomy.all(),
      } satisfies DocumentRequest);
      slot.taxonomyVersion = taxonomy.version;
    }
    // A copy of its own, transferred: the caller's buffer may be a slice of a shared pool.
    const copy = new Uint8Array(bytes);
    const seq = ++this.seq;
    slot.busy++;
    return new Promise<ResumeTextParse>((resolve, reject) => {
      const timer = setTimeout(() => this.timeOut(seq), READ_TIMEOUT_MS);
      this.pending.set(seq, { resolve, reject, source, slot, timer });
      const message: DocumentRequest = { type: 'read', seq, bytes: copy, mediaType, source, now: now.toISOString() };
      slot.worker.postMessage(message, [copy.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
    this.failAll(new Error('the document reader is closed'));
  }

  private pick(): Slot {
    if (this.slots.length < this.size && this.slots.every((s) => s.busy > 0)) return this.spawn();
    return this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  private spawn(): Slot {
    const { file, execArgv } = workerScript();
    const worker = new Worker(file, { execArgv, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, taxonomyVersion: null, busy: 0 };
    worker.unref();
    worker.on('message', (reply: DocumentReply) => this.settle(reply));
    worker.on('error', (err) => this.lose(slot, err));
    worker.on('exit', (code) => {
      if (code !== 0) this.lose(slot, new Error(`document worker stopped with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  private settle(reply: DocumentReply): void {
    const pending = this.pending.get(reply.seq);
    if (pending === undefined) return;
    this.pending.delete(reply.seq);
    clearTimeout(pending.timer);
    pending.slot.busy--;
    if ('result' in reply) pending.resolve(reply.result);
    else if ('refused' in reply)
      pending.reject(new DocumentError(pending.source, reply.refused.kind, reply.refused.reason));
    else pending.reject(new Error(`${pending.source}: reading the document failed: ${reply.crashed}`));
  }

  /** A worker died (out of memory on a hostile document, or killed): its documents fail, a new one takes its place on demand. */
  private lose(slot: Slot, err: Error): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    for (const [seq, p] of this.pending) {
      if (p.slot !== slot) continue;
      this.pending.delete(seq);
      clearTimeout(p.timer);
      p.reject(new DocumentError(p.source, 'CORRUPT', `the document could not be read (${err.message})`));
    }
  }

  private timeOut(seq: number): void {
    const pending = this.pending.get(seq);
    if (pending === undefined) return;
    void pending.slot.worker.terminate();
    this.lose(pending.slot, new Error(`took longer than ${READ_TIMEOUT_MS / 1000} s`));
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
  }
}

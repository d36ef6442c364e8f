import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { suggestGaps } from '../../domain/matching/gap-analysis';
import { Taxonomy } from '../../domain/taxonomy/taxonomy';
import { PostingDocumentError, parsePostingDocument, parsePostingInAnyForm, readPostingBytes } from '../../ingestion';
import type { OffloadJobs, OffloadKind, OffloadMessage, OffloadReply } from './offload-protocol';

type Handlers = {
  [K in OffloadKind]: (
    taxonomy: Taxonomy,
    args: OffloadJobs[K]['args'],
  ) => OffloadJobs[K]['result'] | Promise<OffloadJobs[K]['result']>;
};

const handlers: Handlers = {
  parsePosting: (taxonomy, { text }) => parsePostingInAnyForm(text, taxonomy),
  parsePostingDocument: async (taxonomy, { bytes, source }) => {
    try {
      return parsePostingDocument(await readPostingBytes(bytes, source), taxonomy);
    } catch (err) {
      if (err instanceof PostingDocumentError) return { refused: err.message };
      throw err;
    }
  },
  normalizeSkills: (taxonomy, { names }) =>
    names.map((input) => {
      const skill = taxonomy.resolve(input);
      return {
        input,
        skillId: skill?.id ?? null,
        suggestions: skill ? [] : taxonomy.suggest(input, 3).map((s) => s.name),
      };
    }),
  gaps: (taxonomy, { posting, candidate, limit, weights }) => suggestGaps(taxonomy, posting, candidate, limit, weights),
};

/** A worker thread of the offload pool: the taxonomy it is sent, then one job at a time. */
function main(): void {
  // On Linux the nice value is per thread: this thread yields the core to the event loop, so
  // expensive work queued here cannot slow /healthz or the cheap requests. Elsewhere it may fail.
  try {
    setPriority(19);
  } catch {
    // not permitted here: the work still runs, at normal priority
  }
  let taxonomy = Taxonomy.fromDefs('empty', []);
  parentPort!.on('message', async (message: OffloadMessage) => {
    if (message.type === 'taxonomy') {
      taxonomy = Taxonomy.fromDefs(message.version, message.skills);
      return;
    }
    let reply: OffloadReply;
    try {
      const handle = handlers[message.kind] as (t: Taxonomy, args: unknown) => unknown;
      reply = { seq: message.seq, result: await handle(taxonomy, message.args) };
    } catch (err) {
      reply = { seq: message.seq, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    parentPort!.postMessage(reply);
  });
  parentPort!.postMessage({ seq: 0, ready: true } satisfies OffloadReply);
}

main();

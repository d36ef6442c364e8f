import { parentPort, workerData } from 'node:worker_threads';
import { Taxonomy } from '../domain/taxonomy/taxonomy';
import { ChunkProcessor } from './chunk-processor';
import { readResumeLines } from './resume-lines';
import type { WorkerJob, WorkerOutcome, WorkerReply, WorkerSetup } from './worker-protocol';

/**
 * A batch worker thread: builds the taxonomy (and, for scoring, compiles the postings) once,
 * then handles the batches it is sent and replies with each batch's outcome.
 */
function main(): void {
  const setup = workerData as WorkerSetup;
  const taxonomy = Taxonomy.fromDefs(setup.taxonomyVersion, setup.skills);
  const now = new Date(setup.now);
  let handle: (job: WorkerJob) => WorkerOutcome;
  if (setup.task === 'score') {
    const processor = new ChunkProcessor(taxonomy, setup.postings, setup.options, now);
    handle = (job) =>
      job.kind === 'text'
        ? processor.processText(job.firstLine, job.bytes)
        : processor.processSpecs(job.specs, job.lines);
  } else {
    handle = (job) => {
      if (job.kind !== 'text') throw new Error('read-resumes takes text batches');
      return readResumeLines(taxonomy, now, job.firstLine, job.bytes);
    };
  }
  parentPort!.on('message', (job: WorkerJob) => {
    let reply: WorkerReply;
    try {
      reply = { seq: job.seq, outcome: handle(job) };
    } catch (err) {
      reply = { seq: job.seq, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    parentPort!.postMessage(reply);
  });
}

main();

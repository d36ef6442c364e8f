import { workerData } from 'piscina';
import { Taxonomy } from '../domain/taxonomy/taxonomy';
import { ChunkProcessor } from './chunk-processor';
import { readResumeLines } from './resume-lines';
import type { WorkerJobInput, WorkerOutcome, WorkerSetup } from './worker-protocol';

/**
 * The batch worker thread's task (run by piscina, see worker-pool.ts): the taxonomy is built (and,
 * for scoring, the postings compiled) once per thread when piscina loads this module, then each
 * batch it is handed is scored or read and its outcome returned.
 */
function handlerFor(setup: WorkerSetup): (job: WorkerJobInput) => WorkerOutcome {
  const taxonomy = Taxonomy.fromDefs(setup.taxonomyVersion, setup.skills);
  const now = new Date(setup.now);
  if (setup.task === 'score') {
    const processor = new ChunkProcessor(taxonomy, setup.postings, setup.options, now);
    return (job) =>
      job.kind === 'text'
        ? processor.processText(job.firstLine, job.bytes)
        : processor.processSpecs(job.specs, job.lines);
  }
  return (job) => {
    if (job.kind !== 'text') throw new Error('read-resumes takes text batches');
    return readResumeLines(taxonomy, now, job.firstLine, job.bytes);
  };
}

const handle = handlerFor(workerData as WorkerSetup);

export function runBatch(job: WorkerJobInput): WorkerOutcome {
  return handle(job);
}

import { WorkerPool } from '../../src/batch/worker-pool';
import type { ResumeLinesOutcome } from '../../src/batch/resume-lines';
import type { WorkerSetup } from '../../src/batch/worker-protocol';

const setup: WorkerSetup = { task: 'read-resumes', taxonomyVersion: 'test', skills: [], now: '2026-01-01T00:00:00Z' };
const lines = (text: string) => ({ kind: 'text' as const, firstLine: 1, bytes: new TextEncoder().encode(text) });

describe('WorkerPool', () => {
  it('returns each batch read in a worker thread', async () => {
    const pool = new WorkerPool<ResumeLinesOutcome>(setup, 2);
    try {
      const outcomes = await Promise.all([
        pool.submit(lines('{"basics":{"name":"Ada"}}\n')),
        pool.submit(lines('{"basics":{"name":"Bo"}}\n{"basics":{"name":"Cy"}}\n')),
      ]);
      expect(outcomes.map((o) => o.count)).toEqual([1, 2]);
    } finally {
      await pool.close();
    }
  });

  it('stops at the first failed batch: it names the error, and every later call rejects with it', async () => {
    const pool = new WorkerPool<ResumeLinesOutcome>(setup, 1);
    try {
      await expect(pool.submit({ kind: 'specs', specs: [], lines: [] })).rejects.toThrow(
        /scoring worker failed: .*read-resumes takes text batches/,
      );
      await expect(pool.ready()).rejects.toThrow(/read-resumes takes text batches/);
      await expect(pool.submit(lines('{"basics":{"name":"Ada"}}\n'))).rejects.toThrow(
        /read-resumes takes text batches/,
      );
    } finally {
      await pool.close();
    }
  });
});

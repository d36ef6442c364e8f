import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** A write waiting for its turn, and its caller. */
interface Job {
  readonly work: (manager: EntityManager) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (err: unknown) => void;
}

/**
 * Runs write transactions. TypeORM's SQLite driver sends every query through one shared
 * connection, so two overlapping transactions collide ("cannot start a transaction within a
 * transaction"); on SQLite they are queued here. The writes that queue up while one commit is on
 * its way to disk go in the next commit together (group commit), each in its own savepoint: each
 * is still all or nothing and fails alone, every caller hears back only once its write is durable,
 * and a burst of writes (audit records, a candidate created, another updated) costs one disk sync
 * instead of one each. PostgreSQL gives each transaction its own connection and needs no queue.
 */
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();
  private pending: Job[] = [];
  private readonly serialize: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.serialize = dataSource.options.type === 'sqlite';
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialize) return this.dataSource.transaction(work);
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      // The first write of a group schedules it; the rest join it until it starts.
      if (this.pending.length === 1) this.tail = this.tail.then(() => this.commitGroup());
    });
  }

  /**
   * Runs `work` outside any transaction, with no write transaction in flight on SQLite's shared
   * connection (for statements that cannot run inside one, like a WAL checkpoint).
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (!this.serialize) return work();
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Runs the queued writes in one transaction, a savepoint each; never rejects. */
  private async commitGroup(): Promise<void> {
    const jobs = this.pending;
    this.pending = [];
    const runner = this.dataSource.createQueryRunner();
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      await runner.startTransaction();
      for (const job of jobs) outcomes.push(await runOne(runner, job));
      await runner.commitTransaction();
    } catch (err) {
      // The transaction itself failed (begin, commit, or a savepoint could not be undone): nothing
      // of the group is stored, and every caller hears it.
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release().catch(() => undefined);
      for (const job of jobs) job.reject(err);
      return;
    }
    await runner.release().catch(() => undefined);
    jobs.forEach((job, i) => (outcomes[i].ok ? job.resolve(outcomes[i].value) : job.reject(outcomes[i].value)));
  }
}

/** One write in its own savepoint: its failure undoes it alone. */
async function runOne(runner: QueryRunner, job: Job): Promise<{ ok: boolean; value: unknown }> {
  await runner.query('SAVEPOINT write_lock_job');
  try {
    const value = await job.work(runner.manager);
    await runner.query('RELEASE write_lock_job');
    return { ok: true, value };
  } catch (err) {
    // A failure to roll back to the savepoint propagates: the whole group fails.
    await runner.query('ROLLBACK TO write_lock_job');
    await runner.query('RELEASE write_lock_job');
    return { ok: false, value: err };
  }
}

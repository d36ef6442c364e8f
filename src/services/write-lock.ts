import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs write transactions. TypeORM's SQLite driver sends every query through one shared
 * connection, so two overlapping transactions collide ("cannot start a transaction within a
 * transaction"); on SQLite they are queued here, one at a time. PostgreSQL gives each transaction
 * its own connection and needs no queue.
 */
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serialize: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.serialize = dataSource.options.type === 'sqlite';
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialize) return this.dataSource.transaction(work);
    const run = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = run.catch(() => undefined);
    return run;
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
}

import type { DataSource } from 'typeorm';

/** One key for every skillmatch process on a PostgreSQL database (an arbitrary constant). */
const STARTUP_LOCK_KEY = 7_214_330_551;

/**
 * Runs the start-up writes (migrations, first admin key, taxonomy sync, seed) of one process at a
 * time. Several service processes started together on an empty PostgreSQL database would
 * otherwise each migrate and seed it. A session-level advisory lock on its own connection; on
 * SQLite, where one process owns the file, there is nothing to coordinate.
 */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'postgres') return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

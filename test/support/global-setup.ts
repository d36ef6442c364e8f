import { Client } from 'pg';
import { PG_URL } from './databases';

/**
 * Finds out once whether PostgreSQL is reachable. Without it a developer's `npm test` skips the
 * PostgreSQL suite with one line; with SKILLMATCH_REQUIRE_PG=1 (CI) it is a failure.
 */
export default async function globalSetup(): Promise<void> {
  const client = new Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    process.env.SKILLMATCH_PG_AVAILABLE = '1';
  } catch (err) {
    process.env.SKILLMATCH_PG_AVAILABLE = '0';
    const why = err instanceof Error ? err.message : String(err);
    if (process.env.SKILLMATCH_REQUIRE_PG === '1') {
      throw new Error(`PostgreSQL is required (SKILLMATCH_REQUIRE_PG=1) but ${PG_URL} is unreachable: ${why}`, {
        cause: err,
      });
    }
    console.log(
      `\nPostgreSQL not reachable at ${PG_URL} (${why}): skipping the PostgreSQL tests; SQLite tests still run.\n`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

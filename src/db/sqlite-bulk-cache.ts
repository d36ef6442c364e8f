import type { EntityManager } from 'typeorm';

/** SQLite's page cache for a bulk import, in KiB. */
const BULK_CACHE_KIB = 65_536;

/**
 * Gives this SQLite connection a page cache big enough for a bulk import (a no-op on
 * PostgreSQL). Foreign-key and index lookups of a bulk insert thrash SQLite's default 2 MB page
 * cache (a 100,000-candidate import runs 2.5x slower); the connection keeps the larger cache.
 */
export async function raiseBulkCache(m: EntityManager): Promise<void> {
  if (m.connection.options.type === 'sqlite') await m.query(`PRAGMA cache_size = -${BULK_CACHE_KIB}`);
}

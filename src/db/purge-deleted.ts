import type { DataSource } from 'typeorm';

/**
 * Makes deleted rows unreadable from the database's files now rather than at some later
 * maintenance. SQLite (secure_delete is on, see openDataSource): the deleting transaction wrote
 * zeroed pages, but older images of those pages stay in the WAL until a checkpoint; a TRUNCATE
 * checkpoint copies the zeroed pages home and empties the WAL. PostgreSQL: a DELETE leaves dead
 * tuples in the heap and indexes until VACUUM reclaims them; this runs it on the given tables
 * (cheap: the visibility map lets it skip every page untouched since the last vacuum).
 * Call it outside any transaction.
 */
export async function purgeDeletedRows(dataSource: DataSource, tables: readonly string[]): Promise<void> {
  if (dataSource.options.type === 'sqlite') {
    await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  } else {
    await dataSource.query(`VACUUM ${tables.map((t) => `"${t}"`).join(', ')}`);
  }
}

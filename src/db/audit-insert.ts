import type { DataSource } from 'typeorm';
import { AuditRecordEntity } from '../entities/audit-record.entity';
import { insertRows } from './insert-rows';

/** The columns an audit record is written with (all but the generated id). */
const COLUMNS = [
  'at',
  'actor',
  'keyId',
  'operation',
  'postingId',
  'postingHash',
  'candidateCount',
  'modelVersion',
  'taxonomyVersion',
  'weights',
  'inputHash',
  'requestId',
] as const satisfies readonly (keyof AuditRecordEntity)[];

/** Records in one statement at most: insertRows binds up to 30,000 values, 12 a record. */
export const AUDIT_ROWS_PER_STATEMENT = 2000;

/**
 * Appends audit records with one multi-row INSERT, to be run outside any transaction: the
 * statement commits on its own, all of its rows or none, in one round trip to the database and
 * one disk sync (a transaction around it costs five round trips: BEGIN, SAVEPOINT, INSERT,
 * RELEASE, COMMIT, each waiting for the event loop to come round). On SQLite the caller runs it
 * while no write transaction holds the shared connection (WriteLock.exclusive).
 */
export async function insertAuditRecords(
  dataSource: DataSource,
  rows: readonly Omit<AuditRecordEntity, 'id'>[],
): Promise<void> {
  if (rows.length === 0) return;
  if (rows.length > AUDIT_ROWS_PER_STATEMENT)
    throw new Error(`at most ${AUDIT_ROWS_PER_STATEMENT} audit records in one statement`);
  // Values as the ORM would write them (a Date is a UTC text on SQLite, a timestamp on PostgreSQL).
  const metadata = dataSource.getMetadata(AuditRecordEntity);
  const columns = COLUMNS.map((name) => metadata.findColumnWithPropertyName(name)!);
  const values: unknown[] = [];
  for (const row of rows)
    for (const column of columns)
      values.push(dataSource.driver.preparePersistentValue(row[column.propertyName as keyof typeof row], column));
  await insertRows(dataSource.manager, 'audit_record', COLUMNS, values);
}

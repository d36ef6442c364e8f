import type { EntityManager } from 'typeorm';

/** Bound parameters per statement: under SQLite's limit (32,766) and PostgreSQL's (65,535). */
const MAX_BOUND_PARAMETERS = 30_000;
/** Rows per statement: big enough to amortize a round trip, small enough to keep each SQL text modest. */
const MAX_ROWS_PER_STATEMENT = 10_000;

/** Text that can only be a plain word (vocabulary values: ADVANCED, COMPLETED): safe to write as a literal. */
const PLAIN_WORD = /^[A-Z][A-Z_]{0,39}$/;

/**
 * Inserts rows (`values` row after row, `columns.length` values per row) with multi-row INSERT
 * statements in raw SQL: for bulk writes the query builder's per-value bookkeeping costs more
 * than the database does. Whole numbers, nulls and plain vocabulary words are written as SQL
 * literals (they cannot carry a quote, so this is safe, and binding each of a million values is
 * the slowest part of the sqlite3 driver); every other value is a bound parameter, at most
 * MAX_BOUND_PARAMETERS per statement. With `returning`, gives the new ids in input order
 * (PostgreSQL: RETURNING; SQLite: the last rowid, since one writer inside a transaction gets
 * consecutive rowids).
 */
export async function insertRows(
  m: EntityManager,
  table: string,
  columns: readonly string[],
  values: readonly unknown[],
  returning = false,
): Promise<number[]> {
  const postgres = m.connection.options.type === 'postgres';
  const width = columns.length;
  const rowCount = values.length / width;
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  const ids: number[] = [];
  let row = 0;
  while (row < rowCount) {
    const first = row;
    const params: unknown[] = [];
    let sql = head;
    while (row < rowCount && row - first < MAX_ROWS_PER_STATEMENT && params.length + width <= MAX_BOUND_PARAMETERS) {
      sql += row === first ? '(' : ', (';
      for (let c = 0; c < width; c++) {
        const value = values[row * width + c];
        if (c > 0) sql += ', ';
        if (value === null || value === undefined) sql += 'NULL';
        else if (typeof value === 'number' && Number.isSafeInteger(value)) sql += value;
        else if (typeof value === 'string' && PLAIN_WORD.test(value)) sql += `'${value}'`;
        else {
          params.push(value);
          sql += postgres ? `$${params.length}` : '?';
        }
      }
      sql += ')';
      row++;
    }
    if (!returning) {
      await m.query(sql, params);
    } else if (postgres) {
      const result = (await m.query(`${sql} RETURNING "id"`, params)) as { id: number | string }[];
      for (const r of result) ids.push(Number(r.id));
    } else {
      const last = Number(await m.query(sql, params));
      for (let k = row - first - 1; k >= 0; k--) ids.push(last - k);
    }
  }
  return ids;
}

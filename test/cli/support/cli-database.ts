/** Reads and writes of the CLI's SQLite database, for the command-line tests. */
import sqlite3 from 'sqlite3';

export function auditRows(dbPath: string): Promise<
  {
    actor: string;
    operation: string;
    postingId: number | null;
    postingHash: string | null;
    candidateCount: number;
    inputHash: string;
  }[]
> {
  const db = new sqlite3.Database(dbPath);
  return new Promise((resolve, reject) =>
    db.all(`SELECT * FROM audit_record WHERE operation = 'score' ORDER BY id`, (err: Error | null, rows: never[]) => {
      db.close();
      if (err) reject(err);
      else resolve(rows);
    }),
  );
}

export function count(dbPath: string, table: string): Promise<number> {
  const db = new sqlite3.Database(dbPath);
  return new Promise((resolve, reject) =>
    db.get(`SELECT COUNT(*) AS n FROM "${table}"`, (err: Error | null, row: { n: number }) => {
      db.close();
      if (err) reject(err);
      else resolve(row.n);
    }),
  );
}

export function exec(dbPath: string, sql: string): Promise<void> {
  const db = new sqlite3.Database(dbPath);
  return new Promise((resolve, reject) =>
    db.exec(sql, (err: Error | null) => {
      db.close();
      if (err) reject(err);
      else resolve();
    }),
  );
}

import { createApp } from '../../src/app';
import { testDatabases } from '../support/databases';
import { testConfig } from '../support/test-app';

describe('SQLite as the service opens it', () => {
  it('runs in WAL mode with a busy timeout, foreign keys enforced, secure delete and full sync', async () => {
    const db = await testDatabases()[0].create();
    const app = await createApp(testConfig(db.config));
    try {
      const q = (sql: string) => app.dataSource.query(sql) as Promise<Record<string, unknown>[]>;
      expect(await q('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await q('PRAGMA busy_timeout')).toEqual([{ timeout: 5000 }]);
      expect(await q('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
      // Deleted rows are overwritten, not just unlinked; a commit is on disk when it returns.
      expect(await q('PRAGMA secure_delete')).toEqual([{ secure_delete: 1 }]);
      expect(await q('PRAGMA synchronous')).toEqual([{ synchronous: 2 }]);
      // Enforced, not just declared: a skill row for a candidate that does not exist is refused.
      await expect(
        q('INSERT INTO candidate_skill ("candidateId", "skillId", months) VALUES (999999, 1, 3)'),
      ).rejects.toThrow(/FOREIGN KEY constraint failed/);
      expect(await q('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    } finally {
      await app.close();
      await db.drop();
    }
  });
});

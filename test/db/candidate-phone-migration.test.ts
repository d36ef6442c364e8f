import { openDataSource } from '../../src/db/data-source';
import { MIGRATIONS } from '../../src/db/migrations';
import { testDatabases } from '../support/databases';

describe.each(testDatabases())('the candidate phone migration on $kind', (db) => {
  it('adds and drops the column in place: stored candidates keep their skills and education', async () => {
    const { config, drop } = await db.create();
    const ds = await openDataSource(config);
    try {
      await ds.runMigrations({ transaction: 'each' });
      // Back to just before it (and whatever came after it).
      const undo = MIGRATIONS.length - MIGRATIONS.findIndex((m) => m.name.startsWith('CandidatePhone'));
      expect(undo).toBeLessThanOrEqual(MIGRATIONS.length);
      for (let i = 0; i < undo; i++) await ds.undoLastMigration({ transaction: 'each' });

      await ds.query(`INSERT INTO "skill" ("slug", "name", "category") VALUES ('go', 'Go', 'LANGUAGE')`);
      await ds.query(`INSERT INTO "candidate" ("name", "email") VALUES ('Mia Grate', 'mia@example.org')`);
      await ds.query(`INSERT INTO "candidate_skill" ("candidateId", "skillId", "months") VALUES (1, 1, 24)`);
      await ds.query(
        `INSERT INTO "candidate_education" ("candidateId", "position", "level", "status") VALUES (1, 0, 'MASTER', 'COMPLETED')`,
      );
      const children = async () => [
        Number((await ds.query('SELECT COUNT(*) AS n FROM "candidate_skill"'))[0].n),
        Number((await ds.query('SELECT COUNT(*) AS n FROM "candidate_education"'))[0].n),
      ];

      await ds.runMigrations({ transaction: 'each' });
      expect(await ds.query('SELECT "name", "phone" FROM "candidate"')).toEqual([{ name: 'Mia Grate', phone: null }]);
      expect(await children()).toEqual([1, 1]);
      await ds.query(`UPDATE "candidate" SET "phone" = '+1 555 010 2030'`);

      for (let i = 0; i < undo; i++) await ds.undoLastMigration({ transaction: 'each' });
      expect(await ds.query('SELECT "name", "email" FROM "candidate"')).toEqual([
        { name: 'Mia Grate', email: 'mia@example.org' },
      ]);
      expect(await children()).toEqual([1, 1]);
    } finally {
      await ds.destroy();
      await drop();
    }
  });
});

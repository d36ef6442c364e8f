import { openDataSource } from '../../src/db/data-source';
import { MIGRATIONS } from '../../src/db/migrations';
import { testDatabases } from '../support/databases';

describe.each(testDatabases())('the requirement_group.assessable migration on $kind', (db) => {
  it('keeps every group and its skills, marks existing groups assessable, and undoes without loss', async () => {
    const { config, drop } = await db.create();
    const ds = await openDataSource(config);
    try {
      await ds.runMigrations({ transaction: 'each' });
      // Back to just before it, and whatever came after it.
      const undo = MIGRATIONS.length - MIGRATIONS.findIndex((m) => m.name === 'RequirementAssessable1796305619343');
      expect(undo).toBeLessThanOrEqual(MIGRATIONS.length);
      for (let i = 0; i < undo; i++) await ds.undoLastMigration({ transaction: 'each' });
      await ds.query(
        `INSERT INTO "posting" ("title", "employmentType", "locations", "description") VALUES ('Intern', 'INTERN', '[]', '')`,
      );
      await ds.query(`INSERT INTO "skill" ("slug", "name", "category") VALUES ('go', 'Go', 'LANGUAGE')`);
      await ds.query(
        `INSERT INTO "requirement_group" ("postingId", "position", "importance", "category", "label") VALUES (1, 0, 'REQUIRED', 'LANGUAGE', 'Go')`,
      );
      await ds.query(`INSERT INTO "requirement_skill" ("groupId", "skillId", "position") VALUES (1, 1, 0)`);

      await ds.runMigrations({ transaction: 'each' });
      const groups = await ds.query('SELECT "id", "assessable" FROM "requirement_group"');
      expect(groups.map((g: { id: number; assessable: unknown }) => [g.id, Boolean(g.assessable)])).toEqual([
        [1, true],
      ]);
      expect(Number((await ds.query('SELECT COUNT(*) AS n FROM "requirement_skill"'))[0].n)).toBe(1);
      await ds.query(`UPDATE "requirement_group" SET "assessable" = ${db.kind === 'postgres' ? 'false' : '0'}`);

      for (let i = 0; i < undo; i++) await ds.undoLastMigration({ transaction: 'each' });
      expect(Number((await ds.query('SELECT COUNT(*) AS n FROM "requirement_group"'))[0].n)).toBe(1);
      expect(Number((await ds.query('SELECT COUNT(*) AS n FROM "requirement_skill"'))[0].n)).toBe(1);
      const runner = ds.createQueryRunner();
      expect((await runner.getTable('requirement_group'))!.findColumnByName('assessable')).toBeUndefined();
      await runner.release();
    } finally {
      await ds.destroy();
      await drop();
    }
  });
});

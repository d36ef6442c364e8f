import { openDataSource } from '../../src/db/data-source';
import { testDatabases } from '../support/databases';

/** The migration that adds skill kinds and sources keeps every stored skill, link and candidate skill. */
describe.each(testDatabases())('skill kind and sources migration on $kind', (db) => {
  it('keeps skills, aliases, relations and the rows pointing at skills, up and down', async () => {
    const { config, drop } = await db.create();
    const ds = await openDataSource(config);
    try {
      await ds.runMigrations({ transaction: 'each' });
      await ds.undoLastMigration({ transaction: 'each' });
      // Rows as a database before this migration holds them.
      await ds.query(`INSERT INTO "skill" ("slug", "name", "category") VALUES ('mysql', 'MySQL', 'DATABASE')`);
      await ds.query(
        `INSERT INTO "skill" ("slug", "name", "category") VALUES ('postgresql', 'PostgreSQL', 'DATABASE')`,
      );
      await ds.query(`INSERT INTO "skill_alias" ("skillId", "alias") VALUES (2, 'Postgres')`);
      await ds.query(`INSERT INTO "skill_broader" ("skillId", "broaderId") VALUES (1, 2)`);
      await ds.query(`INSERT INTO "skill_relation" ("skillId", "relatedId", "similarity") VALUES (1, 2, 0.7)`);
      const before = await counts(ds);

      await ds.runMigrations({ transaction: 'each' });
      expect(await counts(ds)).toEqual(before);
      const skills = await ds.query(`SELECT "slug", "kind", "source" FROM "skill" ORDER BY "id"`);
      expect(skills).toEqual([
        { slug: 'mysql', kind: 'TECHNICAL', source: null },
        { slug: 'postgresql', kind: 'TECHNICAL', source: null },
      ]);
      await ds.query(
        `UPDATE "skill_relation" SET "reason" = 'Both are SQL servers', "source" = 'curated' WHERE "skillId" = 1`,
      );
      expect(await ds.query(`SELECT "similarity", "reason", "source" FROM "skill_relation"`)).toEqual([
        { similarity: 0.7, reason: 'Both are SQL servers', source: 'curated' },
      ]);

      await ds.undoLastMigration({ transaction: 'each' });
      expect(await counts(ds)).toEqual(before);
    } finally {
      await ds.destroy();
      await drop();
    }
  });
});

async function counts(ds: Awaited<ReturnType<typeof openDataSource>>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['skill', 'skill_alias', 'skill_broader', 'skill_relation']) {
    const [row] = (await ds.query(`SELECT COUNT(*) AS "n" FROM "${table}"`)) as { n: string | number }[];
    out[table] = Number(row.n);
  }
  return out;
}

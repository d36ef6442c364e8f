import { openDataSource } from '../../src/db/data-source';
import { MIGRATIONS } from '../../src/db/migrations';
import { testDatabases } from '../support/databases';

describe.each(testDatabases())('migrations on $kind', (db) => {
  it('build exactly the schema the entities describe, and undo cleanly', async () => {
    const { config, drop } = await db.create();
    const ds = await openDataSource(config);
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(MIGRATIONS.length);

      // The entities have not drifted from the migrations: nothing left to change.
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);

      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      const runner = ds.createQueryRunner();
      const left = [];
      for (const table of ds.entityMetadatas.map((m) => m.tableName))
        if (await runner.hasTable(table)) left.push(table);
      await runner.release();
      expect(left).toEqual([]);

      // And up again from nothing.
      expect(await ds.runMigrations({ transaction: 'each' })).toHaveLength(MIGRATIONS.length);
    } finally {
      await ds.destroy();
      await drop();
    }
  });
});

import { DataSource } from 'typeorm';
import { WriteLock } from '../../src/services/write-lock';

/**
 * On SQLite the writes that queue up together are committed together, each in its own savepoint:
 * one that fails leaves no trace and takes no other write down with it.
 */
describe('WriteLock on SQLite (group commit)', () => {
  let ds: DataSource;
  let lock: WriteLock;
  const rows = async () => ((await ds.query('SELECT x FROM t ORDER BY x')) as { x: number }[]).map((r) => r.x);

  beforeEach(async () => {
    ds = new DataSource({ type: 'sqlite', database: ':memory:' });
    await ds.initialize();
    await ds.query('CREATE TABLE t (x INTEGER PRIMARY KEY)');
    lock = new WriteLock(ds);
  });
  afterEach(() => ds.destroy());

  it('commits the writes queued together, and a failed one alone is undone', async () => {
    let begins = 0;
    const start = ds.createQueryRunner().startTransaction.bind(ds.createQueryRunner());
    ds.createQueryRunner().startTransaction = async (...args) => {
      begins++;
      return start(...args);
    };
    const results = await Promise.allSettled([
      lock.transaction(async (m) => {
        await m.query('INSERT INTO t (x) VALUES (1)');
        return 'one';
      }),
      lock.transaction(async (m) => {
        await m.query('INSERT INTO t (x) VALUES (2)');
        await m.query('INSERT INTO t (x) VALUES (1)'); // duplicate key: this write fails
      }),
      lock.transaction(async (m) => {
        await m.query('INSERT INTO t (x) VALUES (3)');
        await m.query('INSERT INTO t (x) VALUES (4)');
        return 'three';
      }),
      lock.transaction(async () => {
        throw new Error('refused before writing');
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect(results[0]).toMatchObject({ value: 'one' });
    expect(results[2]).toMatchObject({ value: 'three' });
    expect(await rows()).toEqual([1, 3, 4]);
    expect(begins).toBe(1);
  });

  it('runs exclusive work after the writes queued before it, outside any transaction', async () => {
    const order: string[] = [];
    const write = lock.transaction(async (m) => {
      await m.query('INSERT INTO t (x) VALUES (7)');
      order.push('write');
    });
    const exclusive = lock.exclusive(async () => {
      order.push(ds.createQueryRunner().isTransactionActive ? 'exclusive in a transaction' : 'exclusive');
    });
    const later = lock.transaction(async () => {
      order.push('later');
    });
    await Promise.all([write, exclusive, later]);
    // A write asked for later may join the group still waiting to start; never one in flight.
    expect(order).toContain('exclusive');
    expect(order.indexOf('exclusive')).toBeGreaterThan(order.indexOf('write'));
    expect(order).toHaveLength(3);
    expect(await rows()).toEqual([7]);
  });
});

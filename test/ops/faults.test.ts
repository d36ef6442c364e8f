import { concurrentMutations } from '../../scripts/faults/concurrent-mutations';
import { prepareSqliteDatabase, type SqliteFixture } from '../../scripts/faults/fixtures';
import { killMidImport } from '../../scripts/faults/kill-import';
import { type ScenarioResult, formatResult } from '../../scripts/faults/scenario';
import { sigtermDeadline, sigtermDrains } from '../../scripts/faults/sigterm-drain';
import { startHttpServer } from '../../src/http/server';
import { testDatabases } from '../support/databases';
import { startTestApp } from '../support/test-app';
import { capturingLogger } from '../support/capturing-logger';

/** Every check of the scenario held; on failure jest shows the PASS/FAIL lines. */
function expectHeld(result: ScenarioResult): void {
  expect(formatResult(result)).not.toMatch(/^FAIL/m);
  expect(result.passed).toBe(true);
}

describe.each(testDatabases())('1,000 concurrent mutations over 50 connections on $kind', (db) => {
  it('all commit: none lost, no lock error reaches a client or the log', async () => {
    const t = await startTestApp(db, { nodeEnv: 'production' });
    const { logger, lines: logs } = capturingLogger();
    const server = await startHttpServer(t.app, logger);
    try {
      const result = await concurrentMutations(
        { url: server.url, adminKey: t.keys.ADMIN.key, logs: () => logs },
        1000,
        50,
      );
      expectHeld(result);
      expect(logs.filter((l) => l.msg === 'request' && l.operationName === 'Create' && l.status === 200)).toHaveLength(
        1000,
      );
    } finally {
      await server.stop({ graceMs: 1000 });
      await t.close();
    }
  });
});

describe('the service process under signals', () => {
  let db: SqliteFixture;
  beforeAll(async () => {
    db = await prepareSqliteDatabase();
  });
  afterAll(() => db.remove());

  it('SIGTERM: every in-flight request succeeds, new connections are refused, exit 0 within 10 s', async () => {
    expectHeld(await sigtermDrains(db, 100));
  });

  it('SIGTERM with a request stuck half-sent: still exits within 10 s', async () => {
    expectHeld(await sigtermDeadline(db));
  });
});

describe('SIGKILL in the middle of a 100,000-candidate import', () => {
  it('leaves all of it or none, and an intact database the service writes to again', async () => {
    const db = await prepareSqliteDatabase();
    try {
      expectHeld(await killMidImport(db, 100_000));
    } finally {
      db.remove();
    }
  });
});

import { Role } from '../../src/auth/roles';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

describe.each(testDatabases())('audit records are written in one statement per group ($kind)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(async () => t?.close());

  it('writes the records of concurrent scoring requests with one INSERT, no transaction around it, and keeps every field', async () => {
    const audit = t.app.services.audit;
    await audit.flush();
    const before = (await audit.list({ first: 1 })).totalCount;
    t.queries.length = 0;
    const at = new Date('2026-12-03T10:11:12.345Z');
    const entries = Array.from({ length: 16 }, (_, i) => ({
      actor: { kind: 'key' as const, keyId: t.keys[Role.RECRUITER].id, requestId: `req-${i}` },
      operation: 'match',
      postingId: 1,
      postingHash: null,
      candidateCount: i + 1,
      modelVersion: 'model-test',
      taxonomyVersion: 'taxonomy-test',
      weights: [{ scope: 'posting', categories: { required: 3 } }] as never,
      inputHash: `${i}`.padStart(64, 'a'),
      at,
    }));
    await Promise.all(entries.map((e) => audit.record(e)));

    const statements = t.queries.map((q) => q.trim().split(/\s+/, 1)[0].toUpperCase());
    expect(statements).toEqual(['INSERT']);
    const page = await audit.list({ first: 100, filter: { since: at } });
    expect(page.totalCount).toBe(16);
    expect((await audit.list({ first: 1 })).totalCount).toBe(before + 16);
    const views = [...page.nodes].sort((a, b) => a.candidateCount - b.candidateCount);
    expect(views[3]).toMatchObject({
      at,
      actor: 'key',
      keyId: t.keys[Role.RECRUITER].id,
      operation: 'match',
      postingId: 1,
      postingHash: null,
      candidateCount: 4,
      modelVersion: 'model-test',
      taxonomyVersion: 'taxonomy-test',
      weights: [{ scope: 'posting', categories: { required: 3 } }],
      inputHash: '3'.padStart(64, 'a'),
      requestId: 'req-3',
    });
  });
});

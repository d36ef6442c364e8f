import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const PAGE = `query($w: WeightsInput, $min: Float) { rankCandidates(postingId: "1", first: 20, weights: $w, minScore: $min) {
  totalCount edges { node { candidateId score qualified summary requirements { satisfied credit } } } } }`;

describe.each(testDatabases())('warming the rankings at start on $kind', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(() => t.close());

  it('ranks and explains the first page of every posting without auditing anything, and serves the same page', async () => {
    const count = async () => Number((await t.app.dataSource.query('SELECT COUNT(*) AS n FROM audit_record'))[0].n);
    const before = await count();
    const postings = (await t.app.services.postings.allIds()).length;
    expect(postings).toBeGreaterThan(0);
    expect(await t.app.services.matching.warm({ budgetMs: 60_000, rows: 20 })).toBe(postings);
    await t.app.services.audit.flush();
    expect(await count()).toBe(before);
    const warmed = await t.gql(PAGE);
    // The same ranking through the path that scans afresh (explicit default weights), and with a
    // minimum score of 0, which filters nothing.
    const scanned = await t.gql(PAGE, { w: { requiredWeight: 3, preferredWeight: 1, educationWeight: 1 } });
    const zero = await t.gql(PAGE, { min: 0 });
    expect(warmed.errors).toBeUndefined();
    expect(warmed.data).toEqual(scanned.data);
    expect(zero.data).toEqual(warmed.data);
    expect(await count()).toBe(before + 3);
  });

  it('stops when its time is spent', async () => {
    expect(await t.app.services.matching.warm({ budgetMs: 0, rows: 20 })).toBe(0);
  });
});

import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp, rowId } from '../support/test-app';

describe('scoreCandidates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0]);
  });
  afterAll(() => t.close());

  it('scores the listed candidates in ranking order, exactly as match does', async () => {
    const res = await t.gql(
      '{ scoreCandidates(postingId: "1", candidateIds: ["3", "1", "5", "1"]) { candidateId score qualified summary } }',
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data!.scoreCandidates;
    expect(rows.map((r: any) => rowId(r.candidateId)).sort()).toEqual([1, 3, 5]);
    for (const r of rows) {
      const m = (
        await t.gql('query($c: ID!) { match(postingId: "1", candidateId: $c) { score qualified summary } }', {
          c: r.candidateId,
        })
      ).data!.match;
      expect({ score: r.score, qualified: r.qualified, summary: r.summary }).toEqual(m);
    }
    const sorted = [...rows].sort(
      (a: any, b: any) =>
        Number(b.qualified) - Number(a.qualified) || b.score - a.score || rowId(a.candidateId) - rowId(b.candidateId),
    );
    expect(rows).toEqual(sorted);
  });

  it('names unknown ids and refuses more than 1,000', async () => {
    const unknown = await t.gql('{ scoreCandidates(postingId: "1", candidateIds: ["1", "424242"]) { score } }');
    expect(unknown.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'candidateIds',
      missing: ['424242'],
    });
    const many = await t.gql('query($ids: [ID!]!) { scoreCandidates(postingId: "1", candidateIds: $ids) { score } }', {
      ids: Array.from({ length: 1001 }, (_, i) => String(i + 1)),
    });
    expect(many.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'candidateIds' });
  });
});

import { toGlobalId } from '../../src/graphql/ids';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PostingRanking, scoreBatch } from '../../src/batch/batch-score';
import { generateCandidateDrafts } from '../../src/domain/synthetic/generate-candidates';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const MATCH = `query($p: ID!, $c: ID!) { match(postingId: $p, candidateId: $c) {
  score qualified requiredScore preferredScore categories { category score } requirements { requirement { id } satisfied credit }
} }`;

describe.each(testDatabases())('the batch scorer agrees with the GraphQL match query on $kind', (db) => {
  let t: TestApp;
  let dir: string;
  let exported: string;
  let postingIds: number[];

  beforeAll(async () => {
    t = await startTestApp(db);
    const taxonomy = t.app.services.taxonomy.current();
    await t.app.services.candidates.createMany([...generateCandidateDrafts(taxonomy, { count: 150, seed: 4 })]);
    postingIds = await t.app.services.postings.allIds();
    // Export every stored candidate as a candidate-draft line, skills by canonical name.
    dir = mkdtempSync(join(tmpdir(), 'sm-parity-'));
    exported = join(dir, 'candidates.jsonl');
    const lines: string[] = [];
    for await (const batch of t.app.services.candidates.allSpecs()) {
      for (const spec of batch) {
        lines.push(
          JSON.stringify({
            id: spec.id,
            name: `Candidate ${spec.id}`,
            skills: spec.skills.map((s) => ({
              name: taxonomy.byId(s.skillId)!.name,
              months: s.months,
            })),
            education: spec.education,
          }),
        );
      }
    }
    writeFileSync(exported, `${lines.join('\n')}\n`);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function rankings(source: 'file' | 'db'): Promise<readonly PostingRanking[]> {
    const taxonomy = t.app.services.taxonomy.current();
    const specs = await Promise.all(postingIds.map(async (id) => (await t.app.services.postings.specOf(id))!));
    const input =
      source === 'file'
        ? ({ kind: 'jsonl', path: exported, size: 0 } as const)
        : ({ kind: 'specs', batches: t.app.services.candidates.allSpecs(), total: null } as const);
    const result = await scoreBatch(taxonomy, specs, input, {
      top: 10_000,
      qualifiedOnly: false,
      minScore: null,
      workers: 0,
      now: new Date(),
    });
    expect(result.stats.skipped).toBe(0);
    return result.rankings;
  }

  it.each(['file', 'db'] as const)(
    'candidates from %s: score, qualified, part and category scores, group by group',
    async (source) => {
      const result = await rankings(source);
      let compared = 0;
      for (const ranking of result) {
        expect(ranking.rows.length).toBeGreaterThan(150);
        for (const row of ranking.rows) {
          const res = await t.gql(MATCH, { p: ranking.posting.id, c: row.candidateId });
          expect(res.errors).toBeUndefined();
          const m = res.data!.match;
          expect({
            score: row.score,
            qualified: row.qualified,
            requiredScore: row.requiredScore,
            preferredScore: row.preferredScore,
            categories: row.categories,
            // The batch output keeps row ids; the API hands out the same rows' global ids.
            requirements: row.groups.map((g) => ({
              requirement: { id: toGlobalId('RequirementGroup', g.requirementId) },
              satisfied: g.satisfied,
              credit: g.credit,
            })),
          }).toEqual(m);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(300);
    },
  );

  it('ranks in the order of the GraphQL rankCandidates query', async () => {
    const [ranking] = await rankings('file');
    const res = await t.gql(
      'query($p: ID!) { rankCandidates(postingId: $p, first: 100) { totalCount edges { node { candidateId score qualified } } } }',
      {
        p: ranking.posting.id,
      },
    );
    const served = res.data!.rankCandidates;
    expect(served.totalCount).toBe(ranking.passed);
    expect(
      ranking.rows
        .slice(0, 100)
        .map((r) => ({ candidateId: toGlobalId('Candidate', r.candidateId), score: r.score, qualified: r.qualified })),
    ).toEqual(served.edges.map((e: any) => e.node));
  });
});

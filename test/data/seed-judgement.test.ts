import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

/**
 * Issue 9's target on the seed data: "on the seed intern posting, every candidate a recruiter would
 * interview is qualified; every trap is not". The labels (test/fixtures/seed-judgement.json) were
 * written by a rubric from the posting text and the profiles before any score was looked at; this
 * test ranks the seed candidates through the real service and holds `qualified` to them.
 */
interface Label {
  readonly name: string;
  readonly label: 'interview' | 'no';
  readonly kind?: string;
  readonly reason: string;
}

const labels = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'seed-judgement.json'), 'utf8')) as {
  posting: string;
  candidates: Label[];
};

describe.each(testDatabases())('the seed intern posting judged on $kind', (db) => {
  let t: TestApp;
  const qualified = new Map<string, boolean | null>();

  beforeAll(async () => {
    t = await startTestApp(db);
    const postings = await t.gql('{ postings { edges { node { id title } } } }');
    const posting = postings.data!.postings.edges.find((e: any) => e.node.title === labels.posting).node.id;
    const names = await t.gql('{ candidates(first: 100) { edges { node { id name } } } }');
    const nameOf = new Map<string, string>(names.data!.candidates.edges.map((e: any) => [e.node.id, e.node.name]));
    const ranked = await t.gql(
      'query($p: ID!) { rankCandidates(postingId: $p, first: 100) { edges { node { candidateId qualified } } } }',
      { p: posting },
    );
    expect(ranked.errors).toBeUndefined();
    for (const e of ranked.data!.rankCandidates.edges) qualified.set(nameOf.get(e.node.candidateId)!, e.node.qualified);
  });
  afterAll(() => t.close());

  it('labels every seed candidate, and ranks every one of them', () => {
    expect([...qualified.keys()].sort()).toEqual(labels.candidates.map((c) => c.name).sort());
  });

  it.each(labels.candidates.map((c) => [c.name, c.label, c.reason] as const))(
    '%s: %s (%s)',
    (name, label) => {
      expect(qualified.get(name)).toBe(label === 'interview');
    },
  );
});

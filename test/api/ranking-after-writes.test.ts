import type { CandidateSpec, PostingSpec } from '../../src/domain/matching/profiles';
import { matchCandidate } from '../../src/domain/matching/match-candidate';
import { rankCandidates as oracleRank } from '../../src/domain/matching/rank-candidates';
import { generateCandidateDrafts } from '../../src/domain/synthetic/generate-candidates';
import { toGlobalId } from '../../src/graphql/ids';
import { canonicalHash } from '../../src/services/canonical-json';
import { testDatabases } from '../support/databases';
import { type TestApp, rowId, startTestApp } from '../support/test-app';

/**
 * Rankings are served from each posting's kept first rows, updated on every write rather than
 * recomputed: after any create, update or delete of a candidate, and after a posting changes, a
 * served page must be exactly the oracle's (every candidate matched, then sorted), and its audit
 * record exactly what the request scored.
 */
const PAGE = `totalCount edges { cursor node { candidateId score qualified summary requiredScore preferredScore } } pageInfo { hasNextPage endCursor }`;

const STRONG = [
  { name: 'Java', months: 60 },
  { name: 'Python', months: 60 },
  { name: 'Go', months: 60 },
  { name: 'SQL', months: 60 },
  { name: 'PostgreSQL', months: 60 },
  { name: 'Git', months: 60 },
  { name: 'Linux', months: 60 },
  { name: 'Docker', months: 60 },
  { name: 'Kubernetes', months: 60 },
  { name: 'REST', months: 60 },
  { name: 'Jenkins', months: 60 },
  { name: 'JavaScript', months: 60 },
];

describe.each(testDatabases())('rankings after writes on $kind', (db) => {
  let t: TestApp;
  let postingId: string;

  beforeAll(async () => {
    t = await startTestApp(db);
    const drafts = [...generateCandidateDrafts(t.app.services.taxonomy.current(), { count: 400, seed: 77 })];
    await t.app.services.candidates.createMany(drafts);
    const postings = await t.gql('{ postings { edges { node { id title } } } }');
    postingId = postings.data!.postings.edges.find((e: any) => e.node.title === 'Back End Developer Intern 2026').node
      .id;
  }, 120_000);
  afterAll(() => t.close());

  async function everyone(): Promise<CandidateSpec[]> {
    const all: CandidateSpec[] = [];
    for await (const batch of t.app.services.candidates.allSpecs()) all.push(...batch);
    return all;
  }

  async function served(first: number, after: string | null = null) {
    const res = await t.gql(
      `query($p: ID!, $n: Int, $a: String) { rankCandidates(postingId: $p, first: $n, after: $a) { ${PAGE} } }`,
      { p: postingId, n: first, a: after },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.rankCandidates;
  }

  /** The page rows `offset .. offset + first` as the oracle ranks the stored data right now. */
  async function expected(first: number, offset = 0) {
    const posting = (await t.app.services.postings.specOf(rowId(postingId))) as PostingSpec;
    const all = await everyone();
    const oracle = oracleRank(t.app.services.taxonomy.current(), posting, all);
    return {
      totalCount: oracle.length,
      rows: oracle.slice(offset, offset + first).map((o) => ({
        candidateId: toGlobalId('Candidate', o.candidateId),
        score: o.score,
        qualified: o.qualified,
        summary: o.summary,
        requiredScore: o.requiredScore,
        preferredScore: o.preferredScore,
      })),
    };
  }

  async function expectOracle(first = 30): Promise<void> {
    const page = await served(first);
    const want = await expected(first);
    expect(page.totalCount).toBe(want.totalCount);
    expect(JSON.stringify(page.edges.map((e: any) => e.node))).toBe(JSON.stringify(want.rows));
    // The next page, after the cursor, continues the same order.
    const next = await served(first, page.pageInfo.endCursor);
    const wantNext = await expected(first, first);
    expect(JSON.stringify(next.edges.map((e: any) => e.node))).toBe(JSON.stringify(wantNext.rows));
  }

  type Skills = { name: string; months: number | null }[];
  type Education = { level: string; status: string }[];
  const create = async (skills: Skills, name = 'Write Probe', education: Education = []) =>
    (
      await t.gql('mutation($i: CreateCandidateInput!) { createCandidate(input: $i) { id } }', {
        i: { name, skills, education },
      })
    ).data!.createCandidate.id as string;
  /** The profile of the candidate ranked first now: a copy of it ranks right behind it (same score, larger id). */
  const topProfile = async (): Promise<{ skills: Skills; education: Education }> => {
    const top = (await served(1)).edges[0].node.candidateId;
    const res = await t.gql(
      'query($id: ID!) { candidate(id: $id) { skills { skill { name } months } education { level status } } }',
      { id: top },
    );
    const c = res.data!.candidate;
    return { skills: c.skills.map((s: any) => ({ name: s.skill.name, months: s.months })), education: c.education };
  };
  const update = async (id: string, skills: Skills) => {
    const res = await t.gql(
      'mutation($id: ID!, $i: UpdateCandidateInput!) { updateCandidate(id: $id, input: $i) { id } }',
      { id, i: { skills } },
    );
    expect(res.errors).toBeUndefined();
  };
  const remove = async (id: string) => {
    const res = await t.gql('mutation($id: ID!) { deleteCandidate(id: $id) }', { id });
    expect(res.errors).toBeUndefined();
  };

  it('serves the oracle ranking before and after candidates are created, updated and deleted', async () => {
    await expectOracle();
    const best = await topProfile();
    const strong = await create(best.skills, 'Strong Probe', best.education);
    await expectOracle();
    expect((await served(30)).edges.map((e: any) => e.node.candidateId)).toContain(strong);
    const weak = await create([{ name: 'Git', months: 1 }], 'Weak Probe');
    await expectOracle();
    await update(strong, [{ name: 'Go', months: 1 }]);
    await expectOracle();
    expect((await served(30)).edges.map((e: any) => e.node.candidateId)).not.toContain(strong);
    await update(weak, STRONG);
    await expectOracle();
    await remove(weak);
    await expectOracle();
    expect((await served(30)).edges.map((e: any) => e.node.candidateId)).not.toContain(weak);
  });

  it('ranks afresh when writes took the kept rows below the page asked', async () => {
    await expectOracle(50);
    // Push most of the current top down: each leaves the kept rows.
    const top = (await served(100)).edges.map((e: any) => e.node.candidateId as string);
    for (const id of top.slice(0, 80)) await update(id, [{ name: 'Excel', months: 1 }]);
    await expectOracle(50);
    for (const id of top.slice(80, 90)) await remove(id);
    await expectOracle(50);
  }, 120_000);

  it('serves the new ranking after the posting changes', async () => {
    await expectOracle();
    const res = await t.gql(
      'mutation($id: ID!, $i: UpdatePostingInput!) { updatePosting(id: $id, input: $i) { id } }',
      {
        id: postingId,
        i: {
          requirements: [
            {
              importance: 'REQUIRED',
              category: 'LANGUAGE',
              label: 'Go or Rust',
              skills: ['Go', 'Rust'],
              minMatches: 1,
              minMonths: 6,
            },
            { importance: 'PREFERRED', category: 'OTHER', label: 'Excel', skills: ['Excel'] },
          ],
        },
      },
    );
    expect(res.errors).toBeUndefined();
    await expectOracle();
  });

  it('audits a page served from the kept rows with exactly what it scored', async () => {
    await create(STRONG, 'Audit Probe');
    await served(10);
    // The first read's record is stamped before it answers; a clock tick later, nothing but the
    // second read can be at or after `since` (one shared millisecond made this flaky).
    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date();
    const page = await served(10); // the same page again, from the page cache
    const log = await t.app.services.audit.list({ first: 100, filter: { postingId: rowId(postingId), since } });
    expect(log.nodes).toHaveLength(1);
    const last = log.nodes[0];
    const posting = (await t.app.services.postings.specOf(rowId(postingId))) as PostingSpec;
    const specs = await t.app.services.candidates.specsOf(page.edges.map((e: any) => rowId(e.node.candidateId)));
    const taxonomy = t.app.services.taxonomy.current();
    const matches = specs.map((c) => ({
      result: matchCandidate(taxonomy, posting, c, null),
      posting,
      candidate: c,
      weights: null,
    }));
    // The fingerprint by its definition: the canonical JSON of everything the scores depended on.
    const modelVersion = matches[0].result.modelVersion;
    const inputHash = canonicalHash({
      operation: 'rankCandidates',
      options: { first: 10, offset: 0, qualifiedOnly: false, minScore: null },
      weights: null,
      postings: [posting],
      candidates: [...specs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      modelVersion,
      taxonomyVersion: taxonomy.version,
    });
    expect({
      operation: last.operation,
      inputHash: last.inputHash,
      candidateCount: last.candidateCount,
      modelVersion: last.modelVersion,
    }).toEqual({
      operation: 'rankCandidates',
      inputHash,
      candidateCount: page.totalCount,
      modelVersion,
    });
  });
});

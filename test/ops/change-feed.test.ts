import type { ApolloServer } from '@apollo/server';
import { Client } from 'pg';
import { type App, createApp } from '../../src/app';
import { Role } from '../../src/auth/roles';
import { generateCandidateDrafts } from '../../src/domain/synthetic/generate-candidates';
import { type Context, createContext } from '../../src/graphql/context';
import { createApollo } from '../../src/http/server';
import { FEED_APPLICATION_NAME } from '../../src/services/change-feed/pg-change-feed';
import { PG_URL, testDatabases } from '../support/databases';
import { testConfig } from '../support/test-app';

const pg = testDatabases().find((d) => d.kind === 'postgres');
const WITHIN_MS = 1000;

interface Ranking {
  totalCount: number;
  rows: string[];
  endCursor: string | null;
}

/** One service process: its own app (DataSource, index, change feed) and Apollo server. */
interface Node {
  readonly app: App;
  readonly apollo: ApolloServer<Context>;
  gql(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>>;
  /** A page of the ranking for a posting ("id:score:qualified" rows), from its top or after a cursor. */
  ranking(postingId: string, first?: number, after?: string): Promise<Ranking>;
}

async function startNode(app: App): Promise<Node> {
  const apollo = createApollo(app);
  await apollo.start();
  const { info } = await app.services.keys.create(Role.ADMIN, `feed test ${Math.random()}`);
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const res = await apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(app.services, {}, { kind: 'key', keyId: info.id, role: Role.ADMIN }) },
    );
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    if (res.body.singleResult.errors) throw new Error(JSON.stringify(res.body.singleResult.errors));
    return res.body.singleResult.data as Record<string, any>;
  };
  return {
    app,
    apollo,
    gql,
    async ranking(postingId, first = 20, after) {
      const data = await gql(
        'query($p: ID!, $n: Int, $a: String) { rankCandidates(postingId: $p, first: $n, after: $a) { totalCount pageInfo { endCursor } edges { node { candidateId score qualified } } } }',
        { p: postingId, n: first, a: after ?? null },
      );
      return {
        totalCount: data.rankCandidates.totalCount,
        rows: data.rankCandidates.edges.map((e: any) => `${e.node.candidateId}:${e.node.score}:${e.node.qualified}`),
        endCursor: data.rankCandidates.pageInfo.endCursor,
      };
    },
  };
}

/** Polls until `probe` holds; returns how long it took, or fails after `ms`. */
async function within(ms: number, probe: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * The page of 100 of a node's ranking that holds `candidateId`, and the cursor it starts after.
 * Where a new candidate ranks depends on everyone stored before it: among equal scores the older
 * id goes first, and the 2,000 imported people are drawn from the taxonomy (a new taxonomy entry
 * draws different people), so a strong profile is not always in the first 100.
 */
async function pageHolding(
  n: Node,
  postingId: string,
  candidateId: string,
): Promise<{ after?: string; page: Ranking }> {
  let after: string | undefined;
  for (;;) {
    const page = await n.ranking(postingId, 100, after);
    if (page.rows.some((r) => r.startsWith(`${candidateId}:`))) return { after, page };
    if (page.endCursor === null || page.rows.length < 100) throw new Error(`${candidateId} is not ranked`);
    after = page.endCursor;
  }
}

const STRONG = `{ name: "Feed Probe", email: "feed.probe@example.com", education: [{ level: BACHELOR, status: IN_PROGRESS, field: "Computer Science" }],
  skills: [{ name: "Java", months: 60 }, { name: "Python", months: 60 }, { name: "C++", months: 48 }, { name: "SQL", months: 48 }, { name: "Go", months: 36 },
           { name: "REST APIs", months: 48 }, { name: "Git", months: 60 }, { name: "Linux", months: 48 }, { name: "Docker", months: 36 },
           { name: "Kubernetes", months: 24 }, { name: "AWS", months: 24 }, { name: "PostgreSQL", months: 36 }, { name: "Unit testing", months: 36 }] }`;

(pg ? describe : describe.skip)('two service processes on one PostgreSQL schema', () => {
  let drop: () => Promise<void>;
  let a: Node;
  let b: Node;
  let posting: string;
  /** What B's change feed reported. */
  const feedLog: string[] = [];
  const note = (_obj: object, msg: string) => void feedLog.push(msg);

  beforeAll(async () => {
    const db = await pg!.create();
    drop = db.drop;
    a = await startNode(await createApp(testConfig(db.config)));
    b = await startNode(await createApp(testConfig(db.config), { logger: { info: note, warn: note, error: note } }));
    posting = (await a.gql('{ postings(first: 1) { edges { node { id } } } }')).postings.edges[0].node.id;
  });
  afterAll(async () => {
    for (const n of [a, b]) {
      await n?.apollo.stop();
      await n?.app.close();
    }
    await drop?.();
  });

  it('start from the same data and rank alike', async () => {
    expect(await b.ranking(posting)).toEqual(await a.ranking(posting));
  });

  it('a candidate created through one is ranked by the other within a second', async () => {
    const created = (await a.gql(`mutation { createCandidate(input: ${STRONG}) { id } }`)).createCandidate.id as string;
    const expected = await a.ranking(posting, 100);
    const row = expected.rows.find((r) => r.startsWith(`${created}:`))!;
    expect(row).toBeDefined();
    const ms = await within(
      WITHIN_MS,
      async () => JSON.stringify(await b.ranking(posting, 100)) === JSON.stringify(expected),
    );
    expect(ms).toBeLessThan(WITHIN_MS);
  });

  it('a change through the other is seen back within a second', async () => {
    const id = (await a.ranking(posting, 1)).rows[0].split(':')[0];
    await b.gql(
      `mutation($id: ID!) { updateCandidate(id: $id, input: { skills: [{ name: "Excel", months: 3 }] }) { id } }`,
      { id },
    );
    expect((await b.ranking(posting, 1)).rows[0].startsWith(`${id}:`)).toBe(false);
    await within(
      WITHIN_MS,
      async () => JSON.stringify(await a.ranking(posting)) === JSON.stringify(await b.ranking(posting)),
    );
    expect((await a.ranking(posting, 100)).rows.find((r) => r.startsWith(`${id}:`))).toBe(
      (await b.ranking(posting, 100)).rows.find((r) => r.startsWith(`${id}:`)),
    );
  });

  it('a deletion through one drops the candidate from the other within a second', async () => {
    const before = await b.ranking(posting);
    const victim = before.rows[0].split(':')[0];
    await a.gql('mutation($id: ID!) { deleteCandidate(id: $id) }', { id: victim });
    await within(WITHIN_MS, async () => (await b.ranking(posting)).totalCount === before.totalCount - 1);
    expect((await b.ranking(posting, 100)).rows.some((r) => r.startsWith(`${victim}:`))).toBe(false);
    expect(await b.ranking(posting)).toEqual(await a.ranking(posting));
  });

  it('a posting changed through one is re-read by the other (no stale cached requirements)', async () => {
    const before = await b.ranking(posting);
    await a.gql(
      `mutation($id: ID!) { updatePosting(id: $id, input: { requirements: [
      { importance: REQUIRED, category: LANGUAGE, label: "Go", skills: ["Go"] },
      { importance: PREFERRED, category: DATABASE, label: "SQL", skills: ["SQL"] } ] }) { id } }`,
      { id: posting },
    );
    const after = await a.ranking(posting);
    expect(after).not.toEqual(before);
    await within(WITHIN_MS, async () => JSON.stringify(await b.ranking(posting)) === JSON.stringify(after));
  });

  it('a bulk import of 2,000 through one is ranked by the other within a second of its commit', async () => {
    const drafts = [...generateCandidateDrafts(a.app.services.taxonomy.current(), { count: 2000, seed: 99 })];
    await a.app.services.candidates.createMany(drafts);
    const expected = await a.ranking(posting);
    const ms = await within(
      WITHIN_MS,
      async () => JSON.stringify(await b.ranking(posting)) === JSON.stringify(expected),
    );
    expect(ms).toBeLessThan(WITHIN_MS);
    expect(b.app.services.matching.indexedCandidates).toBe(a.app.services.matching.indexedCandidates);
  });

  it('after losing its LISTEN connection, a process reconnects and catches up on what it missed', async () => {
    const admin = new Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      // Cut every feed connection of this database, then write while they are down.
      const cut = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
        [FEED_APPLICATION_NAME],
      );
      expect(cut.rowCount).toBeGreaterThanOrEqual(2);
      const created = (
        await a.gql(`mutation { createCandidate(input: ${STRONG.replace('feed.probe@', 'feed.probe2@')}) { id } }`)
      ).createCandidate.id as string;
      const top = await a.ranking(posting, 100);
      const { after, page: expected } = await pageHolding(a, posting, created);
      await within(
        5000,
        async () =>
          JSON.stringify(await b.ranking(posting, 100)) === JSON.stringify(top) &&
          JSON.stringify(await b.ranking(posting, 100, after)) === JSON.stringify(expected),
      );
      // B caught up by rebuilding after the reconnect, not through the notification it could not hear.
      expect(feedLog).toEqual(
        expect.arrayContaining([
          'change feed: connection lost; reconnecting',
          'change feed: reconnected; rebuilding the ranking index',
        ]),
      );
      const listening = await admin.query(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
        [FEED_APPLICATION_NAME],
      );
      expect(listening.rows[0].n).toBeGreaterThanOrEqual(2);
    } finally {
      await admin.end();
    }
  });
});

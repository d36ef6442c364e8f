import { parse } from 'graphql';
import pino from 'pino';
import { operationCost } from '../../src/graphql/limits/cost-limit.plugin';
import { QUERY_LIMITS } from '../../src/graphql/limits/limits';
import { type RunningServer, startHttpServer } from '../../src/http/server';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

/** The full explanation of one match, as the API tests ask for it (about 45 fields). */
const RESULT = `
  postingId candidateId score qualified requiredScore preferredScore summary modelVersion taxonomyVersion
  categories { category score }
  education { outcome requiredLevel required candidateLevel credit }
  weights { requiredWeight preferredWeight educationWeight categoryWeights { category weight } }
  requirements {
    requirement { id importance category label skills { name } }
    satisfied credit monthsShort monthsUnknown
    matched { skill { name } via { name } kind credit months }
    missing { name }
  }
`;

/** `skill { broader { broader { ... { name } } } }`: `levels` field levels in all. */
function nestedSkillQuery(levels: number): string {
  const broader = levels - 2;
  return `{ skill(name: "Kubernetes") { ${'broader { '.repeat(broader)}name${' }'.repeat(broader)} } }`;
}

const candidateInput = (n: number) => `{ name: "Limit Probe ${n}", skills: [{ name: "Go", months: 12 }] }`;

describe('query limits: refused before any resolver runs, with a message naming the limit', () => {
  let t: TestApp;
  let server: RunningServer;
  let postingId: string;

  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0], { nodeEnv: 'development' });
    server = await startHttpServer(t.app, pino({ level: 'silent' }));
    const postings = await t.gql('{ postings(first: 1) { edges { node { id } } } }');
    postingId = postings.data!.postings.edges[0].node.id;
  });
  afterAll(async () => {
    await server.stop({ graceMs: 1000 });
    await t.close();
  });
  afterEach(() => jest.restoreAllMocks());

  const candidateCount = async () =>
    (await t.gql('{ candidates { totalCount } }')).data!.candidates.totalCount as number;
  const httpPost = (query: string, variables?: Record<string, unknown>) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.keys.ADMIN.key}` },
      body: JSON.stringify({ query, variables }),
    });

  describe(`depth (at most ${QUERY_LIMITS.maxDepth} levels)`, () => {
    it('answers a query exactly at the limit', async () => {
      const res = await t.gql(nestedSkillQuery(QUERY_LIMITS.maxDepth));
      expect(res.errors).toBeUndefined();
      expect(res.data!.skill.broader).toEqual(expect.any(Array));
    });

    it('refuses one level more, naming depth and limit', async () => {
      const res = await t.gql(nestedSkillQuery(QUERY_LIMITS.maxDepth + 1));
      expect(res.data).toBeUndefined();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].message).toBe('The anonymous operation is 11 levels deep; the limit is 10.');
      expect(res.errors![0].extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'DEPTH',
        maximum: 10,
        actual: 11,
      });
    });

    it('counts levels inside fragments, and writes nothing for a refused mutation', async () => {
      const before = await candidateCount();
      const res = await t.gql(`
        fragment Up on Skill { broader { broader { broader { broader { broader { broader { broader { name } } } } } } } }
        mutation Deep { createCandidate(input: ${candidateInput(1)}) { skills { skill { ...Up } } } }`);
      expect(res.errors![0].message).toBe('The operation "Deep" is 11 levels deep; the limit is 10.');
      expect(await candidateCount()).toBe(before);
    });

    it('does not count introspection, so tools can still read the schema in development', async () => {
      const res = await t.gql(
        '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }',
      );
      expect(res.errors).toBeUndefined();
    });

    it('answers 400 over HTTP', async () => {
      const res = await httpPost(nestedSkillQuery(12));
      expect(res.status).toBe(400);
      const body = (await res.json()) as any;
      expect(body.errors[0].message).toContain('12 levels deep; the limit is 10');
    });
  });

  describe(`aliases (at most ${QUERY_LIMITS.maxAliases} per operation)`, () => {
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: skill(name: "Go") { name }`).join(' ')} }`;

    it('answers 30 aliases', async () => {
      const res = await t.gql(aliased(30));
      expect(res.errors).toBeUndefined();
      expect(Object.keys(res.data!)).toHaveLength(30);
    });

    it('refuses 31, naming count and limit', async () => {
      const res = await t.gql(aliased(31));
      expect(res.errors![0].message).toBe('The anonymous operation uses 31 aliases; the limit is 30.');
      expect(res.errors![0].extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'ALIASES',
        maximum: 30,
        actual: 31,
      });
    });

    it('counts a fragment each time it is spread, and writes nothing when refused', async () => {
      const before = await candidateCount();
      const fields = Array.from({ length: 8 }, (_, i) => `n${i}: name`).join(' ');
      const mutations = Array.from(
        { length: 4 },
        (_, i) => `c${i}: createCandidate(input: ${candidateInput(i)}) { ...Names }`,
      ).join(' ');
      const res = await t.gql(`fragment Names on Candidate { ${fields} } mutation Many { ${mutations} }`);
      // 4 aliased mutations + 4 spreads x 8 aliased fields = 36.
      expect(res.errors![0].message).toBe('The operation "Many" uses 36 aliases; the limit is 30.');
      expect(await candidateCount()).toBe(before);
    });

    it('stays linear on fragments that spread each other twice over', async () => {
      const chain = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Skill { ...F${i + 1} ...F${i + 1} }`).join(
        '\n',
      );
      const started = Date.now();
      const res = await t.gql(`{ skill(name: "Go") { ...F0 } }\n${chain}\nfragment F30 on Skill { x: name }`);
      expect(Date.now() - started).toBeLessThan(2000);
      // 2^30 spreads of one alias.
      expect(res.errors![0].message).toMatch(/uses \d+ aliases; the limit is 30/);
    });
  });

  describe(`cost (at most ${QUERY_LIMITS.maxCostKeyed} with a key; a list field counts its selection once per row)`, () => {
    /** The estimate from arguments alone (lists without arguments count one row). */
    const argCost = (query: string, variables: Record<string, unknown> = {}) =>
      operationCost(t.app.schema, parse(query), variables, undefined, QUERY_LIMITS.defaultListSize);
    /** The estimate the server makes: lists without arguments at their longest stored size. */
    const costOf = (query: string, variables: Record<string, unknown> = {}) =>
      operationCost(
        t.app.schema,
        parse(query),
        variables,
        undefined,
        QUERY_LIMITS.defaultListSize,
        t.app.services.listMaxima,
      );

    it('multiplies by first, 20 when absent, and by the length of an id list', () => {
      const costOf = argCost;
      expect(costOf('{ rankCandidates(postingId: "1") { totalCount } }')).toBe(1 + 20 * 1);
      expect(costOf('{ rankCandidates(postingId: "1", first: 5) { totalCount } }')).toBe(1 + 5 * 1);
      expect(costOf('query($n: Int) { rankCandidates(postingId: "1", first: $n) { totalCount } }', { n: 50 })).toBe(
        1 + 50 * 1,
      );
      expect(costOf('{ scoreCandidates(postingId: "1", candidateIds: ["1", "2", "3"]) { score qualified } }')).toBe(
        1 + 3 * 2,
      );
      expect(costOf('{ candidates(first: 10) { edges { node { name skills { months } } } } }')).toBe(
        1 + 10 * (1 + 1 + 1 + 2),
      );
    });

    it('answers a full explanation of 100 ranked candidates', async () => {
      const query = `query($p: ID!, $n: Int) { rankCandidates(postingId: $p, first: $n) { edges { node { ${RESULT} } } } }`;
      expect(costOf(query, { p: postingId, n: 100 })).toBeLessThanOrEqual(QUERY_LIMITS.maxCostKeyed);
      const res = await t.gql(query, { p: postingId, n: 100 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.rankCandidates.edges.length).toBeGreaterThan(0);
    });

    // Three times over: the seed posting's size (its stored group and skill counts) sets the per-row cost,
    // and twice over sits just under the limit since the seed postings were re-derived with fewer groups.
    it('refuses the same asked three times over, naming cost and limit, without running the ranking', async () => {
      const rank = jest.spyOn(t.app.services.matching, 'rankCandidates');
      const query = `query Thrice($p: ID!, $n: Int) {
        a: rankCandidates(postingId: $p, first: $n) { edges { node { ${RESULT} } } }
        b: rankCandidates(postingId: $p, first: $n) { edges { node { ${RESULT} } } }
        c: rankCandidates(postingId: $p, first: $n) { edges { node { ${RESULT} } } }
      }`;
      const expected = costOf(query, { p: postingId, n: 100 });
      expect(expected).toBeGreaterThan(QUERY_LIMITS.maxCostKeyed);
      const res = await t.gql(query, { p: postingId, n: 100 });
      expect(res.data).toBeUndefined();
      expect(res.errors![0].message).toBe(
        `The operation "Thrice" is too expensive: estimated cost ${expected}, the limit is ${QUERY_LIMITS.maxCostKeyed}. Ask for fewer rows (first) or fewer nested fields.`,
      );
      expect(res.errors![0].extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'COST',
        maximum: QUERY_LIMITS.maxCostKeyed,
        actual: expected,
      });
      expect(rank).not.toHaveBeenCalled();
      // The same document with small pages is fine: the estimate follows the variables.
      const small = await t.gql(query, { p: postingId, n: 10 });
      expect(small.errors).toBeUndefined();
      expect(rank).toHaveBeenCalledTimes(3);
    });

    it('refuses fragments that spread each other twice over, quickly', async () => {
      const chain = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Skill { ...F${i + 1} ...F${i + 1} }`).join(
        '\n',
      );
      const started = Date.now();
      const res = await t.gql(`{ skill(name: "Go") { ...F0 } }\n${chain}\nfragment F30 on Skill { name }`);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(res.errors![0].message).toMatch(
        new RegExp(`too expensive: estimated cost beyond 10,000 fields, the limit is ${QUERY_LIMITS.maxCostKeyed}`),
      );
    });

    it('answers 400 over HTTP', async () => {
      const ids = Array.from({ length: 1000 }, (_, i) => String(i + 1));
      const res = await httpPost(
        `query($p: ID!, $ids: [ID!]!) { scoreCandidates(postingId: $p, candidateIds: $ids) { ${RESULT} } }`,
        { p: postingId, ids },
      );
      expect(res.status).toBe(400);
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    });
  });
});

import { type RunningServer, startHttpServer } from '../../src/http/server';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';
import { capturingLogger } from '../support/capturing-logger';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids and the request log', () => {
  let t: TestApp;
  let server: RunningServer;
  let lines: Record<string, any>[] = [];

  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0], { nodeEnv: 'production' });
    const captured = capturingLogger();
    lines = captured.lines;
    server = await startHttpServer(t.app, captured.logger);
  });
  afterAll(async () => {
    await server.stop({ graceMs: 1000 });
    await t.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  /** The request log lines of one request id (written when the response closes). */
  const logOf = async (id: string) => {
    await new Promise((r) => setTimeout(r, 20));
    return lines.filter((l) => l.msg === 'request' && l.requestId === id);
  };

  it('keeps a sane incoming x-request-id apart as callerRequestId: the request id is always its own, and one JSON line is logged', async () => {
    const res = await post(
      JSON.stringify({ query: 'query InternCount { postings(filter: { employmentType: INTERN }) { totalCount } }' }),
      {
        'x-request-id': 'edge-7f3a.42',
      },
    );
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(UUID);
    const logged = await logOf(id);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      level: 30,
      service: 'skillmatch',
      method: 'POST',
      path: '/graphql',
      operationName: 'InternCount',
      operation: 'query postings',
      status: 200,
      callerRequestId: 'edge-7f3a.42',
    });
    expect(logged[0].durationMs).toEqual(expect.any(Number));
    expect(logged[0].durationMs).toBeGreaterThan(0);
    expect(typeof logged[0].time).toBe('string');
    expect(logged[0].graphqlErrors).toBeUndefined();
    expect(lines.some((l) => l.requestId === 'edge-7f3a.42')).toBe(false);
  });

  it("writes the service's own request id into the audit record, never the caller's", async () => {
    const res = await post(JSON.stringify({ query: '{ match(postingId: 1, candidateId: 1) { score } }' }), {
      authorization: `Bearer ${t.keys.RECRUITER.key}`,
      'x-request-id': 'caller-audit-1',
    });
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id')!;
    const log = await t.gql('{ auditLog(first: 100) { edges { node { requestId operation } } } }');
    const ids = log.data!.auditLog.edges.map((e: any) => e.node.requestId);
    expect(ids).toContain(id);
    expect(ids).not.toContain('caller-audit-1');
  });

  it.each([
    ['a space', 'trace id with spaces'],
    ['too long', 'x'.repeat(200)],
    ['log-breaking characters', 'abc"},{"admin":true'],
  ])('does not log an incoming id with %s at all', async (_why, incoming) => {
    const res = await post(JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': incoming });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(UUID);
    const [line] = await logOf(id);
    expect(line.callerRequestId).toBeUndefined();
    expect(lines.some((l) => l.requestId === incoming || l.callerRequestId === incoming)).toBe(false);
  });

  it('generates an id when none is sent, and a different one per request', async () => {
    const a = (await post(JSON.stringify({ query: '{ __typename }' }))).headers.get('x-request-id')!;
    const b = (await post(JSON.stringify({ query: '{ __typename }' }))).headers.get('x-request-id')!;
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });

  it('counts GraphQL errors and names the operation of a refused request', async () => {
    const res = await post(JSON.stringify({ query: 'query Unauthorised { candidates { totalCount } }' }));
    const body = (await res.json()) as any;
    expect(body.errors.length).toBeGreaterThan(0);
    const [line] = await logOf(res.headers.get('x-request-id')!);
    expect(line).toMatchObject({
      operationName: 'Unauthorised',
      graphqlErrors: body.errors.length,
      status: res.status,
    });
  });

  it('logs requests refused before GraphQL (malformed JSON, oversized body) with their status', async () => {
    const bad = await post('{"query": ');
    expect(bad.status).toBe(400);
    const badId = bad.headers.get('x-request-id')!;
    expect(((await bad.json()) as any).errors[0].extensions.requestId).toBe(badId);
    const big = await post(JSON.stringify({ query: `{ __typename } #${'x'.repeat(1024 * 1024)}` }));
    expect(big.status).toBe(413);
    expect((await logOf(badId))[0]).toMatchObject({ status: 400, method: 'POST' });
    expect((await logOf(big.headers.get('x-request-id')!))[0]).toMatchObject({ status: 413 });
  });

  it('hands the request id to the GraphQL context: an unexpected error names it', async () => {
    await t.app.dataSource.query('ALTER TABLE candidate_education RENAME TO candidate_education_away');
    let res: Response;
    try {
      res = await post(
        JSON.stringify({ query: 'query Broken { candidates(first: 1) { edges { node { education { level } } } } }' }),
        {
          authorization: `Bearer ${t.keys.ADMIN.key}`,
        },
      );
    } finally {
      await t.app.dataSource.query('ALTER TABLE candidate_education_away RENAME TO candidate_education');
    }
    const body = (await res.json()) as any;
    const id = res.headers.get('x-request-id')!;
    expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: id });
    expect(lines.some((l) => l.msg === 'unexpected error' && l.requestId === id)).toBe(true);
    expect((await logOf(id))[0]).toMatchObject({ operationName: 'Broken', graphqlErrors: 1 });
  });
});

import { type RunningServer, startHttpServer } from '../../src/http/server';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';
import { capturingLogger } from '../support/capturing-logger';

/** Client mistakes and oversized documents: 400 or BAD_USER_INPUT, quickly, never 500, never logged as unexpected. */
describe('documents and variables a client got wrong', () => {
  let t: TestApp;
  let server: RunningServer;
  let lines: Record<string, any>[] = [];

  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0], { nodeEnv: 'development' });
    const captured = capturingLogger();
    lines = captured.lines;
    server = await startHttpServer(t.app, captured.logger);
  });
  afterAll(async () => {
    await server.stop({ graceMs: 1000 });
    await t.close();
  });

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: JSON.parse(text) as { data?: any; errors?: any[] },
      id: res.headers.get('x-request-id')!,
    };
  };
  const unexpectedLogged = async (id: string) => {
    await new Promise((r) => setTimeout(r, 30));
    return lines.filter((l) => l.requestId === id && l.level >= 50);
  };

  it('answers 400 to variables nested 8,000 levels deep, and logs no unexpected error', async () => {
    const deep = `{"query":"query($r: JSONObject!) { importJsonResume(resume: $r) { candidate { id } } }","variables":{"r":${'{"a":'.repeat(8000)}1${'}'.repeat(8000)}}}`;
    const res = await post(deep);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions.code).toBe('BAD_REQUEST');
    expect(res.body.errors![0].message).toMatch(/nested deeper than 64/);
    expect(await unexpectedLogged(res.id)).toEqual([]);
  });

  it('refuses a subscription operation as the client’s mistake', async () => {
    const res = await post({ query: 'subscription { __typename }' });
    expect(res.status).toBe(400);
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(res.body.errors![0].extensions.code);
    expect(await unexpectedLogged(res.id)).toEqual([]);
  });

  it('refuses null given to a non-null argument through a defaulted variable as BAD_USER_INPUT', async () => {
    const res = await post({
      query: 'query($n: String! = "Go", $p: ID = "1") { skill(name: $n) { name } posting(id: $p) { id } }',
      variables: { p: null },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await unexpectedLogged(res.id)).toEqual([]);
  });

  it('refuses 16,000 operations in one document quickly (token limit)', async () => {
    const query = Array.from({ length: 16_000 }, (_, i) => `query q${i} { __typename }`).join('\n');
    const started = Date.now();
    const res = await post({ query, operationName: 'q1' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].message).toMatch(/more tha[nt] 5000 tokens/);
  });

  it('refuses more than 50 definitions in one document', async () => {
    const query = Array.from({ length: 51 }, (_, i) => `query q${i} { __typename }`).join('\n');
    const res = await post({ query, operationName: 'q1' });
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'DEFINITIONS',
      maximum: 50,
      actual: 51,
    });
  });

  it('refuses the same field repeated many times in one selection, before validation spends time on it', async () => {
    const query = `{ skills { ${'totalCount '.repeat(4000)} } }`;
    const started = Date.now();
    const res = await post({ query });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'SELECTIONS',
      maximum: 100,
    });
  });

  it('refuses a revoked key even on { __typename } and introspection', async () => {
    const { key, info } = await t.app.services.keys.create('RECRUITER' as any, 'soon revoked');
    const auth = { authorization: `Bearer ${key}` };
    expect((await post({ query: '{ __typename }' }, auth)).status).toBe(200);
    await t.app.services.keys.revoke(info.id);
    for (const query of [
      '{ __typename }',
      '{ __schema { queryType { name } } }',
      '{ __type(name: "Skill") { name } }',
    ]) {
      const res = await post({ query }, auth);
      expect(res.body.data ?? undefined).toBeUndefined();
      expect(res.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      expect(res.status).toBe(401);
    }
  });
});

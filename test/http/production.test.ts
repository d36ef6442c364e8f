import type { ApolloServer } from '@apollo/server';
import { type Config, ConfigError, loadConfig } from '../../src/config/config';
import { type Context, createContext } from '../../src/graphql/context';
import { createApollo, type RunningServer, startHttpServer } from '../../src/http/server';
import { createLogger } from '../../src/logging/logger';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';
import { capturingLogger } from '../support/capturing-logger';

/** What must never reach a client in production: SQL, driver names, file paths, stack frames. */
const LEAKS = [
  /SQLITE/i,
  /no such table/i,
  /SELECT/i,
  /candidate_education/,
  /\/work\//,
  /\.ts\b/,
  /\bat \w+ \(/,
  /node_modules/,
];

const [sqlite] = testDatabases();
const EDUCATION_QUERY = '{ candidates(first: 3) { edges { node { name education { level } } } } }';

/** Makes the education query fail for real (the table is gone) while `work` runs. */
async function withEducationTableMissing<T>(t: TestApp, work: () => Promise<T>): Promise<T> {
  await t.app.dataSource.query('ALTER TABLE candidate_education RENAME TO candidate_education_away');
  try {
    return await work();
  } finally {
    await t.app.dataSource.query('ALTER TABLE candidate_education_away RENAME TO candidate_education');
  }
}

describe.each([
  ['production', { nodeEnv: 'production' } as Partial<Config>, true],
  ['development', { nodeEnv: 'development' } as Partial<Config>, false],
])('errors in %s', (_env, overrides, production) => {
  let t: TestApp;
  let apollo: ApolloServer<Context>;
  let log: ReturnType<typeof capturingLogger>;

  beforeAll(async () => {
    t = await startTestApp(sqlite, overrides);
    log = capturingLogger();
    apollo = createApollo(t.app, log.logger);
    await apollo.start();
  });
  afterAll(async () => {
    await apollo.stop();
    await t.close();
  });

  const run = async (query: string, variables?: Record<string, unknown>, requestId = 'req-test-1') => {
    const admin = t.keys.ADMIN.key;
    const res = await apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(t.app.services, { authorization: `Bearer ${admin}`, requestId }) },
    );
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult;
  };

  it(production ? 'refuses introspection' : 'allows introspection', async () => {
    const res = await run('{ __schema { queryType { name } } }');
    if (production) {
      expect(res.data).toBeUndefined();
      expect(res.errors![0].message).toMatch(/introspection is not allowed/i);
    } else {
      expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    }
  });

  it(production ? 'gives no "did you mean" schema hints' : 'gives schema hints', async () => {
    const field = await run('{ candidatez { totalCount } }');
    const value = await run('query($e: EmploymentType) { postings(filter: { employmentType: $e }) { totalCount } }', {
      e: 'INTERNN',
    });
    for (const res of [field, value]) {
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].message.includes('Did you mean')).toBe(!production);
    }
    expect(field.errors![0].message).toMatch(/^Cannot query field "candidatez" on type "Query"\./);
  });

  it('keeps the taxonomy suggestions of our own input errors (a product feature, not a schema hint)', async () => {
    const res = await run(
      'mutation { createCandidate(input: { name: "X", skills: [{ name: "Kubernetis" }] }) { id } }',
    );
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/did you mean Kubernetes/);
  });

  it(
    production
      ? 'hides an unexpected error behind INTERNAL_SERVER_ERROR and its request id, and logs it with that id'
      : 'shows an unexpected error with its detail in development, and logs it with its request id',
    async () => {
      const res = await withEducationTableMissing(t, () => run(EDUCATION_QUERY, undefined, 'req-fault-42'));
      expect(res.errors!.length).toBeGreaterThan(0);
      const [error] = res.errors!;
      expect(error.extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.extensions!.requestId).toBe('req-fault-42');
      if (production) {
        expect(error.message).toBe('Internal server error');
        expect(Object.keys(error.extensions!).sort()).toEqual(['code', 'requestId']);
        const text = JSON.stringify(res.errors);
        for (const leak of LEAKS) expect(text).not.toMatch(leak);
      } else {
        expect(error.message).toMatch(/no such table: candidate_education/);
        expect(error.extensions!.stacktrace).toEqual(expect.any(Array));
      }
      const logged = log.lines.filter((l) => l.msg === 'unexpected error' && l.requestId === 'req-fault-42');
      expect(logged.length).toBeGreaterThan(0);
      expect(logged[0].level).toBe(50);
      expect(logged[0].err.message).toMatch(/no such table: candidate_education/);
      expect(logged[0].err.stack).toEqual(expect.any(String));
    },
  );
});

describe('production over HTTP', () => {
  let t: TestApp;
  let server: RunningServer;
  let log: ReturnType<typeof capturingLogger>;

  beforeAll(async () => {
    t = await startTestApp(sqlite, { nodeEnv: 'production' });
    log = capturingLogger();
    server = await startHttpServer(t.app, log.logger);
  });
  afterAll(async () => {
    await server.stop({ graceMs: 1000 });
    await t.close();
  });

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.keys.ADMIN.key}`, ...headers },
      body: JSON.stringify({ query }),
    });

  it('serves no Sandbox landing page', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html' } });
    const text = await res.text();
    expect(text.toLowerCase()).not.toContain('sandbox');
    expect(text).not.toContain('<!DOCTYPE html>');
  });

  it('refuses introspection', async () => {
    const res = await post('{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].message).toMatch(/introspection is not allowed/i);
  });

  it('refuses 30 copies of introspection with one error, before validation', async () => {
    const copies = Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ');
    const res = await post(`{ ${copies} }`);
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as any;
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/introspection is not allowed/i);
    expect(errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('answers a document that does not parse with GRAPHQL_PARSE_FAILED, the token limit included', async () => {
    const broken = await post('{ postings(first: 1) { totalCount }');
    expect(broken.status).toBe(400);
    const [error] = ((await broken.json()) as any).errors;
    expect(error.message).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
    expect(error.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error.locations).toEqual([{ line: 1, column: 36 }]);

    const tooLong = await post(Array.from({ length: 2000 }, (_, i) => `query q${i} { __typename }`).join('\n'));
    expect(tooLong.status).toBe(400);
    const [limit] = ((await tooLong.json()) as any).errors;
    expect(limit.message).toMatch(/^Syntax Error: Document contains more th\w+ 5000 tokens/);
    expect(limit.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unexpected error with 200, INTERNAL_SERVER_ERROR and the id of the x-request-id header, and logs it', async () => {
    const res = await withEducationTableMissing(t, () => post(EDUCATION_QUERY));
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const text = await res.text();
    for (const leak of LEAKS) expect(text).not.toMatch(leak);
    const body = JSON.parse(text);
    expect(body.errors[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: id },
    });
    expect(
      log.lines.some((l) => l.msg === 'unexpected error' && l.requestId === id && /no such table/.test(l.err.message)),
    ).toBe(true);
  });
});

describe('SKILLMATCH_INTROSPECTION=true in production', () => {
  let t: TestApp;
  let server: RunningServer;
  beforeAll(async () => {
    t = await startTestApp(sqlite, { nodeEnv: 'production', introspection: true });
    server = await startHttpServer(t.app, createLogger({ level: 'silent' }));
  });
  afterAll(async () => {
    await server.stop({ graceMs: 1000 });
    await t.close();
  });

  it('turns introspection and the Sandbox back on, and still hides internals', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect((await page.text()).toLowerCase()).toContain('sandbox');
    const res = await t.gql('{ __schema { queryType { name } } }');
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const hint = await t.gql('{ candidatez { totalCount } }');
    expect(hint.errors![0].message).not.toContain('Did you mean');
  });
});

describe('SKILLMATCH_INTROSPECTION', () => {
  const load = (env: Record<string, string>) => loadConfig(env, { dataDir: '/data' });

  it('is off in production and on elsewhere unless set', () => {
    expect(load({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(load({ NODE_ENV: 'development' }).introspection).toBe(true);
    expect(load({ NODE_ENV: 'production', SKILLMATCH_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(load({ NODE_ENV: 'development', SKILLMATCH_INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('refuses anything but true or false, naming the variable', () => {
    expect(() => load({ SKILLMATCH_INTROSPECTION: 'yes' })).toThrow(ConfigError);
    expect(() => load({ SKILLMATCH_INTROSPECTION: 'yes' })).toThrow('SKILLMATCH_INTROSPECTION');
  });
});

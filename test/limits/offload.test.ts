import { OffloadPool } from '../../src/services/offload/offload-pool';
import { ServiceBusyError, WorkTooLongError } from '../../src/services/errors';
import { type RunningServer, startHttpServer } from '../../src/http/server';
import pino from 'pino';
import { realTaxonomy } from '../domain/taxonomy/load-taxonomy';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

/** Near misses: each is compared with the spellings the taxonomy knows (a fraction of a millisecond to milliseconds apiece). */
const nearMisses = (n: number) => Array.from({ length: n }, (_, i) => `kubernetez${i}`);

describe('the offload pool: long pure work on worker threads, a bounded queue, a time limit', () => {
  const { taxonomy } = realTaxonomy();
  let pool: OffloadPool;
  afterEach(async () => pool?.close());

  it('answers as the main thread would', async () => {
    pool = new OffloadPool({ threads: 1, maxQueued: 4, jobTimeoutMs: 60_000 });
    const [resolved] = await pool.run('normalizeSkills', { names: ['golang'] }, taxonomy);
    expect(resolved).toEqual({ input: 'golang', skillId: taxonomy.resolve('golang')!.id, suggestions: [] });
    const [missed] = await pool.run('normalizeSkills', { names: ['kubernetez'] }, taxonomy);
    expect(missed.suggestions).toEqual(taxonomy.suggest('kubernetez', 3).map((s) => s.name));
  });

  it('refuses work past the queue bound with SERVICE_BUSY, and does the rest', async () => {
    pool = new OffloadPool({ threads: 1, maxQueued: 2, jobTimeoutMs: 60_000 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () => pool.run('normalizeSkills', { names: nearMisses(20) }, taxonomy)),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected']);
    expect((outcomes[3] as PromiseRejectedResult).reason).toBeInstanceOf(ServiceBusyError);
  });

  it('stops a job over its time, names the input, and keeps serving', async () => {
    pool = new OffloadPool({ threads: 1, maxQueued: 2, jobTimeoutMs: 1000 });
    const slow = pool.run('normalizeSkills', { names: nearMisses(20_000) }, taxonomy);
    await expect(slow).rejects.toBeInstanceOf(WorkTooLongError);
    await expect(slow).rejects.toMatchObject({ field: 'names' });
    const [next] = await pool.run('normalizeSkills', { names: ['golang'] }, taxonomy);
    expect(next.skillId).toBe(taxonomy.resolve('golang')!.id);
  });
});

describe('expensive requests do not hold the event loop', () => {
  let t: TestApp;
  let server: RunningServer;
  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0], { nodeEnv: 'development' });
    server = await startHttpServer(t.app, pino({ level: 'silent' }));
    // Threads load their code on first use: warm them so the order below is about the work.
    await t.gql('{ normalizeSkills(names: ["golang"]) { input } }', {}, { as: 'anonymous' });
  });
  afterAll(async () => {
    await server.stop({ graceMs: 1000 });
    await t.close();
  });

  it('answers /healthz while normalizeSkills compares 500 near misses', async () => {
    const order: string[] = [];
    const slow = fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($n: [String!]!) { normalizeSkills(names: $n) { suggestions } }',
        variables: { n: nearMisses(500) },
      }),
    }).then(async (r) => {
      order.push('normalizeSkills');
      return (await r.json()) as any;
    });
    await new Promise((r) => setTimeout(r, 50));
    const health = fetch(server.url.replace('/graphql', '/healthz')).then((r) => {
      order.push('healthz');
      return r.status;
    });
    expect(await health).toBe(200);
    const body = await slow;
    expect(body.errors).toBeUndefined();
    expect(body.data.normalizeSkills).toHaveLength(500);
    expect(order).toEqual(['healthz', 'normalizeSkills']);
  });

  it('counts names across aliases: at most 500 per request', async () => {
    const names = nearMisses(300);
    const res = await t.gql(
      'query($n: [String!]!) { a: normalizeSkills(names: $n) { input } b: normalizeSkills(names: $n) { input } }',
      { n: names },
      { as: 'anonymous' },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'names' });
  });

  it('refuses a name longer than 200 characters', async () => {
    const res = await t.gql(
      'query($n: [String!]!) { normalizeSkills(names: $n) { input } }',
      { n: ['go', 'x'.repeat(201)] },
      { as: 'anonymous' },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'names[1]' });
  });
});

describe('a request refused whole for busy is HTTP 503 with Retry-After', () => {
  let t: TestApp;
  let server: RunningServer;
  beforeAll(async () => {
    // One thread and no queue: while one long job runs, the next offloaded field is refused.
    t = await startTestApp(testDatabases()[0], { nodeEnv: 'development' }, { offload: { threads: 1, maxQueued: 0 } });
    server = await startHttpServer(t.app, pino({ level: 'silent' }));
    await t.gql('{ normalizeSkills(names: ["golang"]) { input } }', {}, { as: 'anonymous' });
  });
  afterAll(async () => {
    await server.stop({ graceMs: 1000 });
    await t.close();
  });

  const post = (query: string, variables: Record<string, unknown> = {}) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });

  it('answers 503 with Retry-After when its work was refused for busy; other requests are served', async () => {
    const slow = post('query($n: [String!]!) { normalizeSkills(names: $n) { input } }', { n: nearMisses(500) });
    await new Promise((r) => setTimeout(r, 50));

    const refused = await post('{ normalizeSkills(names: ["kubernetez"]) { input } }');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    const refusedBody = (await refused.json()) as any;
    expect(refusedBody.data).toBeNull();
    expect(refusedBody.errors.map((e: any) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'SERVICE_BUSY', retryAfter: 5 }),
    ]);

    // What needs no offload thread is served meanwhile, as usual.
    const other = await post('{ postings(first: 1) { totalCount } }');
    expect(other.status).toBe(200);
    expect(other.headers.get('retry-after')).toBeNull();

    const done = await slow;
    expect(done.status).toBe(200);
    expect(((await done.json()) as any).data.normalizeSkills).toHaveLength(500);
  });
});

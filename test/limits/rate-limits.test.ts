import pino from 'pino';
import { ConfigError, loadConfig } from '../../src/config/config';
import { type RunningServer, startHttpServer } from '../../src/http/server';
import { RateLimits } from '../../src/http/rate-limiter';
import { ANONYMOUS_PRINCIPAL } from '../../src/services/key.service';
import { Role } from '../../src/auth/roles';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

describe('rate limit configuration', () => {
  const load = (env: Record<string, string>) => loadConfig(env, { dataDir: 'data' });

  it('is on outside tests, off in NODE_ENV=test unless configured, and 0 turns a limit off', () => {
    expect(load({ NODE_ENV: 'production' }).rateLimits).toEqual({
      anonymous: { requests: 120, cost: 200_000 },
      keyed: { requests: 6000, cost: 10_000_000 },
    });
    expect(load({ NODE_ENV: 'test' }).rateLimits).toEqual({
      anonymous: { requests: null, cost: null },
      keyed: { requests: null, cost: null },
    });
    expect(load({ NODE_ENV: 'test', SKILLMATCH_RATE_LIMIT_ANONYMOUS: '30' }).rateLimits!.anonymous.requests).toBe(30);
    expect(load({ SKILLMATCH_COST_BUDGET_KEYED: '0' }).rateLimits!.keyed.cost).toBeNull();
  });

  it('refuses a value that is not a whole number', () => {
    expect(() => load({ SKILLMATCH_RATE_LIMIT_KEYED: '-5' })).toThrow(ConfigError);
    expect(() => load({ SKILLMATCH_RATE_LIMIT_ANONYMOUS: 'lots' })).toThrow(
      /SKILLMATCH_RATE_LIMIT_ANONYMOUS must be a whole number/,
    );
  });
});

describe('token buckets', () => {
  it('lets a burst up to the allowance through, then refills with time', () => {
    let now = 0;
    const limits = new RateLimits(
      { anonymous: { requests: 60, cost: null }, keyed: { requests: null, cost: null } },
      () => now,
    );
    const caller = limits.callerOf(ANONYMOUS_PRINCIPAL, '10.0.0.1');
    for (let i = 0; i < 60; i++) expect(limits.takeRequest(caller).ok).toBe(true);
    expect(limits.takeRequest(caller)).toEqual({ ok: false, limit: 'REQUESTS', retryAfterSeconds: 1 });
    expect(limits.takeRequest(limits.callerOf(ANONYMOUS_PRINCIPAL, '10.0.0.2')).ok).toBe(true);
    now += 1000;
    expect(limits.takeRequest(caller).ok).toBe(true);
    expect(limits.takeRequest(caller).ok).toBe(false);
  });

  it('charges cost, and a request over a whole minute of budget waits for a full bucket', () => {
    let now = 0;
    const limits = new RateLimits(
      { anonymous: { requests: null, cost: 600 }, keyed: { requests: null, cost: null } },
      () => now,
    );
    const caller = limits.callerOf(ANONYMOUS_PRINCIPAL, '10.0.0.1');
    expect(limits.takeCost(caller, 500).ok).toBe(true);
    expect(limits.takeCost(caller, 500)).toEqual({ ok: false, limit: 'COST', retryAfterSeconds: 40 });
    now += 60_000;
    expect(limits.takeCost(caller, 10_000).ok).toBe(true);
    expect(limits.takeCost(caller, 1).ok).toBe(false);
  });
});

describe('rate limits over HTTP', () => {
  let t: TestApp;
  let server: RunningServer;
  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0], {
      nodeEnv: 'development',
      rateLimits: { anonymous: { requests: 3, cost: 1000 }, keyed: { requests: 100, cost: null } },
    });
    server = await startHttpServer(t.app, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await server.stop({ graceMs: 1000 });
    await t.close();
  });

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });

  it('answers 429 with Retry-After to an anonymous address over its requests, and not to a key or /healthz', async () => {
    for (let i = 0; i < 3; i++) expect((await post('{ __typename }')).status).toBe(200);
    const refused = await post('{ __typename }');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as any).errors[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      limit: 'REQUESTS',
    });
    expect((await fetch(server.url.replace('/graphql', '/healthz'))).status).toBe(200);
    expect((await post('{ __typename }', { authorization: `Bearer ${t.keys.RECRUITER.key}` })).status).toBe(200);
  });

  it('charges estimated cost to the caller: a key has its own allowance', async () => {
    const key = { authorization: `Bearer ${t.keys.ADMIN.key}` };
    const page = '{ skills(first: 100) { edges { node { name narrower { name } } } } }';
    for (let i = 0; i < 3; i++) expect((await post(page, key)).status).toBe(200);
  });
});

describe("made-up keys share their address's allowance", () => {
  let t: TestApp;
  let server: RunningServer;
  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0], {
      nodeEnv: 'development',
      rateLimits: { anonymous: { requests: 3, cost: null }, keyed: { requests: 100, cost: null } },
    });
    server = await startHttpServer(t.app, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await server.stop({ graceMs: 1000 });
    await t.close();
  });

  const post = (authorization: string) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('charges unknown, revoked and malformed keys to the address, so rotating them gains nothing; a valid key keeps its own', async () => {
    const revoked = await t.app.services.keys.create(Role.RECRUITER, 'revoked');
    await t.app.services.keys.revoke(revoked.info.id);
    const made = [`Bearer sm_madeup${'a'.repeat(40)}`, `Bearer ${revoked.key}`, 'Basic not-a-bearer'];
    for (const authorization of made) expect((await post(authorization)).status).toBe(401);
    const rotated = await post(`Bearer sm_madeup${'b'.repeat(40)}`);
    expect(rotated.status).toBe(429);
    expect(Number(rotated.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // No key at all is the same address, out of allowance too.
    const body = (await (
      await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      })
    ).json()) as any;
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'REQUESTS' });
    expect((await post(`Bearer ${t.keys.RECRUITER.key}`)).status).toBe(200);
  });
});

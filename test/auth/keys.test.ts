import pino from 'pino';
import { hashApiKey, parseAuthorization } from '../../src/auth/api-key';
import { Role } from '../../src/auth/roles';
import { type App, createApp } from '../../src/app';
import { ConfigError, loadConfig } from '../../src/config/config';
import { type RunningServer, startHttpServer } from '../../src/http/server';
import { NotFoundError } from '../../src/services/errors';
import { type TestDatabase, testDatabases } from '../support/databases';
import { type TestApp, startTestApp, testConfig } from '../support/test-app';

/** Every value of every text column of a table, to show a secret is nowhere in it. */
async function textOf(app: App, table: string): Promise<string> {
  return JSON.stringify(await app.dataSource.query(`SELECT * FROM "${table}"`));
}

describe('Authorization header parsing', () => {
  it('reads `Bearer KEY` (any case, extra spaces) and nothing else', () => {
    expect(parseAuthorization(undefined)).toEqual({ kind: 'none' });
    expect(parseAuthorization('  ')).toEqual({ kind: 'none' });
    expect(parseAuthorization('Bearer sm_abc')).toEqual({ kind: 'bearer', key: 'sm_abc' });
    expect(parseAuthorization('bearer   sm_abc ')).toEqual({ kind: 'bearer', key: 'sm_abc' });
    for (const bad of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', 'sm_abc', `Bearer ${'x'.repeat(513)}`]) {
      expect(parseAuthorization(bad)).toEqual({ kind: 'malformed' });
    }
  });
});

describe('SKILLMATCH_ADMIN_KEY', () => {
  it('is read into the config and must be long enough to be a secret', () => {
    const key = 'k'.repeat(40);
    expect(loadConfig({ SKILLMATCH_ADMIN_KEY: key }, { dataDir: '/d' }).adminKey).toBe(key);
    expect(loadConfig({}, { dataDir: '/d' }).adminKey).toBeNull();
    expect(() => loadConfig({ SKILLMATCH_ADMIN_KEY: 'changeme' }, { dataDir: '/d' })).toThrow(ConfigError);
    expect(() => loadConfig({ SKILLMATCH_ADMIN_KEY: `${'k'.repeat(40)} x` }, { dataDir: '/d' })).toThrow(
      'SKILLMATCH_ADMIN_KEY',
    );
  });
});

describe.each(testDatabases())('API keys on $kind', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(() => t.close());

  it('stores only the sha256 of a key, never the key, and checks it on each request', async () => {
    const { key, info } = await t.app.services.keys.create(Role.RECRUITER, 'ci bot');
    expect(key).toMatch(/^sm_[A-Za-z0-9_-]{43}$/);
    const table = await textOf(t.app, 'api_key');
    expect(table).not.toContain(key);
    expect(table).not.toContain(key.slice(10));
    expect(table).toContain(hashApiKey(key));
    expect(info).toMatchObject({ role: 'RECRUITER', name: 'ci bot', hint: `${key.slice(0, 10)}…`, revokedAt: null });
    expect(await t.app.services.keys.authenticate(`Bearer ${key}`)).toEqual({
      kind: 'key',
      keyId: info.id,
      role: 'RECRUITER',
    });
    expect(await t.app.services.keys.authenticate(`Bearer ${key.slice(0, -1)}`)).toEqual({ kind: 'invalid' });
    expect(await t.app.services.keys.authenticate(undefined)).toEqual({ kind: 'anonymous' });
  });

  it('revokes a key from the next request on, keeps the row, and says so for an unknown id', async () => {
    const { key, info } = await t.app.services.keys.create(Role.ADMIN, null);
    const ok = await t.gql('{ apiKeys { id } }', undefined, { as: { authorization: `Bearer ${key}` } });
    expect(ok.errors).toBeUndefined();
    const first = await t.app.services.keys.revoke(info.id);
    expect(first.revokedAt).toBeInstanceOf(Date);
    expect((await t.app.services.keys.revoke(info.id)).revokedAt).toEqual(first.revokedAt);
    const refused = await t.gql('{ apiKeys { id } }', undefined, { as: { authorization: `Bearer ${key}` } });
    expect(refused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await t.app.services.keys.list()).map((k) => k.id)).toContain(info.id);
    await expect(t.app.services.keys.revoke(999_999)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets an ADMIN create, list and revoke keys over GraphQL; the list shows no secret', async () => {
    const created = await t.gql(
      'mutation { createApiKey(role: RECRUITER, name: "frontend") { key apiKey { id role name hint revokedAt } } }',
    );
    expect(created.errors).toBeUndefined();
    const { key, apiKey } = created.data!.createApiKey;
    expect(apiKey).toMatchObject({ role: 'RECRUITER', name: 'frontend', revokedAt: null });
    const asNew = await t.gql('{ candidates(first: 1) { totalCount } }', undefined, {
      as: { authorization: `Bearer ${key}` },
    });
    expect(asNew.errors).toBeUndefined();
    const listed = await t.gql('{ apiKeys { id name role hint createdAt revokedAt } }');
    expect(JSON.stringify(listed.data)).not.toContain(key);
    expect(JSON.stringify(listed.data)).not.toContain(hashApiKey(key));
    const fields = Object.keys((t.app.schema.getType('ApiKey') as import('graphql').GraphQLObjectType).getFields());
    expect(fields.sort()).toEqual(['createdAt', 'hint', 'id', 'name', 'revokedAt', 'role']);
    const revoked = await t.gql('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: apiKey.id });
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    const after = await t.gql('{ candidates(first: 1) { totalCount } }', undefined, {
      as: { authorization: `Bearer ${key}` },
    });
    expect(after.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const missing = await t.gql('mutation { revokeApiKey(id: 999999) { id } }');
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    const badName = await t.gql('mutation { createApiKey(role: ADMIN, name: "   ") { key } }');
    expect(badName.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe.each(testDatabases())('the first admin key on $kind', (db: TestDatabase) => {
  it('is created and handed back once on the first service start, never by the CLI, never twice', async () => {
    const { config, drop } = await db.create();
    try {
      const cli = await createApp(testConfig(config, { seedOnStart: false }));
      expect(cli.firstAdminKey).toBeNull();
      expect(await cli.services.keys.list()).toEqual([]);
      await cli.close();

      const first = await createApp(testConfig(config, { seedOnStart: false }), { issueAdminKey: true });
      const key = first.firstAdminKey!;
      expect(key).toMatch(/^sm_/);
      expect(await first.services.keys.authenticate(`Bearer ${key}`)).toMatchObject({ kind: 'key', role: 'ADMIN' });
      expect(await textOf(first, 'api_key')).not.toContain(key);
      await first.close();

      const second = await createApp(testConfig(config, { seedOnStart: false }), { issueAdminKey: true });
      expect(second.firstAdminKey).toBeNull();
      expect(await second.services.keys.list()).toHaveLength(1);
      await second.close();
    } finally {
      await drop();
    }
  });

  it('comes from SKILLMATCH_ADMIN_KEY when set, and a revoked one stays revoked', async () => {
    const { config, drop } = await db.create();
    const adminKey = `operator-chosen-${'x'.repeat(32)}`;
    try {
      const a = await createApp(testConfig(config, { seedOnStart: false, adminKey }), { issueAdminKey: true });
      expect(a.firstAdminKey).toBeNull();
      const [info] = await a.services.keys.list();
      expect(info).toMatchObject({ role: 'ADMIN', name: 'SKILLMATCH_ADMIN_KEY', hint: '…' });
      expect(await a.services.keys.authenticate(`Bearer ${adminKey}`)).toEqual({
        kind: 'key',
        keyId: info.id,
        role: 'ADMIN',
      });
      expect(await textOf(a, 'api_key')).not.toContain('operator-chosen');
      await a.services.keys.revoke(info.id);
      await a.close();

      const b = await createApp(testConfig(config, { seedOnStart: false, adminKey }), { issueAdminKey: true });
      expect(await b.services.keys.authenticate(`Bearer ${adminKey}`)).toEqual({ kind: 'invalid' });
      expect(b.firstAdminKey).toBeNull();
      expect(await b.services.keys.list()).toHaveLength(1);
      await b.close();
    } finally {
      await drop();
    }
  });
});

describe('Bearer keys over HTTP', () => {
  let t: TestApp;
  let server: RunningServer;
  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0]);
    server = await startHttpServer(t.app, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await server.stop();
    await t.close();
  });

  const post = async (query: string, authorization?: string) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
  };

  it('answers public fields without a key, candidate data only with one, admin fields only to ADMIN', async () => {
    expect((await post('{ postings(first: 1) { totalCount } }')).data.postings.totalCount).toBeGreaterThan(0);
    expect((await post('{ candidates(first: 1) { totalCount } }')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const recruiter = `Bearer ${t.keys.RECRUITER.key}`;
    expect(
      (await post('{ candidates(first: 1) { totalCount } }', recruiter)).data.candidates.totalCount,
    ).toBeGreaterThan(0);
    expect((await post('{ apiKeys { id } }', recruiter)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await post('{ apiKeys { id } }', `Bearer ${t.keys.ADMIN.key}`)).data.apiKeys.length).toBeGreaterThanOrEqual(
      2,
    );
    expect((await post('{ postings(first: 1) { totalCount } }', 'Bearer sm_unknown')).errors![0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

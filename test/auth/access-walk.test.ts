import { type GraphQLInterfaceType, getNamedType, isObjectType } from 'graphql';
import { fieldsReaching } from '../../src/auth/access-check';
import { Role } from '../../src/auth/roles';
import { type NodeType, toGlobalId } from '../../src/graphql/ids';
import { buildAppSchema } from '../../src/graphql/schema';
import { testDatabases } from '../support/databases';
import { type GqlResult, type TestApp, startTestApp } from '../support/test-app';
import { ROOT_RULES, CALLS, REACHING, NODE_RULES, CALLERS, type Vars, type Caller } from './access-table';

/** What a caller gets from a field with this rule: allowed, or the error code. */
function expected(rule: 'PUBLIC' | 'RECRUITER' | 'ADMIN', caller: Caller): 'allow' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  if (caller === 'revoked') return 'UNAUTHENTICATED';
  if (rule === 'PUBLIC' || caller === 'ADMIN') return 'allow';
  if (caller === 'anonymous') return 'UNAUTHENTICATED';
  return rule === 'RECRUITER' ? 'allow' : 'FORBIDDEN';
}

const AUTH_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];
const codes = (res: GqlResult) => (res.errors ?? []).map((e) => e.extensions?.code);

describe('the access table', () => {
  it('has a row for every root field of the schema, and no row for a field that is gone', () => {
    const s = buildAppSchema();
    const roots = [s.getQueryType()!, s.getMutationType()!].flatMap((t) =>
      Object.keys(t.getFields()).map((f) => `${t.name}.${f}`),
    );
    expect(s.getSubscriptionType()).toBeUndefined();
    expect(roots.sort()).toEqual(Object.keys(ROOT_RULES).sort());
    expect(Object.keys(CALLS).sort()).toEqual(roots.sort());
  });

  it('has a node rule for every type that implements Node', () => {
    const s = buildAppSchema();
    expect(
      s
        .getPossibleTypes(s.getType('Node') as GraphQLInterfaceType)
        .map((t) => t.name)
        .sort(),
    ).toEqual(Object.keys(NODE_RULES).sort());
  });

  it('has a path for every field that reaches a candidate', () => {
    const s = buildAppSchema();
    const nested = fieldsReaching(s, ['Candidate']).filter(
      (f) => !f.startsWith('Query.') && !f.startsWith('Mutation.'),
    );
    expect(nested.sort()).toEqual(Object.keys(REACHING).sort());
    // Every protected field named here really is on an object type of the schema.
    for (const f of nested) {
      const [type, field] = f.split('.');
      const t = s.getType(type);
      expect(isObjectType(t) && getNamedType(t.getFields()[field].type)).toBeTruthy();
    }
  });
});

describe.each(testDatabases())('every root field for every caller on $kind', (db) => {
  let t: TestApp;
  let revokedKey: string;
  const header: Partial<Record<Caller, string>> = {};
  beforeAll(async () => {
    t = await startTestApp(db);
    const revoked = await t.app.services.keys.create(Role.RECRUITER, 'revoked');
    await t.app.services.keys.revoke(revoked.info.id);
    revokedKey = revoked.key;
    // Real Authorization headers: every caller goes through the key check, not a shortcut.
    header.RECRUITER = `Bearer ${t.keys.RECRUITER.key}`;
    header.ADMIN = `Bearer ${t.keys.ADMIN.key}`;
    header.revoked = `Bearer ${revokedKey}`;
  });
  afterAll(() => t.close());

  const run = (caller: Caller, query: string, vars?: Vars) =>
    t.gql(query, vars, { as: caller === 'anonymous' ? 'anonymous' : { authorization: header[caller]! } });

  const cases = Object.keys(ROOT_RULES).flatMap((field) => CALLERS.map((caller) => [field, caller] as const));
  it.each(cases)('%s as %s', async (field, caller) => {
    const call = CALLS[field];
    const name = field.split('.')[1];
    const vars = (await call.vars?.(t)) ?? undefined;
    const res = await run(caller, call.query, vars);
    const want = expected(ROOT_RULES[field], caller);
    if (want === 'allow') {
      expect(res.errors).toBeUndefined();
      expect(res.data![name]).not.toBeNull();
    } else {
      expect(codes(res)).toEqual([want]);
      // A revoked key is refused before any field runs (issue 14: even `{ __typename }`): no path.
      expect(res.errors![0].path).toEqual(caller === 'revoked' ? undefined : [name]);
      expect(res.data?.[name] ?? null).toBeNull();
      await call.unchanged?.(t, vars ?? {});
    }
  });

  const nested = Object.entries(REACHING).flatMap(([field, calls]) =>
    calls.flatMap((call, i) => CALLERS.map((caller) => [field, i, caller, call] as const)),
  );
  it.each(nested)('%s (path %i) as %s', async (_field, _i, caller, call) => {
    const res = await run(caller, call.query, (await call.vars?.(t)) ?? undefined);
    const text = JSON.stringify(res.data ?? null);
    if (caller === 'RECRUITER' || caller === 'ADMIN') {
      if (call.query.includes('importJsonResume') && caller === 'RECRUITER') {
        expect(codes(res)).toEqual(['FORBIDDEN']);
        expect(text).not.toContain('"name"');
        return;
      }
      expect(res.errors).toBeUndefined();
      expect(text).toMatch(/"name":"[^"]+"/);
    } else {
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(text).not.toContain('"name"');
      expect(text).not.toContain('@');
    }
  });

  const nodeCases = Object.keys(NODE_RULES).flatMap((type) =>
    ['node', 'nodes'].flatMap((field) => CALLERS.map((caller) => [type, field, caller] as const)),
  );
  it.each(nodeCases)('%s through %s as %s', async (type, field, caller) => {
    const id = toGlobalId(type as NodeType, 1);
    const query =
      field === 'node' ? `{ node(id: "${id}") { id __typename } }` : `{ nodes(ids: ["${id}"]) { id __typename } }`;
    if (type === 'AuditRecord') await t.gql('{ match(postingId: 1, candidateId: 1) { score } }');
    const res = await run(caller, query);
    const want = expected(NODE_RULES[type], caller);
    if (want === 'allow') {
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res.data)).toContain(`"__typename":"${type}"`);
    } else {
      expect(codes(res)).toEqual([want]);
      expect(res.data?.[field] ?? null).toBeNull();
    }
  });

  it('refuses a malformed header and an unknown key on a public field as well', async () => {
    for (const authorization of [
      'Basic dXNlcjpwYXNz',
      'Bearer',
      `Bearer ${t.keys.ADMIN.key}x`,
      'Bearer sm_notAKeyAtAll',
    ]) {
      const res = await t.gql('{ skills(first: 1) { totalCount } }', undefined, { as: { authorization } });
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    }
    const ok = await t.gql('{ skills(first: 1) { totalCount } }', undefined, {
      as: { authorization: `bearer   ${t.keys.RECRUITER.key}` },
    });
    expect(ok.errors).toBeUndefined();
  });

  it('reports one auth error per refused field and still answers the public ones', async () => {
    const res = await t.gql('{ skills(first: 1) { totalCount } candidates(first: 1) { totalCount } }', undefined, {
      as: 'anonymous',
    });
    expect(res.data).toBeNull(); // candidates is non-null, so the error nulls the whole answer
    expect(codes(res).filter((c) => AUTH_CODES.includes(c))).toEqual(['UNAUTHENTICATED']);
    const both = await t.gql('{ skills(first: 1) { totalCount } candidate(id: 1) { name } }', undefined, {
      as: 'anonymous',
    });
    expect(both.data!.skills.totalCount).toBeGreaterThan(0);
    expect(both.data!.candidate).toBeNull();
    expect(codes(both)).toEqual(['UNAUTHENTICATED']);
  });
});

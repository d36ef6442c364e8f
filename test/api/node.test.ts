import { decodeGlobalId, parseId, toGlobalId } from '../../src/graphql/ids';
import { Role } from '../../src/auth/roles';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Posting { title } ... on Candidate { name } ... on Skill { name }
  ... on RequirementGroup { label } ... on ApiKey { role } ... on AuditRecord { operation } } }`;

describe('global ids', () => {
  it('are base64url of Type:id, opaque and round-tripping', () => {
    expect(toGlobalId('Posting', 1)).toBe(Buffer.from('Posting:1').toString('base64url'));
    expect(toGlobalId('Posting', 1)).not.toMatch(/Posting|[=+/]/);
    expect(decodeGlobalId(toGlobalId('Candidate', 42))).toEqual({ type: 'Candidate', id: '42' });
    expect(parseId(toGlobalId('Candidate', 42), 'id', 'Candidate')).toBe(42);
    expect(parseId('42', 'id', 'Candidate')).toBe(42);
  });

  it('refuse malformed ids and ids of another type, naming the argument', () => {
    for (const bad of [
      '',
      'abc',
      '0',
      '-1',
      '1.5',
      toGlobalId('Posting', 'x'),
      Buffer.from('Nope:1').toString('base64url'),
      'UG9zdGluZzox=',
    ]) {
      expect(() => parseId(bad, 'postingId', 'Posting')).toThrow(expect.objectContaining({ field: 'postingId' }));
    }
    expect(() => parseId(toGlobalId('Candidate', 1), 'postingId', 'Posting')).toThrow(
      /id of a Posting, got the id of a Candidate/,
    );
  });
});

describe.each(testDatabases())('node and nodes on $kind', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db);
    await t.gql(`{ match(postingId: "1", candidateId: "1") { score } }`);
  });
  afterAll(() => t.close());

  it('hands out global ids and resolves every identified type back by them', async () => {
    const res = await t.gql(`{
      postings(first: 1) { edges { node { id requirements { id } } } }
      candidates(first: 1) { edges { node { id } } }
      skill(name: "k8s") { id }
      apiKeys { id }
      auditLog(first: 1) { edges { node { id keyId postingId } } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    const posting = d.postings.edges[0].node;
    const ids: [string, string][] = [
      ['Posting', posting.id],
      ['RequirementGroup', posting.requirements[0].id],
      ['Candidate', d.candidates.edges[0].node.id],
      ['Skill', d.skill.id],
      ['ApiKey', d.apiKeys[0].id],
      ['AuditRecord', d.auditLog.edges[0].node.id],
    ];
    expect(decodeGlobalId(d.auditLog.edges[0].node.postingId)).toEqual({ type: 'Posting', id: '1' });
    expect(decodeGlobalId(d.auditLog.edges[0].node.keyId)?.type).toBe('ApiKey');
    for (const [type, id] of ids) {
      expect(decodeGlobalId(id)?.type).toBe(type);
      const got = await t.gql(NODE, { id });
      expect(got.errors).toBeUndefined();
      expect(got.data!.node).toMatchObject({ __typename: type, id });
    }
    const many = await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
      ids: [...ids.map(([, id]) => id), toGlobalId('Posting', 99999)],
    });
    expect(many.errors).toBeUndefined();
    expect(many.data!.nodes).toEqual([...ids.map(([__typename, id]) => ({ __typename, id })), null]);
  });

  it('applies the access rule of the type: postings to anyone, candidates to recruiters, keys and audit to admins', async () => {
    const anon = await t.gql(NODE, { id: toGlobalId('Posting', 1) }, { as: 'anonymous' });
    expect(anon.data!.node).toMatchObject({ __typename: 'Posting', title: expect.any(String) });
    const cand = await t.gql(NODE, { id: toGlobalId('Candidate', 1) }, { as: 'anonymous' });
    expect(cand.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(cand.data?.node ?? null).toBeNull();
    const mixed = await t.gql(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      { ids: [toGlobalId('Posting', 1), toGlobalId('Candidate', 1)] },
      { as: 'anonymous' },
    );
    expect(mixed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const recruiter = await t.gql(NODE, { id: toGlobalId('Candidate', 1) }, { as: Role.RECRUITER });
    expect(recruiter.data!.node).toMatchObject({ __typename: 'Candidate', name: expect.any(String) });
    for (const type of ['ApiKey', 'AuditRecord'] as const) {
      const forbidden = await t.gql(NODE, { id: toGlobalId(type, 1) }, { as: Role.RECRUITER });
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const revoked = await t.gql(NODE, { id: toGlobalId('Posting', 1) }, { as: { authorization: 'Bearer not-a-key' } });
    expect(revoked.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers a malformed id with BAD_USER_INPUT naming the argument', async () => {
    const bad = await t.gql(NODE, { id: 'not an id' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const badMany = await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [toGlobalId('Posting', 1), '12'],
    });
    expect(badMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids[1]' });
    const tooMany = await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: Array.from({ length: 101 }, (_, i) => toGlobalId('Skill', i + 1)),
    });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });

  it('accepts global ids wherever an id is taken, raw integers too, and refuses an id of the wrong type', async () => {
    const byGlobal = await t.gql(
      `query($p: ID!, $c: ID!) { match(postingId: $p, candidateId: $c) { postingId candidateId score } }`,
      {
        p: toGlobalId('Posting', 1),
        c: toGlobalId('Candidate', 3),
      },
    );
    const byRaw = await t.gql(`{ match(postingId: "1", candidateId: "3") { postingId candidateId score } }`);
    expect(byGlobal.errors).toBeUndefined();
    expect(byGlobal.data).toEqual(byRaw.data);
    expect(byGlobal.data!.match).toMatchObject({
      postingId: toGlobalId('Posting', 1),
      candidateId: toGlobalId('Candidate', 3),
    });
    const wrong = await t.gql(`query($p: ID!) { posting(id: $p) { id } }`, { p: toGlobalId('Candidate', 1) });
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      expectedType: 'Posting',
      actualType: 'Candidate',
    });
    const wrongArg = await t.gql(`query($c: ID!) { rankPostings(candidateId: $c) { totalCount } }`, {
      c: toGlobalId('Posting', 1),
    });
    expect(wrongArg.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'candidateId' });
  });

  it('names what was not found by the ids the client holds', async () => {
    const gone = await t.gql(`query($p: ID!, $c: ID!) { match(postingId: $p, candidateId: $c) { score } }`, {
      p: toGlobalId('Posting', 99999),
      c: toGlobalId('Candidate', 1),
    });
    expect(gone.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      entity: 'Posting',
      id: '99999',
      globalId: toGlobalId('Posting', 99999),
    });
    const unknown = await t.gql(
      `query($ids: [ID!]!) { scoreCandidates(postingId: "1", candidateIds: $ids) { score } }`,
      { ids: [toGlobalId('Candidate', 1), toGlobalId('Candidate', 424242), '434343'] },
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'candidateIds',
      missing: [toGlobalId('Candidate', 424242), '434343'],
    });
  });
});

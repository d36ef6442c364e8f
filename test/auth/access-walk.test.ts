import { type GraphQLInterfaceType, getNamedType, isObjectType } from 'graphql';
import { fieldsReaching } from '../../src/auth/access-check';
import { Role } from '../../src/auth/roles';
import { type NodeType, toGlobalId } from '../../src/graphql/ids';
import { buildAppSchema } from '../../src/graphql/schema';
import { testDatabases } from '../support/databases';
import { type GqlResult, type TestApp, startTestApp } from '../support/test-app';

/**
 * The access table the README documents, one row per root field. The walk below enumerates the
 * root fields from the schema, so a new field without a row here fails this test.
 */
const ROOT_RULES: Record<string, 'PUBLIC' | 'RECRUITER' | 'ADMIN'> = {
  'Query.skills': 'PUBLIC',
  'Query.skill': 'PUBLIC',
  'Query.normalizeSkills': 'PUBLIC',
  'Query.postings': 'PUBLIC',
  'Query.posting': 'PUBLIC',
  'Query.parsePosting': 'PUBLIC',
  'Query.parseResume': 'RECRUITER',
  'Query.candidates': 'RECRUITER',
  'Query.candidate': 'RECRUITER',
  'Query.match': 'RECRUITER',
  'Query.rankCandidates': 'RECRUITER',
  'Query.rankPostings': 'RECRUITER',
  'Query.matchPreview': 'RECRUITER',
  'Query.scoreCandidates': 'RECRUITER',
  'Query.apiKeys': 'ADMIN',
  'Query.auditLog': 'ADMIN',
  'Query.node': 'PUBLIC',
  'Query.nodes': 'PUBLIC',
  'Mutation.createCandidate': 'RECRUITER',
  'Mutation.updateCandidate': 'RECRUITER',
  'Mutation.createPosting': 'RECRUITER',
  'Mutation.updatePosting': 'RECRUITER',
  'Mutation.deleteCandidate': 'ADMIN',
  'Mutation.deletePosting': 'ADMIN',
  'Mutation.importPosting': 'ADMIN',
  'Mutation.importJsonResume': 'ADMIN',
  'Mutation.importResume': 'RECRUITER',
  'Mutation.importJobPosting': 'ADMIN',
  'Mutation.createApiKey': 'ADMIN',
  'Mutation.revokeApiKey': 'ADMIN',
};

type Vars = Record<string, unknown>;
interface Call {
  readonly query: string;
  /** Fresh variables per call (a throwaway row for deletes), so every caller meets the same state. */
  readonly vars?: (t: TestApp) => Promise<Vars> | Vars;
  /** After a refused call: nothing changed. */
  readonly unchanged?: (t: TestApp, vars: Vars) => Promise<void>;
}

const CANDIDATE = { name: 'Walk Example', email: 'walk@example.com', skills: [{ name: 'Go', months: 12 }] };
const POSTING = {
  title: 'Walk Engineer',
  employmentType: 'FULL_TIME',
  requirements: [{ importance: 'REQUIRED', category: 'LANGUAGE', label: 'Go', skills: ['Go'] }],
};
const RESUME = { basics: { name: 'Resume Walker', email: 'resume.walker@example.com' }, skills: [{ name: 'Docker' }] };
const RESUME_DOCUMENT = {
  content: Buffer.from('Doc Walker\ndoc.walker@example.com\nSKILLS\nDocker, Go\n').toString('base64'),
  mediaType: 'text/plain',
};
const JOB_POSTING_LD = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Platform Engineer',
  description: 'Requirements: 2 years of experience with Kubernetes and Go.',
  employmentType: 'FULL_TIME',
};

async function throwawayCandidate(t: TestApp): Promise<Vars> {
  return {
    id: String(
      (await t.app.services.candidates.create({ ...CANDIDATE, headline: null, location: null, education: [] } as never))
        .id,
    ),
  };
}

const CALLS: Record<string, Call> = {
  'Query.skills': { query: '{ skills(first: 1) { totalCount } }' },
  'Query.skill': { query: '{ skill(name: "golang") { name } }' },
  'Query.normalizeSkills': { query: '{ normalizeSkills(names: ["k8s"]) { input } }' },
  'Query.postings': { query: '{ postings(first: 1) { totalCount } }' },
  'Query.posting': { query: '{ posting(id: 1) { title jsonLd } }' },
  'Query.parsePosting': {
    query: '{ parsePosting(text: "Go Developer\\n\\nRequirements:\\n- 2 years of Go") { title } }',
  },
  'Query.parseResume': {
    query: 'query($d: ResumeDocumentInput!) { parseResume(document: $d) { name skills { name months } } }',
    vars: () => ({ d: RESUME_DOCUMENT }),
  },
  'Query.candidates': { query: '{ candidates(first: 1) { totalCount } }' },
  'Query.candidate': { query: '{ candidate(id: 1) { name } }' },
  'Query.match': { query: '{ match(postingId: 1, candidateId: 1) { score } }' },
  'Query.rankCandidates': { query: '{ rankCandidates(postingId: 1, first: 3) { totalCount } }' },
  'Query.rankPostings': { query: '{ rankPostings(candidateId: 1, first: 3) { totalCount } }' },
  'Query.matchPreview': {
    query:
      '{ matchPreview(posting: { id: 1 }, candidate: { candidate: { name: "P", skills: [{ name: "Go" }] } }) { score } }',
  },
  'Query.scoreCandidates': { query: '{ scoreCandidates(postingId: 1, candidateIds: [1, 2]) { score } }' },
  'Query.apiKeys': { query: '{ apiKeys { id } }' },
  'Query.auditLog': { query: '{ auditLog(first: 1) { totalCount } }' },
  'Query.node': { query: `{ node(id: "${toGlobalId('Posting', 1)}") { id } }` },
  'Query.nodes': { query: `{ nodes(ids: ["${toGlobalId('Posting', 1)}", "${toGlobalId('Skill', 1)}"]) { id } }` },
  'Mutation.createCandidate': {
    query: 'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }',
    vars: () => ({ input: CANDIDATE }),
  },
  'Mutation.updateCandidate': { query: 'mutation { updateCandidate(id: 1, input: { headline: "Walked" }) { id } }' },
  'Mutation.createPosting': {
    query: 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }',
    vars: () => ({ input: POSTING }),
  },
  'Mutation.updatePosting': { query: 'mutation { updatePosting(id: 1, input: { company: "Walk Inc." }) { id } }' },
  'Mutation.deleteCandidate': {
    query: 'mutation($id: ID!) { deleteCandidate(id: $id) }',
    vars: throwawayCandidate,
    unchanged: async (t, v) => expect(await t.app.services.candidates.get(Number(v.id))).not.toBeNull(),
  },
  'Mutation.deletePosting': {
    query: 'mutation($id: ID!) { deletePosting(id: $id) }',
    vars: async (t) => ({
      id: String(
        (
          await t.app.services.postings.create({
            ...POSTING,
            company: null,
            locations: [],
            description: '',
            datePosted: null,
            education: null,
          } as never)
        ).id,
      ),
    }),
    unchanged: async (t, v) => expect(await t.app.services.postings.get(Number(v.id))).not.toBeNull(),
  },
  'Mutation.importPosting': {
    query: 'mutation { importPosting(text: "Go Developer\\n\\nRequirements:\\n- 2 years of Go") { posting { id } } }',
  },
  'Mutation.importJsonResume': {
    query: 'mutation($r: JSONObject!) { importJsonResume(resume: $r) { candidate { id } } }',
    vars: () => ({ r: RESUME }),
  },
  'Mutation.importResume': {
    query: 'mutation($d: ResumeDocumentInput!) { importResume(document: $d) { candidate { id } } }',
    vars: () => ({ d: RESUME_DOCUMENT }),
  },
  'Mutation.importJobPosting': {
    query: 'mutation($j: JSON!) { importJobPosting(jsonLd: $j) { posting { id } } }',
    vars: () => ({ j: JOB_POSTING_LD }),
  },
  'Mutation.createApiKey': {
    query: 'mutation($name: String) { createApiKey(role: RECRUITER, name: $name) { key } }',
    vars: () => ({ name: `walk ${Math.random()}` }),
    unchanged: async (t, v) =>
      expect((await t.app.services.keys.list()).filter((k) => k.name === v.name)).toHaveLength(0),
  },
  'Mutation.revokeApiKey': {
    query: 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
    vars: async (t) => ({ id: String((await t.app.services.keys.create(Role.RECRUITER, 'to revoke')).info.id) }),
    unchanged: async (t, v) =>
      expect((await t.app.services.keys.list()).find((k) => k.id === Number(v.id))!.revokedAt).toBeNull(),
  },
};

/**
 * Every field whose type is or leads to Candidate, with operations that reach candidate data
 * through it. A new such field without an entry fails the test.
 */
const REACHING: Record<string, readonly Call[]> = {
  'CandidateConnection.edges': [{ query: '{ candidates(first: 2) { edges { node { id name email } } } }' }],
  'CandidateEdge.node': [
    { query: '{ candidates(first: 2) { edges { node { id name email skills { months } education { level } } } } }' },
  ],
  'CandidateImport.candidate': [
    {
      query: 'mutation($r: JSONObject!) { importJsonResume(resume: $r) { candidate { id name email } } }',
      vars: () => ({ r: RESUME }),
    },
    {
      query: 'mutation($d: ResumeDocumentInput!) { importResume(document: $d) { candidate { id name email } } }',
      vars: () => ({ d: RESUME_DOCUMENT }),
    },
  ],
  'MatchConnection.edges': [
    { query: '{ rankCandidates(postingId: 1, first: 2) { edges { node { candidate { id name email } } } } }' },
    {
      query:
        '{ rankPostings(candidateId: 1, first: 2) { edges { node { candidateId candidate { id name email } } } } }',
    },
  ],
  'MatchEdge.node': [
    { query: '{ rankCandidates(postingId: 1, first: 2) { edges { node { candidateId score candidate { name } } } } }' },
  ],
  'MatchResult.candidate': [
    { query: '{ match(postingId: 1, candidateId: 1) { candidate { id name email } } }' },
    { query: '{ scoreCandidates(postingId: 1, candidateIds: [1, 2]) { candidate { id name email } } }' },
    { query: '{ matchPreview(posting: { id: 1 }, candidate: { id: 1 }) { candidate { id name email } } }' },
  ],
};

/**
 * `node(id:)` and `nodes(ids:)` are public, but each type they resolve keeps the rule of its own
 * root field. One row per Node type, so a new identified type without a row fails the test.
 */
const NODE_RULES: Record<string, 'PUBLIC' | 'RECRUITER' | 'ADMIN'> = {
  Posting: 'PUBLIC',
  RequirementGroup: 'PUBLIC',
  Skill: 'PUBLIC',
  Candidate: 'RECRUITER',
  ApiKey: 'ADMIN',
  AuditRecord: 'ADMIN',
};

type Caller = 'anonymous' | 'RECRUITER' | 'ADMIN' | 'revoked';
const CALLERS: readonly Caller[] = ['anonymous', 'RECRUITER', 'ADMIN', 'revoked'];

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

import { type GraphQLObjectType, type GraphQLResolveInfo, buildSchema } from 'graphql';
import {
  AccessRuleError,
  type AccessRules,
  accessRulesFromMetadata,
  checkAccess,
  whoReaches,
} from '../../src/auth/access-check';
import { Access, Role } from '../../src/auth/roles';
import { createContext } from '../../src/graphql/context';
import { CLI_ACTOR } from '../../src/services/audit-event';
import { RESOLVERS, appAccessRules, buildAppSchema } from '../../src/graphql/schema';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const SDL = `
  type Query { postings: [Posting!]! candidates: [Candidate!]! }
  type Mutation { touch: Boolean }
  type Posting { id: ID! title: String! topCandidate: Candidate }
  type Candidate { id: ID! email: String }
`;
const PROTECTED = { Candidate: [Role.RECRUITER, Role.ADMIN] } as const;
const rules = (entries: Record<string, readonly unknown[]>): AccessRules => new Map(Object.entries(entries));

function problems(run: () => void): string[] {
  try {
    run();
  } catch (err) {
    if (err instanceof AccessRuleError) return [...err.problems];
    throw err;
  }
  return [];
}

describe('the build-time access check (deny by default)', () => {
  const schema = buildSchema(SDL);
  const complete = {
    'Query.postings': Access.PUBLIC,
    'Query.candidates': Access.RECRUITER,
    'Mutation.touch': Access.ADMIN,
  };

  it('refuses a root field that declares no rule', () => {
    const { 'Mutation.touch': _, ...missing } = complete;
    expect(
      problems(() => checkAccess(schema, rules({ ...missing, 'Posting.topCandidate': Access.RECRUITER }), PROTECTED)),
    ).toEqual([expect.stringContaining('Mutation.touch has no access rule')]);
  });

  it('refuses a public path to protected data through a nested field without a rule', () => {
    const found = problems(() => checkAccess(schema, rules(complete), PROTECTED));
    expect(found).toEqual([
      expect.stringContaining(
        'Candidate (only RECRUITER, ADMIN) is reachable by anonymous callers via Query.postings → Posting.topCandidate',
      ),
    ]);
  });

  it('accepts the same schema once the nested field is guarded', () => {
    expect(
      problems(() => checkAccess(schema, rules({ ...complete, 'Posting.topCandidate': Access.RECRUITER }), PROTECTED)),
    ).toEqual([]);
    const reach = whoReaches(schema, rules({ ...complete, 'Posting.topCandidate': Access.RECRUITER }));
    expect([...reach.get('Candidate')!.keys()].sort()).toEqual(['ADMIN', 'RECRUITER']);
    expect([...reach.get('Posting')!.keys()].sort()).toEqual(['ADMIN', 'ANONYMOUS', 'RECRUITER']);
  });

  it('refuses unknown rule tokens and a protected type that is not in the schema', () => {
    const found = problems(() =>
      checkAccess(schema, rules({ ...complete, 'Posting.topCandidate': ['RECRUITERS'] }), {
        ...PROTECTED,
        Applicant: [Role.ADMIN],
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Posting.topCandidate uses unknown access token(s) RECRUITERS'),
        expect.stringContaining('protected type Applicant is not in the schema'),
        // An unknown token admits nobody, so the nested field is closed, not open.
      ]),
    );
    expect(found.some((p) => p.startsWith('Candidate'))).toBe(false);
  });

  it('passes for the app schema, and fails when a rule is dropped or opened up', () => {
    const app = buildAppSchema();
    const real = appAccessRules();
    expect(() => checkAccess(app, real)).not.toThrow();
    // node(id:) is public and returns any Node: only its per-type rules keep candidates, keys and audit in.
    const metadataOnly = accessRulesFromMetadata(RESOLVERS);
    expect(problems(() => checkAccess(app, metadataOnly))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Candidate (only RECRUITER, ADMIN) is reachable by anonymous callers via Query.node'),
      ]),
    );
    const nodeOpened = new Map(real).set('Node→ApiKey', Access.RECRUITER);
    expect(problems(() => checkAccess(app, nodeOpened))).toEqual([
      expect.stringContaining('ApiKey (only ADMIN) is reachable by RECRUITER via Query.node'),
    ]);
    const without = new Map(real);
    without.delete('Query.candidates');
    expect(problems(() => checkAccess(app, without))).toEqual([
      expect.stringContaining('Query.candidates has no access rule'),
    ]);
    const opened = new Map(real).set('Query.match', Access.PUBLIC);
    expect(problems(() => checkAccess(app, opened))).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'MatchResult (only RECRUITER, ADMIN) is reachable by anonymous callers via Query.match',
        ),
      ]),
    );
    const keys = new Map(real).set('Query.apiKeys', Access.RECRUITER);
    expect(problems(() => checkAccess(app, keys))).toEqual([
      expect.stringContaining('ApiKey (only ADMIN) is reachable by RECRUITER via Query.apiKeys'),
    ]);
  });
});

describe('the field-level guard on MatchResult.candidate', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0]);
  });
  afterAll(() => t.close());

  it('refuses the candidate to a caller without a key even when reached without a guarded root', async () => {
    const field = (t.app.schema.getType('MatchResult') as GraphQLObjectType).getFields().candidate;
    const root = await t.app.services.matching.match(CLI_ACTOR, 1, 1);
    const info = {
      fieldName: 'candidate',
      path: { key: 'candidate', prev: undefined },
    } as unknown as GraphQLResolveInfo;
    await expect(Promise.resolve(field.resolve!(root, {}, createContext(t.app.services), info))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const recruiter = createContext(t.app.services, { authorization: `Bearer ${t.keys.RECRUITER.key}` });
    await expect(Promise.resolve(field.resolve!(root, {}, recruiter, info))).resolves.toMatchObject({ id: 1 });
  });
});

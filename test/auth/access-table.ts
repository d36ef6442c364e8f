import { Role } from '../../src/auth/roles';
import { toGlobalId } from '../../src/graphql/ids';
import { type TestApp } from '../support/test-app';

/**
 * The access table the README documents, one row per root field. The walk (access-walk.test.ts)
 * enumerates the root fields from the schema, so a new field without a row here fails it.
 */
export const ROOT_RULES: Record<string, 'PUBLIC' | 'RECRUITER' | 'ADMIN'> = {
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

export type Vars = Record<string, unknown>;
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

export const CALLS: Record<string, Call> = {
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
export const REACHING: Record<string, readonly Call[]> = {
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
export const NODE_RULES: Record<string, 'PUBLIC' | 'RECRUITER' | 'ADMIN'> = {
  Posting: 'PUBLIC',
  RequirementGroup: 'PUBLIC',
  Skill: 'PUBLIC',
  Candidate: 'RECRUITER',
  ApiKey: 'ADMIN',
  AuditRecord: 'ADMIN',
};

export type Caller = 'anonymous' | 'RECRUITER' | 'ADMIN' | 'revoked';
export const CALLERS: readonly Caller[] = ['anonymous', 'RECRUITER', 'ADMIN', 'revoked'];

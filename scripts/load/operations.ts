/** The GraphQL operations the load test and the HTTP benchmark send, and how a good answer looks. */
import { field } from '../faults/json-path';

/** `rankCandidates(first: 20)` as a recruiter's screen asks for it: scores, a summary, the names. */
export const RANK_QUERY =
  'query Rank($p: ID!) { rankCandidates(postingId: $p, first: 20) { totalCount edges { cursor node { candidateId score qualified summary candidate { id name } } } } }';

export const MATCH_QUERY =
  'query Match($p: ID!, $c: ID!) { match(postingId: $p, candidateId: $c) { candidateId score qualified summary } }';

export const CREATE_MUTATION =
  'mutation Create($input: CreateCandidateInput!) { createCandidate(input: $input) { id name skills { skill { name } months } } }';

type Body = { data?: Record<string, unknown> | null; errors?: unknown[] } | null;

function parse(text: string): Body {
  try {
    return JSON.parse(text) as Body;
  } catch {
    return null;
  }
}

/** A full ranking page: 20 rows (or all there are), each scored and named, and no GraphQL error. */
export function goodRanking(status: number, text: string): boolean {
  const body = parse(text);
  const page = field(body, 'data', 'rankCandidates') as
    { totalCount: number; edges: { node: { score: unknown; candidate: { name?: unknown } | null } }[] } | undefined;
  if (status !== 200 || !page || body?.errors) return false;
  return (
    page.edges.length === Math.min(20, page.totalCount) &&
    page.edges.every((e) => typeof e.node.score === 'number' && typeof e.node.candidate?.name === 'string')
  );
}

export function goodMatch(status: number, text: string): boolean {
  const body = parse(text);
  return status === 200 && !body?.errors && typeof field(body, 'data', 'match', 'score') === 'number';
}

export function goodCreate(status: number, text: string): boolean {
  const body = parse(text);
  return (
    status === 200 &&
    !body?.errors &&
    typeof field(body, 'data', 'createCandidate', 'id') === 'string' &&
    (field(body, 'data', 'createCandidate', 'skills') as unknown[]).length === 2
  );
}

const SKILLS = ['Go', 'Kubernetes', 'PostgreSQL', 'Java', 'Python', 'React', 'Docker', 'SQL', 'AWS', 'Linux'];

/** A valid, distinct createCandidate input. */
export function candidateInput(n: number): Record<string, unknown> {
  return {
    name: `Load Probe ${n}`,
    email: `load.probe.${n}@example.com`,
    skills: [
      { name: SKILLS[n % SKILLS.length], months: 6 + (n % 60) },
      { name: SKILLS[(n + 1 + (n % 3)) % SKILLS.length], months: 12 },
    ],
  };
}

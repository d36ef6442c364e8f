import { keepAliveAgent, postGraphQL, succeeded } from './http-client';
import { field } from './json-path';
import { Checks, type ScenarioResult } from './scenario';

const CREATE = `mutation Create($input: CreateCandidateInput!) { createCandidate(input: $input) { id name } }`;
const SKILLS = ['Go', 'Kubernetes', 'PostgreSQL', 'Java', 'Python', 'React', 'Docker', 'SQL'];
/** What a lost write or a broken write lock looks like, anywhere in a reply or the service log. */
const LOCK_TROUBLE = /SQLITE_BUSY|database is locked|cannot start a transaction within a transaction|deadlock/i;

export interface MutationTarget {
  /** The /graphql URL. */
  readonly url: string;
  readonly adminKey: string;
  /** The service's log lines, when it runs as a process (checked for lock errors). */
  readonly logs?: () => readonly Record<string, unknown>[];
}

/**
 * `total` createCandidate mutations at once over `connections` keep-alive connections. Holds when
 * every one answers with an id and no error, the ids are distinct, every candidate is then
 * stored and ranked, and no lock error shows anywhere.
 */
export async function concurrentMutations(
  target: MutationTarget,
  total = 1000,
  connections = 50,
): Promise<ScenarioResult> {
  const checks = new Checks();
  const agent = keepAliveAgent(connections);
  const auth = { authorization: `Bearer ${target.adminKey}` };
  const tag = `Probe${Date.now().toString(36)}`;
  try {
    const rankedBefore = await rankedCount(agent, target.url, auth);
    const started = Date.now();
    const replies = await Promise.all(
      Array.from({ length: total }, (_, i) =>
        postGraphQL(
          agent,
          target.url,
          {
            query: CREATE,
            variables: {
              input: {
                name: `${tag} ${i}`,
                email: `${tag.toLowerCase()}.${i}@example.com`,
                skills: [
                  { name: SKILLS[i % SKILLS.length], months: 6 + (i % 48) },
                  { name: SKILLS[(i * 3 + 1) % SKILLS.length], months: 12 },
                ],
              },
            },
          },
          auth,
        ),
      ),
    );
    const ms = Date.now() - started;
    const ok = replies.filter(succeeded);
    const failures = replies.filter((r) => !succeeded(r));
    checks.add(
      `${total} concurrent createCandidate over ${connections} connections all answer with an id`,
      ok.length === total,
      `${ok.length}/${total} in ${ms} ms${failures.length ? `; first failure: ${failures[0].error ?? failures[0].text.slice(0, 200)}` : ''}`,
    );
    const ids = new Set(ok.map((r) => String(field(r.body, 'data', 'createCandidate', 'id'))));
    checks.add('every mutation got its own id', ids.size === ok.length, `${ids.size} distinct ids`);

    const stored = await postGraphQL(
      agent,
      target.url,
      { query: `{ candidates(filter: { search: "${tag}" }) { totalCount } }` },
      auth,
    );
    const storedCount = field(stored.body, 'data', 'candidates', 'totalCount');
    checks.add(
      'every candidate is stored (none lost)',
      storedCount === total,
      `${storedCount} stored with the probe tag`,
    );
    const rankedAfter = await rankedCount(agent, target.url, auth);
    checks.add(
      'every candidate is in the ranking index',
      rankedAfter - rankedBefore === total,
      `ranked ${rankedBefore} before, ${rankedAfter} after`,
    );

    const troubled = replies.filter((r) => LOCK_TROUBLE.test(r.text)).length;
    const loggedTrouble = (target.logs?.() ?? []).filter((l) => LOCK_TROUBLE.test(JSON.stringify(l))).length;
    checks.add(
      'no SQLITE_BUSY or nested-transaction error reached a client or the log',
      troubled === 0 && loggedTrouble === 0,
      `${troubled} replies, ${loggedTrouble} log lines`,
    );
  } finally {
    agent.destroy();
  }
  return checks.result('concurrent mutations');
}

async function rankedCount(
  agent: ReturnType<typeof keepAliveAgent>,
  url: string,
  auth: Record<string, string>,
): Promise<number> {
  const reply = await postGraphQL(
    agent,
    url,
    { query: '{ rankCandidates(postingId: "1", first: 1) { totalCount } }' },
    auth,
  );
  const count = field(reply.body, 'data', 'rankCandidates', 'totalCount');
  if (typeof count !== 'number') throw new Error(`rankCandidates failed: ${reply.error ?? reply.text.slice(0, 300)}`);
  return count;
}

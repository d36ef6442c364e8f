import { Agent, request } from 'node:http';
import { keepAliveAgent, postGraphQL, succeeded } from './http-client';
import type { SqliteFixture } from './fixtures';
import { Checks, type ScenarioResult } from './scenario';
import { startServiceProcess } from './service-process';

/** A raw body to POST, built once. */
type Attack = { readonly name: string; readonly body: string };

const nearMisses = Array.from({ length: 500 }, (_, i) => `kubernetez${i}`);
const gql = (name: string, query: string, variables?: Record<string, unknown>): Attack => ({
  name,
  body: JSON.stringify({ query, variables }),
});

/**
 * The worst requests an anonymous client can send: issue 14's findings and a few of our own.
 * Most are refused early (cost, limits, body checks); the rest run long pure work on the
 * offload threads or ask for the largest answers the limits admit.
 */
const ATTACKS: readonly Attack[] = [
  // Finding 1: null to a defaulted @include variable once switched the cost limit off.
  gql(
    'include-null',
    `query($on: Boolean = true, $n: [String!]!) { ${Array.from({ length: 12 }, (_, i) => `n${i}: normalizeSkills(names: $n) @include(if: $on) { suggestions }`).join(' ')} }`,
    { on: null, n: nearMisses },
  ),
  // Finding 2: 500 near misses (each compared with every spelling the taxonomy knows).
  gql('normalize-500', 'query($n: [String!]!) { normalizeSkills(names: $n) { input suggestions skill { name } } }', {
    n: nearMisses,
  }),
  // Finding 2: quadratic posting text, 100 KB.
  gql(
    'parse-100kb',
    'query($t: String!) { parsePosting(text: $t) { title requirements { label skills { name } } warnings { code } } }',
    { t: 'C 1 year , '.repeat(9300) },
  ),
  gql('parse-commas', 'query($t: String!) { parsePosting(text: $t) { title } }', { t: 'C , '.repeat(25_000) }),
  // Finding 2: list fields without arguments fanning out.
  gql(
    'fan-out',
    '{ skills(first: 100) { edges { node { name narrower { name narrower { name related { skill { name } } } } } } } }',
  ),
  // The largest answer the limits admit without a key (the taxonomy's longest lists set the estimate:
  // 90 rows cost 21,601 once its related and narrower lists grew, over the 10,000 limit; 40 fit).
  gql(
    'widest-admitted',
    '{ skills(first: 40) { edges { node { name aliases broader { name } narrower { name } related { similarity skill { name } } } } } }',
  ),
  // Finding 7: introspection copies.
  gql(
    'introspection-copies',
    `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { name fields { name args { name } type { name } } } }`).join(' ')} }`,
  ),
  // Finding 10: thousands of operations; repeated fields.
  gql('16k-operations', Array.from({ length: 16_000 }, (_, i) => `query q${i} { __typename }`).join('\n')),
  gql('repeated-fields', `{ skills { ${'totalCount '.repeat(4000)} } }`),
  // Finding 9: variables nested 8,000 levels deep; a subscription.
  {
    name: 'deep-json',
    body: `{"query":"query($r: JSONObject!) { importJsonResume(resume: $r) { candidate { id } } }","variables":{"r":${'{"a":'.repeat(8000)}1${'}'.repeat(8000)}}}`,
  },
  gql('subscription', 'subscription { __typename }'),
  // Our own: fragments that spread each other twice over.
  gql(
    'fragment-bomb',
    `{ skill(name: "Go") { ...F0 } }\n${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Skill { ...F${i + 1} ...F${i + 1} }`).join('\n')}\nfragment F30 on Skill { name }`,
  ),
];

interface Sample {
  readonly ms: number;
  readonly status: number;
}

/** POSTs a raw body from a given local address (each attacker is its own address on loopback). */
function postRaw(agent: Agent, url: string, body: string, localAddress: string): Promise<Sample> {
  const started = process.hrtime.bigint();
  const ms = () => Number(process.hrtime.bigint() - started) / 1e6;
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ ms: ms(), status: res.statusCode ?? 0 }));
        res.on('error', () => resolve({ ms: ms(), status: 0 }));
      },
    );
    req.on('error', () => resolve({ ms: ms(), status: 0 }));
    req.end(body);
  });
}

function get(agent: Agent, url: string): Promise<Sample> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode ?? 0 }),
      );
    });
    req.on('error', () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: 0 }));
    req.end();
  });
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 10) / 10;

export interface AttackOptions {
  readonly attackers: number;
  readonly attackSeconds: number;
  readonly quietSeconds: number;
  /** Send only the attacks of these names (to find which one costs the RECRUITER most). */
  readonly only?: readonly string[];
}

/**
 * `attackers` anonymous clients, each from its own loopback address, send the worst requests
 * they can build as fast as they are answered for `attackSeconds`, while a prober reads
 * /healthz every 50 ms and a RECRUITER ranks candidates back to back. Targets: /healthz p99
 * at most 100 ms, the RECRUITER's rankCandidates p99 at most twice its quiet value (measured
 * first, in the same run), no server error. Rate limits are on at their defaults.
 */
export async function attackScenario(db: SqliteFixture, options: AttackOptions): Promise<ScenarioResult> {
  const checks = new Checks();
  const service = await startServiceProcess({
    ...db.env,
    SKILLMATCH_RATE_LIMIT_ANONYMOUS: '120',
    SKILLMATCH_RATE_LIMIT_KEYED: '6000',
    SKILLMATCH_COST_BUDGET_ANONYMOUS: '200000',
    SKILLMATCH_COST_BUDGET_KEYED: '10000000',
  });
  const admin = keepAliveAgent(2);
  const health = keepAliveAgent(1);
  const recruiterAgent = keepAliveAgent(1);
  const attackerAgents = Array.from({ length: options.attackers }, () => keepAliveAgent(1));
  const healthUrl = service.url.replace('/graphql', '/healthz');
  try {
    const created = await postGraphQL(
      admin,
      service.url,
      { query: 'mutation { createApiKey(role: RECRUITER, name: "attack scenario") { key } }' },
      { authorization: `Bearer ${db.adminKey}` },
    );
    if (!succeeded(created)) throw new Error(`could not create a RECRUITER key: ${created.text.slice(0, 200)}`);
    const recruiter = { authorization: `Bearer ${(created.body!.data!.createApiKey as { key: string }).key}` };
    const rank = {
      query:
        '{ rankCandidates(postingId: "1", first: 20) { totalCount edges { node { candidateId score qualified summary } } } }',
    };

    /** Probes /healthz and ranks as the RECRUITER until `until`. */
    const measure = async (until: number) => {
      const healthMs: number[] = [];
      const rankMs: number[] = [];
      let rankFailures = 0;
      const prober = (async () => {
        while (Date.now() < until) {
          const s = await get(health, healthUrl);
          if (s.status === 200) healthMs.push(s.ms);
          await sleep(50);
        }
      })();
      const ranker = (async () => {
        while (Date.now() < until) {
          const r = await postGraphQL(recruiterAgent, service.url, rank, recruiter);
          if (succeeded(r)) rankMs.push(r.ms);
          else rankFailures++;
          await sleep(20);
        }
      })();
      await Promise.all([prober, ranker]);
      return { healthMs, rankMs, rankFailures };
    };

    // Warm up (JIT, caches, worker threads) before measuring the quiet values.
    await measure(Date.now() + 2000);
    const quiet = await measure(Date.now() + options.quietSeconds * 1000);

    const statuses = new Map<number, number>();
    const byAttack = new Map<string, Map<number, number>>();
    const until = Date.now() + options.attackSeconds * 1000;
    const attacks = options.only ? ATTACKS.filter((a) => options.only!.includes(a.name)) : ATTACKS;
    const attacker = async (a: number) => {
      const address = `127.0.0.${10 + a}`;
      for (let i = a; Date.now() < until; i++) {
        const attack = attacks[i % attacks.length];
        const s = await postRaw(attackerAgents[a], service.url, attack.body, address);
        statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
        const per = byAttack.get(attack.name) ?? new Map<number, number>();
        per.set(s.status, (per.get(s.status) ?? 0) + 1);
        byAttack.set(attack.name, per);
      }
    };
    const [loud] = await Promise.all([
      measure(until),
      ...Array.from({ length: options.attackers }, (_, a) => attacker(a)),
    ]);

    const quietRank = percentile(quiet.rankMs, 99);
    const loudRank = percentile(loud.rankMs, 99);
    const loudHealth = percentile(loud.healthMs, 99);
    const sent = [...statuses.values()].reduce((a, b) => a + b, 0);
    const shown = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
    console.log(
      `attack: ${options.attackers} anonymous clients, ${options.attackSeconds} s, ${sent} requests (${shown})`,
    );
    for (const [name, per] of byAttack)
      console.log(`  ${name}: ${[...per.entries()].map(([s, n]) => `${s}: ${n}`).join(', ')}`);
    console.log(
      `quiet: /healthz p99 ${round(percentile(quiet.healthMs, 99))} ms (${quiet.healthMs.length} probes), rankCandidates p99 ${round(quietRank)} ms (${quiet.rankMs.length} requests)`,
    );
    console.log(
      `attack: /healthz p99 ${round(loudHealth)} ms (${loud.healthMs.length} probes), rankCandidates p99 ${round(loudRank)} ms (${loud.rankMs.length} requests, ${loud.rankFailures} failed)`,
    );

    checks.add(
      '/healthz p99 under attack is at most 100 ms',
      loudHealth <= 100,
      `${round(loudHealth)} ms over ${loud.healthMs.length} probes`,
    );
    checks.add(
      "a RECRUITER's rankCandidates p99 under attack is at most twice its quiet value",
      loudRank <= 2 * quietRank,
      `${round(loudRank)} ms vs quiet ${round(quietRank)} ms`,
    );
    checks.add(
      'the RECRUITER was answered throughout',
      loud.rankFailures === 0 && loud.rankMs.length > 0,
      `${loud.rankMs.length} answered, ${loud.rankFailures} failed`,
    );
    // 503 is the service refusing work it has no room for (SERVICE_BUSY, with Retry-After), by design.
    const serverErrors = [...statuses.entries()]
      .filter(([s]) => (s >= 500 && s !== 503) || s === 0)
      .reduce((a, [, n]) => a + n, 0);
    checks.add(
      'no attack request got a server error (503 busy refusals aside) or a cut connection',
      serverErrors === 0,
      `${serverErrors} of ${sent}`,
    );
    checks.add(
      'the service is still running',
      service.child.exitCode === null && service.child.signalCode === null,
      'alive',
    );
  } finally {
    for (const a of [admin, health, recruiterAgent, ...attackerAgents]) a.destroy();
    await service.dispose();
  }
  return checks.result('attack');
}

/**
 * The HTTP workload of issue 12, measured side by side in one run: skillmatch as `npm start` runs
 * it (its own process: production mode, JSON request logs, API-key auth, query limits) on SQLite
 * with 100,000 generated candidates plus the seed, and every posting of the parser corpus
 * (bench/posting-corpus.ts) parsed by the service's parser and stored. autocannon, 8 keep-alive
 * connections, every answer's body checked. Rows, in the order they run:
 *
 * - the trivial query `{ postings(first: 1) { totalCount } }`: the stack's ceiling;
 * - `rankCandidates(first: 20)` on one posting, repeated: a cached page, a reference line only;
 * - `rankCandidates` rotating over the corpus postings with `first` drawn from 10..30;
 * - `match` on random (corpus posting, candidate) pairs;
 * - the mix: 80 % rotating rank, 15 % match, 5 % `createCandidate`.
 *
 * Run alone: npx ts-node --transpile-only bench/http-workload.bench.ts
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { prepareSqliteDatabase } from '../scripts/faults/fixtures';
import { PROJECT_ROOT } from '../scripts/faults/node-script';
import { type LoadFigures, type LoadRequest, runAutocannon } from '../scripts/load/autocannon-run';
import {
  CREATE_MUTATION,
  MATCH_QUERY,
  RANK_QUERY,
  candidateInput,
  goodCreate,
  goodMatch,
  goodRanking,
} from '../scripts/load/operations';
import { startServer, stopServer } from '../scripts/load/servers';
import { field } from '../scripts/faults/json-path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { loadPostingCorpus } from './posting-corpus';
import type { BenchRow } from './ranking.bench';

const CANDIDATES = Number(process.env.HTTP_BENCH_CANDIDATES ?? 100_000);
const SECONDS = Number(process.env.HTTP_BENCH_SECONDS ?? 10);
const CONNECTIONS = 8;

const TRIVIAL_QUERY = '{ postings(first: 1) { totalCount } }';
const ROTATING_QUERY =
  'query Rank($p: ID!, $n: Int!) { rankCandidates(postingId: $p, first: $n) { totalCount edges { cursor node { candidateId score qualified summary candidate { id name } } } } }';

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function goodTrivial(status: number, text: string): boolean {
  const body = parse(text) as { errors?: unknown } | null;
  return status === 200 && !body?.errors && typeof field(body, 'data', 'postings', 'totalCount') === 'number';
}

/** A page of 10..30 rows (or all there are), each scored and named, and no GraphQL error. */
function goodRotating(status: number, text: string): boolean {
  const body = parse(text) as { errors?: unknown } | null;
  const page = field(body, 'data', 'rankCandidates') as
    { totalCount: number; edges: { node: { score: unknown; candidate: { name?: unknown } | null } }[] } | undefined;
  if (status !== 200 || !page || body?.errors) return false;
  const n = page.edges.length;
  return (
    n >= Math.min(10, page.totalCount) &&
    n <= Math.min(30, page.totalCount) &&
    page.edges.every((e) => typeof e.node.score === 'number' && typeof e.node.candidate?.name === 'string')
  );
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];

/** Imports the corpus postings into the fixture database; returns their ids. */
async function importCorpus(env: Record<string, string>): Promise<string[]> {
  const config = loadConfig(
    { ...env, LOG_LEVEL: 'silent', NODE_ENV: 'production', SKILLMATCH_SEED: 'false' },
    { dataDir: join(PROJECT_ROOT, 'data') },
  );
  const app = await createApp(config);
  try {
    const stored = await app.services.postings.createMany(
      loadPostingCorpus(app.services.taxonomy.current()).map((p) => p.draft),
    );
    return stored.map((p) => String(p.id));
  } finally {
    await app.close();
  }
}

function row(name: string, f: LoadFigures, note: string, target?: string): BenchRow {
  return {
    name,
    value: f.requestsPerSecond,
    unit: 'req/s',
    target,
    note: `p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms; ${f.errors} errors; ${note}`,
  };
}

export async function runHttpWorkloadBench(): Promise<BenchRow[]> {
  const db = await prepareSqliteDatabase(CANDIDATES);
  try {
    const postingIds = await importCorpus(db.env);
    const candidates = db.candidates;
    const headers = { authorization: `Bearer ${db.adminKey}` };
    let created = 0;
    const trivial: LoadRequest = {
      name: 'trivial',
      weight: 1,
      body: () => JSON.stringify({ query: TRIVIAL_QUERY }),
      check: goodTrivial,
    };
    const cached: LoadRequest = {
      name: 'cached',
      weight: 1,
      body: () => JSON.stringify({ query: RANK_QUERY, variables: { p: postingIds[0] } }),
      check: goodRanking,
    };
    const rotating: LoadRequest = {
      name: 'rotating rank',
      weight: 16,
      body: () =>
        JSON.stringify({
          query: ROTATING_QUERY,
          variables: { p: pick(postingIds), n: 10 + Math.floor(Math.random() * 21) },
        }),
      check: goodRotating,
    };
    const match: LoadRequest = {
      name: 'match',
      weight: 3,
      body: () =>
        JSON.stringify({
          query: MATCH_QUERY,
          variables: { p: pick(postingIds), c: String(1 + Math.floor(Math.random() * candidates)) },
        }),
      check: goodMatch,
    };
    const create: LoadRequest = {
      name: 'createCandidate',
      weight: 1,
      body: () =>
        JSON.stringify({ query: CREATE_MUTATION, variables: { input: candidateInput(1_000_000 + created++) } }),
      check: goodCreate,
    };
    const run = (mix: LoadRequest[]) =>
      runAutocannon(server.url, mix, { seconds: SECONDS, connections: CONNECTIONS, headers });
    const server = await startServer('skillmatch', db);
    let figures: Record<'trivial' | 'cached' | 'rotating' | 'match' | 'mix', LoadFigures>;
    try {
      await runAutocannon(server.url, [rotating, { ...match, weight: 1 }, trivial], {
        seconds: 3,
        connections: CONNECTIONS,
        headers,
      }); // warm-up: JIT, plans
      figures = {
        trivial: await run([trivial]),
        cached: await run([cached]),
        rotating: await run([{ ...rotating, weight: 1 }]),
        match: await run([{ ...match, weight: 1 }]),
        mix: await run([rotating, match, create]),
      };
    } finally {
      await stopServer(server);
    }
    const where = `${candidates.toLocaleString('en-US')} stored candidates (SQLite), ${postingIds.length} corpus postings; autocannon ${CONNECTIONS} connections, ${SECONDS} s`;
    const ratio = figures.rotating.requestsPerSecond / figures.trivial.requestsPerSecond;
    const mixKinds = Object.entries(figures.mix.byKind)
      .map(([k, v]) => `${k} ${v.requests}`)
      .join(', ');
    const errors = Object.values(figures).reduce((n, f) => n + f.errors, 0);
    return [
      row('http: trivial `{ postings(first: 1) { totalCount } }`', figures.trivial, `the stack's ceiling; ${where}`),
      row(
        'http: rankCandidates(first: 20), one posting repeated (reference)',
        figures.cached,
        'a cached page: a reference line, not a target',
      ),
      row(
        'http: rankCandidates rotating postings, first 10..30',
        figures.rotating,
        `each request a random corpus posting and page size`,
        '>= 400',
      ),
      {
        name: 'http: rotating / trivial',
        value: Math.round(ratio * 100) / 100,
        unit: 'ratio',
        target: '>= 0.25',
        note: 'same run, same server',
      },
      row('http: match on random pairs', figures.match, 'random corpus posting x random stored candidate'),
      {
        ...row(
          'http: mix 80% rotating rank / 15% match / 5% createCandidate',
          figures.mix,
          `by kind: ${mixKinds}`,
          '>= 300, p99 <= 60 ms',
        ),
      },
      {
        name: 'http: failed requests (status or body)',
        value: errors,
        unit: 'requests',
        target: '0',
        note: Object.values(figures).find((f) => f.firstError)?.firstError,
      },
    ];
  } finally {
    db.remove();
  }
}

if (require.main === module) {
  runHttpWorkloadBench().then(
    (rows) => {
      for (const r of rows)
        console.log(
          `${r.name.padEnd(70)} ${String(r.value).padStart(9)} ${r.unit.padEnd(8)} ${(r.target ?? '').padEnd(20)} ${r.note ?? ''}`,
        );
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}

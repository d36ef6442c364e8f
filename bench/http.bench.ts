/**
 * HTTP benchmark: `rankCandidates(first: 20)` on 100,000 stored candidates, through skillmatch as
 * `npm start` runs it (its own process: production mode, JSON request logs, API-key auth, query
 * limits) and through a bare graphql-js + node:http server on the same database and the same
 * in-process ranking. Max throughput by autocannon; latency at a fixed 500 requests/s from an
 * evenly paced client (not autocannon's bursty rate mode). Every answer's body is checked.
 *
 * Run alone: npx ts-node --transpile-only bench/http.bench.ts
 */
import 'reflect-metadata';
import { prepareSqliteDatabase } from '../scripts/faults/fixtures';
import { type LoadFigures, type LoadRequest, runAutocannon } from '../scripts/load/autocannon-run';
import { RANK_QUERY, goodRanking } from '../scripts/load/operations';
import { type PacedFigures, runPaced } from '../scripts/load/paced-client';
import { type ServerKind, startServer, stopServer } from '../scripts/load/servers';
import type { BenchRow } from './ranking.bench';

export type { BenchRow } from './ranking.bench';

const CANDIDATES = Number(process.env.HTTP_BENCH_CANDIDATES ?? 100_000);
const SECONDS = Number(process.env.HTTP_BENCH_SECONDS ?? 10);
const PACED_RATE = 500;
const CONNECTIONS = 10;

/** A pace the service sustains here, to show its latency when it is not saturated. */
const SUSTAINABLE_RATE = 100;

interface ServerFigures {
  readonly max: LoadFigures;
  readonly paced: PacedFigures;
  readonly sustainable: PacedFigures;
}

async function measure(
  kind: ServerKind,
  db: Awaited<ReturnType<typeof prepareSqliteDatabase>>,
): Promise<ServerFigures> {
  const headers: Record<string, string> = kind === 'skillmatch' ? { authorization: `Bearer ${db.adminKey}` } : {};
  const body = () => JSON.stringify({ query: RANK_QUERY, variables: { p: '1' } });
  const rank: LoadRequest = { name: 'rankCandidates', weight: 1, body, check: goodRanking };
  const server = await startServer(kind, db);
  try {
    await runAutocannon(server.url, [rank], { seconds: 3, connections: CONNECTIONS, headers }); // warm-up: JIT, caches
    const max = await runAutocannon(server.url, [rank], { seconds: SECONDS, connections: CONNECTIONS, headers });
    const sustainable = await runPaced(server.url, body, goodRanking, {
      rate: SUSTAINABLE_RATE,
      seconds: SECONDS,
      warmupSeconds: 1,
      headers,
    });
    const paced = await runPaced(server.url, body, goodRanking, {
      rate: PACED_RATE,
      seconds: SECONDS,
      warmupSeconds: 1,
      headers,
    });
    return { max, paced, sustainable };
  } finally {
    await stopServer(server);
  }
}

/** The HTTP rows of `npm run bench`. */
export async function runHttpBench(): Promise<BenchRow[]> {
  const db = await prepareSqliteDatabase(CANDIDATES);
  try {
    const skillmatch = await measure('skillmatch', db);
    const bare = await measure('bare graphql-js', db);
    const ratio = skillmatch.max.requestsPerSecond / bare.max.requestsPerSecond;
    const errors = (f: ServerFigures) => f.max.errors + f.paced.errors + f.sustainable.errors;
    const where = `${db.candidates.toLocaleString('en-US')} stored candidates, SQLite`;
    return [
      {
        name: 'http: rankCandidates(first: 20), max throughput',
        value: skillmatch.max.requestsPerSecond,
        unit: 'req/s',
        target: '>= 1000',
        note: `autocannon ${CONNECTIONS} connections ${SECONDS} s; p50 ${skillmatch.max.p50Ms} ms, p99 ${skillmatch.max.p99Ms} ms; ${skillmatch.max.errors} errors; ${where}`,
      },
      {
        name: `http: rankCandidates(first: 20), p99 at a paced ${PACED_RATE} req/s`,
        value: skillmatch.paced.p99Ms,
        unit: 'ms',
        target: '<= 20',
        note: `${skillmatch.paced.requests} requests evenly paced, latency from the due time; p50 ${skillmatch.paced.p50Ms} ms, max ${skillmatch.paced.maxMs} ms; ${skillmatch.paced.errors} errors; sender lag <= ${skillmatch.paced.maxSendLagMs} ms`,
      },
      {
        name: `http: rankCandidates(first: 20), p99 at a paced ${SUSTAINABLE_RATE} req/s`,
        value: skillmatch.sustainable.p99Ms,
        unit: 'ms',
        note: `below saturation, for comparison; p50 ${skillmatch.sustainable.p50Ms} ms, max ${skillmatch.sustainable.maxMs} ms; bare graphql-js p99 ${bare.sustainable.p99Ms} ms`,
      },
      {
        name: 'http: bare graphql-js rankCandidates(first: 20), max throughput',
        value: bare.max.requestsPerSecond,
        unit: 'req/s',
        note: `same ranking service and data behind graphql() + node:http; p50 ${bare.max.p50Ms} ms, p99 ${bare.max.p99Ms} ms; paced ${PACED_RATE} req/s p99 ${bare.paced.p99Ms} ms`,
      },
      {
        name: 'http: skillmatch / bare graphql-js throughput',
        value: Math.round(ratio * 100) / 100,
        unit: 'ratio',
        target: '>= 0.75',
        note: 'what Apollo, type-graphql, query limits, auth and request logging cost on this query',
      },
      {
        name: 'http: failed requests (status or body)',
        value: errors(skillmatch) + errors(bare),
        unit: 'requests',
        target: '0',
        note: skillmatch.max.firstError ?? skillmatch.paced.firstError ?? bare.max.firstError ?? bare.paced.firstError,
      },
    ];
  } finally {
    db.remove();
  }
}

if (require.main === module) {
  runHttpBench().then(
    (rows) => {
      for (const r of rows)
        console.log(
          `${r.name.padEnd(66)} ${String(r.value).padStart(9)} ${r.unit.padEnd(8)} ${(r.target ?? '').padEnd(9)} ${r.note ?? ''}`,
        );
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}

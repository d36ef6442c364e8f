/**
 * `npm run test:load`: skillmatch as `npm start` runs it, on a temporary SQLite database (seed
 * data plus 5,000 synthetic candidates), driven by autocannon with a mix of rankCandidates,
 * match and createCandidate; every answer's body is checked (a GraphQL error is an error). Then
 * the same ranking and match queries against a bare graphql-js server on the same data, for the
 * baseline ratio. Prints a table; exits 1 when any request failed.
 */
import 'reflect-metadata';
import { prepareSqliteDatabase } from '../faults/fixtures';
import { type LoadFigures, type LoadRequest, runAutocannon } from './autocannon-run';
import {
  CREATE_MUTATION,
  MATCH_QUERY,
  RANK_QUERY,
  candidateInput,
  goodCreate,
  goodMatch,
  goodRanking,
} from './operations';
import { startServer, stopServer } from './servers';

const SYNTHETIC = Number(process.env.LOAD_CANDIDATES ?? 5000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = 16;

async function main(): Promise<void> {
  console.log(`Preparing a SQLite database: seed data + ${SYNTHETIC} synthetic candidates...`);
  const db = await prepareSqliteDatabase(SYNTHETIC);
  const candidates = db.candidates;
  let created = 0;
  const rank: LoadRequest = {
    name: 'rankCandidates',
    weight: 6,
    body: () => JSON.stringify({ query: RANK_QUERY, variables: { p: String(1 + (created % 2)) } }),
    check: goodRanking,
  };
  const match: LoadRequest = {
    name: 'match',
    weight: 3,
    body: () =>
      JSON.stringify({
        query: MATCH_QUERY,
        variables: {
          p: String(1 + Math.floor(Math.random() * 2)),
          c: String(1 + Math.floor(Math.random() * candidates)),
        },
      }),
    check: goodMatch,
  };
  const create: LoadRequest = {
    name: 'createCandidate',
    weight: 1,
    body: () => JSON.stringify({ query: CREATE_MUTATION, variables: { input: candidateInput(created++) } }),
    check: goodCreate,
  };
  const headers = { authorization: `Bearer ${db.adminKey}` };
  const rows: [string, LoadFigures][] = [];

  try {
    const skillmatch = await startServer('skillmatch', db);
    try {
      await runAutocannon(skillmatch.url, [rank, match], { seconds: 2, connections: CONNECTIONS, headers }); // warm-up
      rows.push([
        'skillmatch: mix 60% rank / 30% match / 10% create',
        await runAutocannon(skillmatch.url, [rank, match, create], {
          seconds: SECONDS,
          connections: CONNECTIONS,
          headers,
        }),
      ]);
      rows.push([
        'skillmatch: rankCandidates(first: 20)',
        await runAutocannon(skillmatch.url, [{ ...rank, weight: 1 }], {
          seconds: SECONDS,
          connections: CONNECTIONS,
          headers,
        }),
      ]);
      rows.push([
        'skillmatch: match',
        await runAutocannon(skillmatch.url, [{ ...match, weight: 1 }], {
          seconds: SECONDS,
          connections: CONNECTIONS,
          headers,
        }),
      ]);
    } finally {
      await stopServer(skillmatch);
    }
    const bare = await startServer('bare graphql-js', db);
    try {
      await runAutocannon(bare.url, [rank, match], { seconds: 2, connections: CONNECTIONS });
      rows.push([
        'bare graphql-js: rankCandidates(first: 20)',
        await runAutocannon(bare.url, [{ ...rank, weight: 1 }], { seconds: SECONDS, connections: CONNECTIONS }),
      ]);
      rows.push([
        'bare graphql-js: match',
        await runAutocannon(bare.url, [{ ...match, weight: 1 }], { seconds: SECONDS, connections: CONNECTIONS }),
      ]);
    } finally {
      await stopServer(bare);
    }
  } finally {
    db.remove();
  }

  console.log(
    `\n${SECONDS} s each, ${CONNECTIONS} keep-alive connections, ${candidates} candidates at start; every body checked.\n`,
  );
  console.log(
    `${'scenario'.padEnd(52)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)}`,
  );
  for (const [name, f] of rows) {
    console.log(
      `${name.padEnd(52)} ${String(f.requestsPerSecond).padStart(7)} ${String(f.p50Ms).padStart(7)} ${String(f.p99Ms).padStart(7)} ${String(f.errors).padStart(7)}`,
    );
    if (f.errors > 0) console.log(`  first error: ${f.firstError}`);
  }
  const rps = (name: string) => rows.find(([n]) => n === name)![1].requestsPerSecond;
  const rankRatio = rps('skillmatch: rankCandidates(first: 20)') / rps('bare graphql-js: rankCandidates(first: 20)');
  const matchRatio = rps('skillmatch: match') / rps('bare graphql-js: match');
  console.log(`\nskillmatch / bare graphql-js: rankCandidates ${rankRatio.toFixed(2)}, match ${matchRatio.toFixed(2)}`);
  const mix = rows[0][1].byKind;
  console.log(
    `mix by kind: ${Object.entries(mix)
      .map(([k, v]) => `${k} ${v.requests} (${v.errors} errors)`)
      .join(', ')}`,
  );
  const errors = rows.reduce((n, [, f]) => n + f.errors, 0);
  console.log(errors === 0 ? '\nPASS: no request failed.' : `\nFAIL: ${errors} request(s) failed.`);
  process.exit(errors === 0 ? 0 : 1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

/**
 * `npm run test:faults`: the fault scenarios against real processes on temporary SQLite
 * databases: 1,000 concurrent mutations, SIGTERM while serving, SIGTERM with a stuck client,
 * SIGKILL in the middle of a 100,000-candidate import, SIGKILL under scoring load (acknowledged
 * answers vs stored audit records), and a 30 s attack by anonymous clients sending the worst
 * requests they can build (/healthz and a RECRUITER's ranking measured throughout). Prints a PASS or FAIL line per check and
 * exits 1 if any failed. It runs compiled (`npm run test:faults` builds first), as `npm start` serves: under ts-node
 * every error's stack is formatted through source maps, which the attack's refusals would pay for.
 *
 * `npm run test:faults -- attack` runs one scenario; ATTACK_ONLY=parse-100kb,normalize-500 sends only those attacks
 * and ATTACK_SECONDS=12 shortens the attack (to find which request costs the RECRUITER most).
 */
import 'reflect-metadata';
import { attackScenario } from './attack';
import { concurrentMutations } from './concurrent-mutations';
import { prepareSqliteDatabase, type SqliteFixture } from './fixtures';
import { killUnderScoringLoad } from './kill-audit';
import { killMidImport } from './kill-import';
import { formatResult, type ScenarioResult } from './scenario';
import { startServiceProcess } from './service-process';
import { sigtermDeadline, sigtermDrains } from './sigterm-drain';

async function withDatabase(work: (db: SqliteFixture) => Promise<ScenarioResult>): Promise<ScenarioResult> {
  const db = await prepareSqliteDatabase();
  try {
    return await work(db);
  } finally {
    db.remove();
  }
}

const SCENARIOS: ReadonlyArray<[string, () => Promise<ScenarioResult>]> = [
  [
    'concurrent mutations',
    () =>
      withDatabase(async (db) => {
        const service = await startServiceProcess(db.env);
        try {
          return await concurrentMutations(
            { url: service.url, adminKey: db.adminKey, logs: () => service.logs },
            1000,
            50,
          );
        } finally {
          await service.dispose();
        }
      }),
  ],
  ['SIGTERM drain', () => withDatabase((db) => sigtermDrains(db, 100))],
  ['SIGTERM deadline', () => withDatabase((db) => sigtermDeadline(db))],
  ['kill mid-import', () => withDatabase((db) => killMidImport(db, 100_000))],
  ['kill under scoring load', () => withDatabase((db) => killUnderScoringLoad(db, 32, 2000))],
  [
    'attack',
    async () => {
      const db = await prepareSqliteDatabase(2000);
      try {
        return await attackScenario(db, {
          attackers: 16,
          attackSeconds: Number(process.env.ATTACK_SECONDS ?? 30),
          quietSeconds: 10,
          only: process.env.ATTACK_ONLY?.split(','),
        });
      } finally {
        db.remove();
      }
    },
  ],
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  let failed = 0;
  for (const [name, run] of SCENARIOS) {
    if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
    const started = Date.now();
    let result: ScenarioResult;
    try {
      result = await run();
    } catch (err) {
      result = {
        name,
        passed: false,
        checks: [{ label: 'scenario ran', ok: false, detail: err instanceof Error ? err.message : String(err) }],
      };
    }
    console.log(formatResult(result));
    console.log(`${result.passed ? 'PASS' : 'FAIL'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    if (!result.passed) failed++;
  }
  console.log(failed === 0 ? 'All fault scenarios held.' : `${failed} fault scenario(s) failed.`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();

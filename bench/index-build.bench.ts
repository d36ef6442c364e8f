/**
 * Building the ranking index from 1,000,000 STORED candidates (SQLite), as a service start does:
 * the candidates are generated and imported with the command line first (not timed as a target),
 * then `createApp` opens the database and `MatchingService.buildIndex` reads every candidate; then
 * `resync` builds a second index beside it, as after a lost change-feed connection. Each row gives
 * the process's CPU time too (all threads, SQLite's included): on a shared machine wall time
 * moves with the load, CPU time much less.
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { measureCli } from './measure-cli';
import type { BenchRow } from './ranking.bench';

const ROOT = join(__dirname, '..', ...(__dirname.includes(join('dist', 'bench')) ? ['..'] : []));
/** INDEX_BENCH_COUNT=20000 for a quick check of the bench itself; the figures are for a million. */
const COUNT = Number(process.env.INDEX_BENCH_COUNT ?? 1_000_000);
/**
 * INDEX_BENCH_DB=PATH keeps the imported database at PATH and reuses it when it is there (the
 * import takes minutes; a database made with another INDEX_BENCH_COUNT is read as it is), for
 * comparing starts run after run.
 */
const KEEP_DB = process.env.INDEX_BENCH_DB;

export async function runIndexBuildBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sm-index-bench-'));
  try {
    const jsonl = join(dir, 'people.jsonl');
    const database = KEEP_DB ?? join(dir, 'bench.sqlite');
    const env = { DATABASE_URL: `sqlite:${database}`, SKILLMATCH_SEED: 'false' };
    const reused = KEEP_DB !== undefined && existsSync(KEEP_DB);
    if (!reused) {
      await measureCli(
        ['generate-candidates', '--count', String(COUNT), '--seed', '11', '--format', 'resume', '--out', jsonl],
        env,
      );
    }
    const imported = reused ? null : await measureCli(['import-candidates', jsonl], env);
    if (imported && imported.code !== 0) throw new Error(`import-candidates failed: ${imported.stderr}`);
    const config = loadConfig({ ...env, LOG_LEVEL: 'silent' }, { dataDir: join(ROOT, 'data') });
    const start = await timed(() => createApp(config));
    const app = start.value;
    const size = app.services.matching.indexedCandidates;
    global.gc?.();
    const resync = await timed(() => app.services.matching.resync());
    await app.close();
    const setup: BenchRow[] = imported
      ? [
          {
            name: `import-candidates ${COUNT.toLocaleString('en-US')} JSON Resumes into SQLite (setup)`,
            value: seconds(imported.wallMs),
            unit: 's',
            note: `peak ${Math.round(imported.peakMb)} MB; the input of the next rows`,
          },
        ]
      : [];
    return [
      ...setup,
      {
        name: `service start on ${size.toLocaleString('en-US')} stored candidates: createApp, index built`,
        value: seconds(start.wallMs),
        unit: 's',
        target: '<= 10 s',
        note: `CPU ${seconds(start.cpuMs)} s; migrations check, taxonomy load, seed check and the whole index build from the database`,
      },
      {
        name: 'resync: a second index built beside the one in use',
        value: seconds(resync.wallMs),
        unit: 's',
        note: `CPU ${seconds(resync.cpuMs)} s; what a lost change-feed connection costs`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Wall and CPU time (user + system, every thread of this process) of one async call. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const value = await work();
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

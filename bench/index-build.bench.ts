/**
 * Building the ranking index from 1,000,000 STORED candidates (SQLite), as a service start does:
 * the candidates are generated and imported with the command line first (not timed as a target),
 * then `createApp` opens the database and `MatchingService.buildIndex` reads every candidate.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { measureCli } from './measure-cli';
import type { BenchRow } from './ranking.bench';

const ROOT = join(__dirname, '..', ...(__dirname.includes(join('dist', 'bench')) ? ['..'] : []));
const COUNT = 1_000_000;

export async function runIndexBuildBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sm-index-bench-'));
  try {
    const jsonl = join(dir, 'people.jsonl');
    const env = { DATABASE_URL: `sqlite:${join(dir, 'bench.sqlite')}`, SKILLMATCH_SEED: 'false' };
    await measureCli(
      ['generate-candidates', '--count', String(COUNT), '--seed', '11', '--format', 'resume', '--out', jsonl],
      env,
    );
    const imported = await measureCli(['import-candidates', jsonl], env);
    if (imported.code !== 0) throw new Error(`import-candidates failed: ${imported.stderr}`);
    const config = loadConfig({ ...env, LOG_LEVEL: 'silent' }, { dataDir: join(ROOT, 'data') });
    const started = process.hrtime.bigint();
    const app = await createApp(config);
    const startMs = Number(process.hrtime.bigint() - started) / 1e6;
    const size = app.services.matching.indexedCandidates;
    global.gc?.();
    const rebuilt = process.hrtime.bigint();
    await app.services.matching.buildIndex();
    const rebuildMs = Number(process.hrtime.bigint() - rebuilt) / 1e6;
    await app.close();
    return [
      {
        name: `import-candidates ${COUNT.toLocaleString('en-US')} JSON Resumes into SQLite (setup)`,
        value: Math.round(imported.wallMs / 100) / 10,
        unit: 's',
        note: `peak ${Math.round(imported.peakMb)} MB; the input of the next rows`,
      },
      {
        name: `service start on ${size.toLocaleString('en-US')} stored candidates: createApp, index built`,
        value: Math.round(startMs / 100) / 10,
        unit: 's',
        target: '<= 10 s',
        note: 'migrations check, taxonomy load, seed check and the whole index build from the database',
      },
      {
        name: 'buildIndex again, the previous index still in memory',
        value: Math.round(rebuildMs / 100) / 10,
        unit: 's',
        note: 'what a resync after a lost change-feed connection costs',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

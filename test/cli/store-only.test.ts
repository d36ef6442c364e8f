import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const PROBE = join(__dirname, 'support', 'index-probe.ts');
const ENTRY = join(__dirname, 'support', 'cli-entry.ts');
const POSTING = join(__dirname, '..', 'fixtures', 'postings', 'seed-ibm-backend-intern-2026.txt');

/** Each run starts Node and transpiles the CLI: seconds each, more on a busy machine. */
const SLOW = 240_000;

describe('commands that only read and write rows open the store, never the ranking index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillmatch-store-'));
  const log = join(dir, 'index.log');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `sqlite:${join(dir, 'store.sqlite')}`,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SKILLMATCH_TEST_INDEX_LOG: log,
  };
  delete env.SKILLMATCH_ADMIN_KEY;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs `skillmatch ...` with the probe preloaded; gives its exit code and what the probe saw. */
  const run = (...args: string[]): Promise<{ code: number; probe: string[] }> =>
    new Promise((resolve) => {
      rmSync(log, { force: true });
      execFile(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', '-r', PROBE, ENTRY, ...args],
        { cwd: ROOT, env },
        (error) =>
          resolve({
            code: error ? Number(error.code ?? 1) : 0,
            probe: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [],
          }),
      );
    });

  it(
    'keys create, keys list and import-postings do not load the candidates (the seeded ones are there)',
    async () => {
      expect(await run('keys', 'create', '--role', 'recruiter', '--name', 'probe')).toEqual({ code: 0, probe: [] });
      expect(await run('keys', 'list')).toEqual({ code: 0, probe: [] });
      expect(await run('import-postings', POSTING)).toEqual({ code: 0, probe: [] });
      // The probe sees a command that does read every candidate: scoring the database.
      const scored = await run('score', '--posting', '1', '--candidates', 'db', '--top', '1');
      expect(scored.code).toBe(0);
      expect(scored.probe).toEqual(['allSpecs']);
    },
    SLOW,
  );
});

import { toGlobalId } from '../../src/graphql/ids';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app';
import { hashApiKey } from '../../src/auth/api-key';
import { testConfig } from '../support/test-app';

const ROOT = join(__dirname, '..', '..');
// commander is an ES module that jest cannot load: run the CLI as the user does, in its own process.
const ENTRY = "require('./src/cli/main').runCli(['node', 'skillmatch', ...process.argv.slice(1)])";

/** Each run starts Node and transpiles the CLI: seconds each, more on a busy machine. */
const SLOW = 240_000;

/** Runs `skillmatch ...` (from source, through ts-node) and captures what it prints. */
function cli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ out: string; err: string; code: number }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-e', ENTRY, ...args],
      { cwd: ROOT, env },
      (error, out, err) => {
        resolve({ out, err, code: error ? Number(error.code ?? 1) : 0 });
      },
    );
  });
}

describe('skillmatch keys', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillmatch-keys-'));
  const db = join(dir, 'keys.sqlite');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `sqlite:${db}`,
    SKILLMATCH_SEED: 'false',
    NODE_ENV: 'test',
  };
  delete env.SKILLMATCH_ADMIN_KEY;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'creates a key and prints it once, alone on stdout; list shows no secret; revoke stops it',
    async () => {
      const created = await cli(env, 'keys', 'create', '--role', 'recruiter', '--name', 'ci bot');
      expect(created.code).toBe(0);
      const key = created.out.trim();
      expect(key).toMatch(/^sm_[A-Za-z0-9_-]{43}$/);
      expect(created.err).toMatch(/Created API key 1 \(RECRUITER, "ci bot"\)/);
      expect(created.err).not.toContain(key);

      const listed = await cli(env, 'keys', 'list');
      expect(listed.out).toMatch(/^ID\s+ROLE\s+STATUS/);
      expect(listed.out).toMatch(/1\s+RECRUITER\s+active/);
      expect(listed.out).toContain('ci bot');
      expect(listed.out).not.toContain(key);
      expect(listed.out).not.toContain(hashApiKey(key));
      const json = (await cli(env, 'keys', 'list', '--json')).out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(json).toEqual([expect.objectContaining({ id: 1, role: 'RECRUITER', name: 'ci bot', revokedAt: null })]);
      expect(Object.keys(json[0]).sort()).toEqual(['createdAt', 'hint', 'id', 'name', 'revokedAt', 'role']);

      const app = await createApp(testConfig({ type: 'sqlite', path: db }, { seedOnStart: false }));
      try {
        expect(await app.services.keys.authenticate(`Bearer ${key}`)).toMatchObject({ kind: 'key', role: 'RECRUITER' });
        const revoked = await cli(env, 'keys', 'revoke', '1');
        expect(revoked.code).toBe(0);
        expect(revoked.err).toContain('Revoked API key 1 (RECRUITER, "ci bot")');
        expect(await app.services.keys.authenticate(`Bearer ${key}`)).toEqual({ kind: 'invalid' });
      } finally {
        await app.close();
      }
      expect((await cli(env, 'keys', 'list')).out).toMatch(/1\s+RECRUITER\s+revoked \d{4}-\d\d-\d\d/);
    },
    SLOW,
  );

  it(
    'refuses an unknown role, a bad id and an unknown id',
    async () => {
      const [role, bad, unknown, wrongType, unknownGlobal] = await Promise.all([
        cli(env, 'keys', 'create', '--role', 'owner'),
        cli(env, 'keys', 'revoke', 'abc'),
        cli(env, 'keys', 'revoke', '42'),
        cli(env, 'keys', 'revoke', toGlobalId('Posting', 1)),
        cli(env, 'keys', 'revoke', toGlobalId('ApiKey', 42)),
      ]);
      expect(wrongType.code).toBe(1);
      expect(wrongType.err).toContain('id must be the id of an ApiKey, got the id of a Posting');
      expect(unknownGlobal.code).toBe(1);
      expect(unknownGlobal.err).toContain('ApiKey 42 does not exist');
      expect(role.code).not.toBe(0);
      expect(role.err).toContain('Allowed choices are admin, recruiter');
      expect(bad.code).toBe(1);
      expect(bad.err).toContain('id must be a positive integer');
      expect(unknown.code).toBe(1);
      expect(unknown.err).toContain('ApiKey 42 does not exist');
    },
    SLOW,
  );
});

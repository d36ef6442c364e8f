import { toGlobalId } from '../../src/graphql/ids';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SLOW = 240_000;

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  output(): string;
}

/** `npm start` as the user runs it (from source), on its own database; resolves once it listens. */
function start(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], { cwd: ROOT, env });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /"url":"(http:\/\/localhost:\d+\/graphql)"/.exec(output);
      if (ready) resolve({ child, url: ready[1], output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${output}`)));
  });
}

function stop(s: Started): Promise<number | null> {
  return new Promise((resolve) => {
    s.child.once('exit', (code) => resolve(code));
    s.child.kill('SIGTERM');
  });
}

async function post(url: string, key: string, query: string): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  return res.json();
}

describe('npm start without SKILLMATCH_ADMIN_KEY', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillmatch-start-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
  };
  delete env.SKILLMATCH_ADMIN_KEY;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'prints a new ADMIN key once on stdout, and the audit record of a request survives a normal shutdown',
    async () => {
      const first = await start(env);
      const banner = /no active ADMIN API key, so one was created ====\n {2}(sm_[A-Za-z0-9_-]{43})\n/.exec(
        first.output(),
      );
      expect(banner).not.toBeNull();
      const key = banner![1];
      const matched = await post(first.url, key, '{ match(postingId: 1, candidateId: 1) { score } }');
      expect(matched.errors).toBeUndefined();
      expect(typeof matched.data.match.score).toBe('number');
      // Stopped right after answering: queued or already written, the record must be in the database after a normal stop.
      expect(await stop(first)).toBe(0);
      expect(first.output().split(key)).toHaveLength(2);

      const second = await start(env);
      try {
        expect(second.output()).not.toContain('so one was created');
        expect(second.output()).not.toContain(key);
        const log = await post(
          second.url,
          key,
          '{ auditLog { totalCount edges { node { operation actor keyId postingId candidateCount requestId } } } }',
        );
        expect(log.errors).toBeUndefined();
        expect(log.data.auditLog.totalCount).toBe(1);
        expect(log.data.auditLog.edges[0].node).toMatchObject({
          operation: 'match',
          actor: 'key',
          keyId: toGlobalId('ApiKey', 1),
          postingId: toGlobalId('Posting', 1),
          candidateCount: 1,
        });
        expect(log.data.auditLog.edges[0].node.requestId).toEqual(expect.any(String));
      } finally {
        expect(await stop(second)).toBe(0);
      }
    },
    SLOW,
  );
});

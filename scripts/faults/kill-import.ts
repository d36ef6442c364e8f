import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { openDataSource } from '../../src/db/data-source';
import type { SqliteFixture } from './fixtures';
import { PROJECT_ROOT, nodeScript } from './node-script';
import { Checks, type ScenarioResult } from './scenario';

/** Kill once this much of the import is in the WAL: well into it, well before its commit. */
const KILL_AT_WAL_BYTES = 16 * 1024 * 1024;
const KILL_AT_MS = 8000;

/**
 * SIGKILLs a process in the middle of storing `count` candidates in one transaction
 * (`candidates.createMany`). Holds when the database afterwards has all of them or none, no
 * orphan rows, `PRAGMA integrity_check` = ok, and the service opens it and writes to it again.
 */
export async function killMidImport(db: SqliteFixture, count = 100_000): Promise<ScenarioResult> {
  const checks = new Checks();
  const before = await countRows(db.path);
  const { command, args } = nodeScript('scripts/faults/import-child.ts');
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...db.env, IMPORT_COUNT: String(count) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events: string[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (l) => stderr.push(l));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const started = new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const event = (JSON.parse(line) as { event: string }).event;
      events.push(event);
      if (event === 'importing') resolve(Date.now());
    });
    void exited.then(() => reject(new Error(`import child exited before importing: ${stderr.slice(-5).join(' | ')}`)));
  });
  const importingAt = await started;
  const wal = `${db.path}-wal`;
  let walBytes = 0;
  while (Date.now() - importingAt < KILL_AT_MS) {
    walBytes = existsSync(wal) ? statSync(wal).size : 0;
    if (walBytes >= KILL_AT_WAL_BYTES || events.includes('committed')) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGKILL');
  const exit = await exited;
  const killedMidway = exit.signal === 'SIGKILL' && !events.includes('committed');
  checks.add(
    'the import was SIGKILLed before it committed',
    killedMidway,
    `killed ${Date.now() - importingAt} ms in, WAL at ${(walBytes / 1048576).toFixed(1)} MB, events: ${events.join(', ')}`,
  );

  const after = await countRows(db.path);
  const added = after.candidates - before.candidates;
  checks.add(
    `the database holds all ${count} or none`,
    added === 0 || added === count,
    `${added} candidates added (${before.candidates} before, ${after.candidates} after)`,
  );
  checks.add('no orphan skill or education rows', after.orphans === 0, `${after.orphans} orphans`);
  checks.add('PRAGMA integrity_check = ok', after.integrity === 'ok', after.integrity);
  checks.add(
    'PRAGMA foreign_key_check finds nothing',
    after.foreignKeyViolations === 0,
    `${after.foreignKeyViolations} violations`,
  );
  checks.add('the service opens the database and writes to it again', ...(await writeOnce(db)));
  return checks.result('kill mid-import');
}

async function writeOnce(db: SqliteFixture): Promise<[boolean, string]> {
  try {
    const app = await createApp(
      loadConfig({ ...db.env, LOG_LEVEL: 'silent' }, { dataDir: join(PROJECT_ROOT, 'data') }),
    );
    try {
      const created = await app.services.candidates.create({
        name: 'After The Crash',
        email: null,
        headline: null,
        location: null,
        education: [],
        skills: [{ name: 'Go', months: 3, level: null }],
      });
      return [true, `stored candidate ${created.id}; ${app.services.matching.indexedCandidates} ranked`];
    } finally {
      await app.close();
    }
  } catch (err) {
    return [false, err instanceof Error ? err.message : String(err)];
  }
}

async function countRows(
  path: string,
): Promise<{ candidates: number; orphans: number; integrity: string; foreignKeyViolations: number }> {
  const ds = await openDataSource({ type: 'sqlite', path });
  try {
    const [{ n }] = (await ds.query('SELECT COUNT(*) AS n FROM candidate')) as { n: number }[];
    const [{ o }] = (await ds.query(
      `SELECT (SELECT COUNT(*) FROM candidate_skill WHERE "candidateId" NOT IN (SELECT id FROM candidate))
            + (SELECT COUNT(*) FROM candidate_education WHERE "candidateId" NOT IN (SELECT id FROM candidate)) AS o`,
    )) as { o: number }[];
    const integrity = ((await ds.query('PRAGMA integrity_check')) as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const fk = (await ds.query('PRAGMA foreign_key_check')) as unknown[];
    return { candidates: Number(n), orphans: Number(o), integrity, foreignKeyViolations: fk.length };
  } finally {
    await ds.destroy();
  }
}

import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { generateCandidateDrafts } from '../../src/domain/synthetic/generate-candidates';
import { PROJECT_ROOT } from './node-script';

export interface SqliteFixture {
  readonly dir: string;
  readonly path: string;
  /** DATABASE_URL for the service. */
  readonly url: string;
  /** An ADMIN key registered in the database (pass it as SKILLMATCH_ADMIN_KEY too). */
  readonly adminKey: string;
  /** Environment for a service process on this database. */
  readonly env: Record<string, string>;
  readonly candidates: number;
  remove(): void;
}

/**
 * A fresh SQLite database in a temporary directory: migrated, seeded, with `extraCandidates`
 * synthetic candidates added, and an ADMIN key.
 */
export async function prepareSqliteDatabase(extraCandidates = 0, seed = 7): Promise<SqliteFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'skillmatch-ops-'));
  const path = join(dir, 'skillmatch.sqlite');
  const adminKey = `ops-${randomBytes(24).toString('hex')}`;
  const env = { DATABASE_URL: `sqlite:${path}`, SKILLMATCH_ADMIN_KEY: adminKey };
  const config = loadConfig(
    { ...env, LOG_LEVEL: 'silent', NODE_ENV: 'production' },
    { dataDir: join(PROJECT_ROOT, 'data') },
  );
  const app = await createApp(config);
  try {
    if (extraCandidates > 0) {
      const drafts = [...generateCandidateDrafts(app.services.taxonomy.current(), { count: extraCandidates, seed })];
      await app.services.candidates.createMany(drafts);
    }
    const candidates = app.services.matching.indexedCandidates;
    return {
      dir,
      path,
      url: env.DATABASE_URL,
      adminKey,
      env,
      candidates,
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  } finally {
    await app.close();
  }
}

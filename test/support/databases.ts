import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DatabaseConfig } from '../../src/config/config';

export const PG_URL = process.env.SKILLMATCH_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  readonly kind: 'sqlite' | 'postgres';
  /** A fresh, empty database each call. */
  create(): Promise<{ config: DatabaseConfig; drop(): Promise<void> }>;
}

const sqlite: TestDatabase = {
  kind: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'skillmatch-test-'));
    return {
      config: { type: 'sqlite', path: join(dir, 'test.sqlite') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const postgres: TestDatabase = {
  kind: 'postgres',
  async create() {
    const schema = `skillmatch_test_${randomBytes(6).toString('hex')}`;
    const client = new Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.end();
    return {
      config: { type: 'postgres', url: PG_URL, schema },
      drop: async () => {
        const c = new Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`DROP SCHEMA "${schema}" CASCADE`);
        await c.end();
      },
    };
  },
};

/** SQLite always; PostgreSQL when the global setup found it reachable. */
export function testDatabases(): TestDatabase[] {
  return process.env.SKILLMATCH_PG_AVAILABLE === '1' ? [sqlite, postgres] : [sqlite];
}

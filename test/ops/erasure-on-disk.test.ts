import { existsSync, readFileSync } from 'node:fs';
import { type App, createApp } from '../../src/app';
import type { CandidateDraft } from '../../src/domain/drafts';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { PG_URL, type TestDatabase, testDatabases } from '../support/databases';
import { startTestApp, testConfig } from '../support/test-app';

/** The raw bytes of the SQLite file and its WAL, shared-memory and journal companions, as far as they exist. */
function rawFiles(path: string): { name: string; bytes: Buffer }[] {
  return [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]
    .filter((p) => existsSync(p))
    .map((p) => ({ name: p, bytes: readFileSync(p) }));
}

/** A candidate with a distinctive value in every text field, so a hit in the raw bytes can only be theirs. */
function probe(tag: string): { draft: CandidateDraft; values: Record<string, string> } {
  const values = {
    name: `Quintessa ${tag}zyxwvut`,
    email: `quintessa.${tag.toLowerCase()}@erasure-probe.example`,
    phone: `+99 ${tag === 'Home' ? '1357' : '2468'} 975 312`,
    headline: `Headline-${tag}-Probe engineer`,
    location: `Locality-${tag}-Probe, Nowhere`,
    field: `Field-${tag}-Probe Studies`,
  };
  const draft: CandidateDraft = {
    name: values.name,
    email: values.email,
    phone: values.phone,
    headline: values.headline,
    location: values.location,
    education: [{ level: 'MASTER', field: values.field, status: 'COMPLETED' }],
    skills: [{ name: 'Java', months: 60, level: null }],
  };
  return { draft, values };
}

function hits(path: string, values: Record<string, string>): string[] {
  const found: string[] = [];
  for (const f of rawFiles(path)) {
    for (const [field, v] of Object.entries(values))
      if (f.bytes.includes(Buffer.from(v))) found.push(`${field} in ${f.name}`);
  }
  return found;
}

describe('erasing a candidate on SQLite, on disk', () => {
  it('leaves none of their fields in the database file, its WAL or its shared memory, running or closed', async () => {
    const db = await testDatabases()[0].create();
    if (db.config.type !== 'sqlite') throw new Error('expected SQLite first');
    const path = db.config.path;
    const home = probe('Home'); // checkpointed into the main file before it is deleted
    const walOnly = probe('Wal'); // still only in the WAL when it is deleted
    const all = { ...prefixed('home', home.values), ...prefixed('wal', walOnly.values) };
    let app: App | null = await createApp(testConfig(db.config));
    try {
      const a = await app.services.candidates.create(home.draft);
      await app.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
      const b = await app.services.candidates.create(walOnly.draft);
      // The search can fail: every value is on disk before the deletion.
      expect(new Set(hits(path, all).map((h) => h.split(' ')[0]))).toEqual(new Set(Object.keys(all)));

      await app.services.candidates.delete(a.id);
      await app.services.candidates.delete(b.id);
      expect(hits(path, all)).toEqual([]);

      await app.close();
      app = null;
      expect(hits(path, all)).toEqual([]);
    } finally {
      await app?.close();
      await db.drop();
    }
  });
});

/**
 * A database of its own: VACUUM may only remove a dead tuple that no open snapshot in the same
 * database can still see, and the shared test database has other suites' transactions in flight.
 */
const ownPostgresDatabase: TestDatabase = {
  kind: 'postgres',
  async create() {
    const name = `skillmatch_erasure_${randomBytes(6).toString('hex')}`;
    const admin = async (sql: string) => {
      const c = new Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    };
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    return {
      config: { type: 'postgres', url: url.toString() },
      drop: () => admin(`DROP DATABASE "${name}" WITH (FORCE)`),
    };
  },
};

describe.each(
  testDatabases()
    .filter((d) => d.kind === 'postgres')
    .map(() => ownPostgresDatabase),
)('erasing a candidate on $kind', (db) => {
  // pageinspect reads the table pages themselves, so the check does not lean on statistics that
  // other backends flush up to a second late.
  it('vacuums the candidate tables: no tuple in their pages holds the deleted fields', async () => {
    const t = await startTestApp(db);
    try {
      await t.app.dataSource.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
      const { draft, values } = probe('Pg');
      const tuplesHolding = async () => {
        const found: string[] = [];
        for (const table of ['candidate', 'candidate_education']) {
          for (const [field, v] of Object.entries(values)) {
            const [{ n }] = (await t.app.dataSource.query(
              `SELECT count(*)::int AS n
                 FROM generate_series(0, (pg_relation_size($1::regclass) / current_setting('block_size')::int)::int - 1) AS blk,
                      LATERAL heap_page_items(get_raw_page($1::text, blk)) AS item
                WHERE item.t_data IS NOT NULL AND position(convert_to($2, 'UTF8') IN item.t_data) > 0`,
              [table, v],
            )) as { n: number }[];
            if (n > 0) found.push(`${field} in ${table}`);
          }
        }
        return found;
      };
      const c = await t.app.services.candidates.create(draft);
      // The search can fail: the stored candidate's fields are found in the pages.
      expect(await tuplesHolding()).toEqual(
        expect.arrayContaining(['name in candidate', 'email in candidate', 'field in candidate_education']),
      );

      await t.app.services.candidates.delete(c.id);
      expect(await tuplesHolding()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

function prefixed(prefix: string, values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`${prefix}.${k}`, v]));
}

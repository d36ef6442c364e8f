import { existsSync, readFileSync } from 'node:fs';
import { type App, createApp } from '../../src/app';
import type { CandidateDraft } from '../../src/domain/drafts';
import { testDatabases } from '../support/databases';
import { startTestApp, testConfig } from '../support/test-app';

/** The raw bytes of the SQLite file and its WAL, shared-memory and journal companions, as far as they exist. */
function rawFiles(path: string): { name: string; bytes: Buffer }[] {
  return [path, `${path}-wal`, `${path}-shm`, `${path}-journal`].filter((p) => existsSync(p)).map((p) => ({ name: p, bytes: readFileSync(p) }));
}

/** A candidate with a distinctive value in every text field, so a hit in the raw bytes can only be theirs. */
function probe(tag: string): { draft: CandidateDraft; values: Record<string, string> } {
  const values = {
    name: `Quintessa ${tag}zyxwvut`,
    email: `quintessa.${tag.toLowerCase()}@erasure-probe.example`,
    headline: `Headline-${tag}-Probe engineer`,
    location: `Locality-${tag}-Probe, Nowhere`,
    field: `Field-${tag}-Probe Studies`,
  };
  const draft: CandidateDraft = {
    name: values.name,
    email: values.email,
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
    for (const [field, v] of Object.entries(values)) if (f.bytes.includes(Buffer.from(v))) found.push(`${field} in ${f.name}`);
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

describe.each(testDatabases().filter((d) => d.kind === 'postgres'))('erasing a candidate on $kind', (db) => {
  it('vacuums the candidate tables, so no dead tuple of theirs waits for autovacuum', async () => {
    const t = await startTestApp(db);
    try {
      const { draft } = probe('Pg');
      const c = await t.app.services.candidates.create(draft);
      await t.app.services.candidates.delete(c.id);
      const rows = (await t.app.dataSource.query(
        `SELECT relname, n_dead_tup, last_vacuum FROM pg_stat_user_tables
          WHERE schemaname = current_schema() AND relname IN ('candidate', 'candidate_skill', 'candidate_education') ORDER BY relname`,
      )) as { relname: string; n_dead_tup: string; last_vacuum: Date | null }[];
      expect(rows.map((r) => [r.relname, Number(r.n_dead_tup), r.last_vacuum !== null])).toEqual([
        ['candidate', 0, true],
        ['candidate_education', 0, true],
        ['candidate_skill', 0, true],
      ]);
    } finally {
      await t.close();
    }
  });
});

function prefixed(prefix: string, values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`${prefix}.${k}`, v]));
}

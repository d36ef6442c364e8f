import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../src/app';
import type { Taxonomy } from '../../src/domain/taxonomy/taxonomy';
import { parseTaxonomyFile, taxonomyFromFile } from '../../src/domain/taxonomy/taxonomy-file';
import { testDatabases } from '../support/databases';
import { DATA_DIR, testConfig } from '../support/test-app';

const shipped = {
  postings: JSON.parse(readFileSync(join(DATA_DIR, 'postings.json'), 'utf8')).postings.length as number,
  candidates: JSON.parse(readFileSync(join(DATA_DIR, 'candidates.json'), 'utf8')).candidates.length as number,
  version: JSON.parse(readFileSync(join(DATA_DIR, 'taxonomy.json'), 'utf8')).version as string,
};

describe.each(testDatabases())('seed loading on $kind', (db) => {
  it('loads the taxonomy and samples on first start, and never again', async () => {
    const { config, drop } = await db.create();
    try {
      const first = await createApp(testConfig(config));
      expect(first.seed).toEqual({
        taxonomySynced: true,
        taxonomyVersion: shipped.version,
        postings: shipped.postings,
        candidates: shipped.candidates,
      });
      expect(first.services.taxonomy.current().version).toBe(shipped.version);
      const page = await first.services.postings.list({ first: 100 });
      expect(page.nodes.map((p) => p.title)).toEqual(expect.arrayContaining(['Back End Developer Intern 2026']));
      // A user deletes a sample: a restart must not bring it back or duplicate the others.
      await first.services.postings.delete(page.nodes[0].id);
      await first.close();

      const second = await createApp(testConfig(config));
      expect(second.seed).toMatchObject({ taxonomySynced: false, postings: 0, candidates: 0 });
      expect((await second.services.postings.list({})).totalCount).toBe(shipped.postings - 1);
      expect((await second.services.candidates.list({})).totalCount).toBe(shipped.candidates);
      expect(second.services.taxonomy.current().all().length).toBeGreaterThanOrEqual(400);
      await second.close();
    } finally {
      await drop();
    }
  });

  it('seeds only the taxonomy when samples are off', async () => {
    const { config, drop } = await db.create();
    try {
      const app = await createApp(testConfig(config, { seedOnStart: false }));
      expect(app.seed).toMatchObject({ postings: 0, candidates: 0 });
      expect((await app.services.postings.list({})).totalCount).toBe(0);
      expect(app.services.taxonomy.current().resolve('golang')?.name).toBe('Go');
      await app.close();
    } finally {
      await drop();
    }
  });
});

describe.each(testDatabases())('taxonomy upgrade on $kind', (db) => {
  it('adds new skills and renames old ones in place, keeping every id', async () => {
    const { config, drop } = await db.create();
    try {
      const app = await createApp(testConfig(config, { seedOnStart: false }));
      const before = app.services.taxonomy.current();
      const goId = before.resolve('Go')!.id;
      const file = parseTaxonomyFile(JSON.parse(readFileSync(join(DATA_DIR, 'taxonomy.json'), 'utf8')));
      const next = {
        ...file,
        version: `${file.version}-next`,
        skills: [
          ...file.skills.map((s) => (s.slug === before.byId(goId)!.slug ? { ...s, name: 'Go (language)' } : s)),
          {
            slug: 'brand-new-skill',
            name: 'Brand New Skill',
            category: 'OTHER' as const,
            kind: 'TECHNICAL' as const,
            source: 'test',
            aliases: ['BNS'],
            broader: [],
            related: [],
          },
        ],
      };
      await app.services.taxonomy.sync(next);
      const after = app.services.taxonomy.current();
      expect(after.version).toBe(`${file.version}-next`);
      expect(after.resolve('golang')).toMatchObject({ id: goId, name: 'Go (language)' });
      expect(after.resolve('BNS')?.name).toBe('Brand New Skill');
      expect(after.all().length).toBe(before.all().length + 1);
      for (const s of before.all()) expect(after.byId(s.id)?.slug).toBe(s.slug);
      await app.close();
    } finally {
      await drop();
    }
  });
});

describe.each(testDatabases().filter((d) => d.kind === 'postgres'))('processes starting together on $kind', (db) => {
  it('migrate and seed an empty database once between them', async () => {
    const { config, drop } = await db.create();
    try {
      const apps = await Promise.all([
        createApp(testConfig(config)),
        createApp(testConfig(config)),
        createApp(testConfig(config)),
      ]);
      expect(apps.map((a) => a.seed.postings).sort()).toEqual([0, 0, shipped.postings]);
      for (const app of apps) {
        expect((await app.services.postings.list({})).totalCount).toBe(shipped.postings);
        expect((await app.services.candidates.list({})).totalCount).toBe(shipped.candidates);
      }
      await Promise.all(apps.map((a) => a.close()));
    } finally {
      await drop();
    }
  });
});

describe.each(testDatabases())('taxonomy storage on $kind', (db) => {
  /** A skill as the matcher sees it, with every reference by slug so ids need not agree. */
  const view = (t: Taxonomy) =>
    new Map(
      t.all().map((s) => [
        s.slug,
        {
          name: s.name,
          kind: s.kind,
          source: s.source,
          aliases: [...s.aliases].sort(),
          broader: s.broader.map((id) => t.byId(id)!.slug).sort(),
          related: s.related
            .map((r) => ({
              slug: t.byId(r.skillId)!.slug,
              similarity: r.similarity,
              reason: r.reason,
              source: r.source,
            }))
            .sort((a, b) => a.slug.localeCompare(b.slug)),
        },
      ]),
    );

  /** The skills that differ, stored against expected (a short list for a failure to print, not two maps of 2,000 skills). */
  const differences = (stored: ReturnType<typeof view>, expected: ReturnType<typeof view>): string[] =>
    [...new Set([...stored.keys(), ...expected.keys()])]
      .filter((slug) => JSON.stringify(stored.get(slug)) !== JSON.stringify(expected.get(slug)))
      .map(
        (slug) => `${slug}: stored ${JSON.stringify(stored.get(slug))}, expected ${JSON.stringify(expected.get(slug))}`,
      )
      .slice(0, 5);

  it('stores and reloads every kind, source and substitute reason of the imported taxonomy', async () => {
    const { config, drop } = await db.create();
    try {
      const file = parseTaxonomyFile(JSON.parse(readFileSync(join(DATA_DIR, 'taxonomy.json'), 'utf8')));
      const app = await createApp(testConfig(config, { seedOnStart: false }));
      const loaded = await app.services.taxonomy.load();
      expect(differences(view(loaded), view(taxonomyFromFile(file)))).toEqual([]);

      // A new version changes a kind, a source and a reason in place.
      const next = {
        ...file,
        version: `${file.version}-next`,
        skills: file.skills.map((s) =>
          s.slug === 'mysql'
            ? {
                ...s,
                kind: 'SECTION_WORD' as const,
                source: 'test-source',
                related: s.related.map((r) => ({ ...r, reason: 'changed reason' })),
              }
            : s,
        ),
      };
      await app.services.taxonomy.sync(next);
      const after = app.services.taxonomy.current();
      expect(after.resolve('MySQL')).toMatchObject({ kind: 'SECTION_WORD', source: 'test-source' });
      expect(after.resolve('MySQL')!.related.map((r) => r.reason)).toContain('changed reason');
      expect(differences(view(await app.services.taxonomy.load()), view(taxonomyFromFile(next)))).toEqual([]);
      await app.close();
    } finally {
      await drop();
    }
  });
});

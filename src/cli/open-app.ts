import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { App } from '../app';
import { type Config, loadConfig } from '../config/config';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import { parseTaxonomyFile, taxonomyFromFile } from '../domain/taxonomy/taxonomy-file';

/** The project root, from src/cli (ts-node) or dist/src/cli (compiled). */
export const PROJECT_ROOT = join(
  __dirname,
  '..',
  '..',
  ...(__dirname.includes(`${join('dist', 'src')}`) ? ['..'] : []),
);

/**
 * Opens the same app the service runs (same configuration: DATABASE_URL and friends), for the
 * commands that read or write the database. Logs stay quiet; commands print their own output.
 */
export async function openApp(): Promise<App> {
  // Loaded on demand: the ORM and the GraphQL schema cost a third of a second that the
  // commands working on files alone do not need.
  const { createApp } = await import('../app');
  return createApp(cliConfig());
}

/** The configuration the service runs with, read from the environment. */
export function cliConfig(): Config {
  return loadConfig({ LOG_LEVEL: 'silent', ...process.env }, { dataDir: join(PROJECT_ROOT, 'data') });
}

/**
 * The taxonomy of the data directory's taxonomy.json (SKILLMATCH_DATA_DIR), for commands that
 * read and score files without a database; ids are 1..n in file order, as a fresh database has them.
 */
export async function loadTaxonomy(): Promise<Taxonomy> {
  const path = join(cliConfig().dataDir, 'taxonomy.json');
  return taxonomyFromFile(parseTaxonomyFile(JSON.parse(await readFile(path, 'utf8'))));
}

/** Runs `work` with an open app and always closes it. */
export async function withApp<T>(work: (app: App) => Promise<T>): Promise<T> {
  const app = await openApp();
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/** What the batch commands use of a database: its data source and the services over it. */
export interface Store {
  readonly dataSource: App['dataSource'];
  readonly services: Pick<App['services'], 'taxonomy' | 'postings' | 'candidates' | 'ingestion' | 'audit'>;
  close(): Promise<void>;
}

/**
 * The database for a command that reads or writes postings and candidates in bulk: the same
 * configuration and services as the app, without what serving needs (createApp loads every
 * stored candidate into the ranking index and keeps it current on every write, which a batch
 * command would pay for and never use). A database that is not migrated, or whose taxonomy is
 * older than the taxonomy file, is first brought up to date by opening the app once (migrations,
 * taxonomy sync, seed).
 */
export async function openStore(): Promise<Store> {
  const config = cliConfig();
  const [
    { openDataSource },
    { WriteLock },
    { TaxonomyService },
    { PostingService },
    { CandidateService },
    { IngestionService },
    { AuditService },
  ] = await Promise.all([
    import('../db/data-source'),
    import('../services/write-lock'),
    import('../services/taxonomy.service'),
    import('../services/posting.service'),
    import('../services/candidate.service'),
    import('../services/ingestion.service'),
    import('../services/audit.service'),
  ]);
  const fileVersion = parseTaxonomyFile(
    JSON.parse(await readFile(join(config.dataDir, 'taxonomy.json'), 'utf8')),
  ).version;
  for (let attempt = 0; ; attempt++) {
    const dataSource = await openDataSource(config.database);
    try {
      const writes = new WriteLock(dataSource);
      const taxonomy = new TaxonomyService(dataSource, writes);
      const ready = !(await dataSource.showMigrations()) && (await taxonomy.version()) === fileVersion;
      if (ready || attempt > 0) {
        await taxonomy.load();
        const postings = new PostingService(dataSource, writes, taxonomy);
        const candidates = new CandidateService(dataSource, writes, taxonomy);
        const audit = new AuditService(dataSource, writes);
        return {
          dataSource,
          services: {
            taxonomy,
            postings,
            candidates,
            ingestion: new IngestionService(taxonomy, postings, candidates),
            audit,
          },
          close: async () => {
            await audit.close();
            await dataSource.destroy();
          },
        };
      }
    } catch (err) {
      await dataSource.destroy();
      throw err;
    }
    await dataSource.destroy();
    await (await openApp()).close();
  }
}

import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Store } from '../store';
import { type Config, loadConfig } from '../config/config';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import { parseTaxonomyFile, taxonomyFromFile } from '../domain/taxonomy/taxonomy-file';

export type { Store };

/** The project root, from src/cli (ts-node) or dist/src/cli (compiled). */
export const PROJECT_ROOT = join(
  __dirname,
  '..',
  '..',
  ...(__dirname.includes(`${join('dist', 'src')}`) ? ['..'] : []),
);

/**
 * Opens the store the service opens (same configuration: DATABASE_URL and friends; migrated and
 * seeded as on a service start), for the commands that read or write the database. Never the
 * serving stage: no command loads every candidate into a ranking index. Logs stay quiet;
 * commands print their own output.
 */
export async function openStore(): Promise<Store> {
  // Loaded on demand: the ORM costs time that the commands working on files alone do not need.
  const { openStore: open } = await import('../store');
  return open(cliConfig());
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

/** Runs `work` with an open store and always closes it. */
export async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

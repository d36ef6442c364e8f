import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSource, type DataSourceOptions, type Logger as OrmLogger } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceExtras {
  /** Receives every SQL statement; the tests use it to count queries. */
  readonly onQuery?: (sql: string) => void;
  /** Only for throwaway databases in tests that compare the entities with the migrations. */
  readonly synchronize?: boolean;
}

/**
 * Opens the database: every process (service, CLI, scripts, tests) goes through here, so the
 * settings erasure and durability depend on cannot be missed by one path.
 */
export async function openDataSource(db: DatabaseConfig, extras: DataSourceExtras = {}): Promise<DataSource> {
  const dataSource = createDataSource(db, extras);
  await dataSource.initialize();
  try {
    if (db.type === 'sqlite') await applySqlitePragmas(dataSource);
  } catch (err) {
    await dataSource.destroy();
    throw err;
  }
  return dataSource;
}

/**
 * TypeORM's SQLite driver holds one connection, so pragmas set on it hold for every query.
 * secure_delete: a deleted row's bytes are overwritten with zeros in the file (and in the page
 * images the WAL receives), not just unlinked, so an erased candidate cannot be read back from disk.
 * synchronous FULL: a commit is on disk when it returns, which an acknowledged audit record needs
 * (FULL is the build default today; stating it keeps it so).
 */
async function applySqlitePragmas(dataSource: DataSource): Promise<void> {
  await dataSource.query('PRAGMA secure_delete = ON');
  await dataSource.query('PRAGMA synchronous = FULL');
}

/**
 * Builds (does not open) the TypeORM data source for SQLite or PostgreSQL. Only for the typeorm
 * CLI (ormconfig.ts), which opens it itself; everything else opens through openDataSource.
 */
export function createDataSource(db: DatabaseConfig, extras: DataSourceExtras = {}): DataSource {
  const logger = extras.onQuery ? queryCounter(extras.onQuery) : undefined;
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: extras.synchronize ?? false,
    logging: extras.onQuery ? (['query'] as ['query']) : false,
    logger,
  };
  let options: DataSourceOptions;
  if (db.type === 'sqlite') {
    if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
    // WAL lets readers proceed during a write; the busy timeout rides out another process's lock.
    options = {
      ...common,
      type: 'sqlite',
      database: db.path,
      enableWAL: db.path !== ':memory:',
      busyTimeout: 5000,
      driver: QUIET_SQLITE3,
    };
  } else {
    const searchPath = db.schema ? { options: `-c search_path=${db.schema}` } : {};
    options = { ...common, type: 'postgres', url: db.url, extra: { max: 10, ...searchPath } };
  }
  return new DataSource(options);
}

/**
 * sqlite3 as TypeORM gets it, minus verbose mode: TypeORM switches it on, which wraps every
 * database and statement call to capture a stack trace and render its arguments (the SQL and
 * bound values, with util.inspect) in case it fails. In a CPU profile of the attack scenario that
 * was 8 % of the event loop's busy time, and it copies bound values into error stacks, where
 * personal data must not go.
 */
const QUIET_SQLITE3 = { ...sqlite3, verbose: () => QUIET_SQLITE3 };

function queryCounter(onQuery: (sql: string) => void): OrmLogger {
  return {
    logQuery: (sql) => onQuery(sql),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
}

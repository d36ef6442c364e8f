import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { type App, type AppOptions, createApp } from '../../src/app';
import { Role } from '../../src/auth/roles';
import type { Config, DatabaseConfig } from '../../src/config/config';
import { type Context, createContext } from '../../src/graphql/context';
import { createApollo } from '../../src/http/server';
import { storedIdOf } from '../../src/graphql/ids';
import type { Principal } from '../../src/services/key.service';
import type { TestDatabase } from './databases';

export const DATA_DIR = join(__dirname, '..', '..', 'data');

export function testConfig(database: DatabaseConfig, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    nodeEnv: 'test',
    logLevel: 'silent',
    database,
    seedOnStart: true,
    dataDir: DATA_DIR,
    ...overrides,
  };
}

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: readonly (string | number)[] }[];
}

/**
 * Who a test request runs as: a role (its key's principal is handed to the context, so no key
 * lookup shows up in query counts), `anonymous` (no header), or a raw Authorization header that
 * goes through the real key check.
 */
export type As = Role | 'anonymous' | { readonly authorization: string };

export interface TestKey {
  readonly id: number;
  /** The key in clear, for `Authorization: Bearer <key>`. */
  readonly key: string;
}

export interface TestApp {
  readonly app: App;
  readonly apollo: ApolloServer<Context>;
  /** SQL statements seen since the last reset. */
  readonly queries: string[];
  /** One real key per role, created on start. */
  readonly keys: Readonly<Record<Role, TestKey>>;
  /** Runs an operation as ADMIN unless `as` says otherwise; queued audit records are written before it returns. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: As },
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** A migrated, seeded app on a fresh database, driven through Apollo's executeOperation. */
export async function startTestApp(
  db: TestDatabase,
  overrides: Partial<Config> = {},
  options: AppOptions = {},
): Promise<TestApp> {
  const { config, drop } = await db.create();
  const queries: string[] = [];
  const app = await createApp(testConfig(config, overrides), { ...options, onQuery: (sql) => queries.push(sql) });
  const apollo = createApollo(app);
  await apollo.start();
  const keys = {} as Record<Role, TestKey>;
  for (const role of [Role.ADMIN, Role.RECRUITER]) {
    const { key, info } = await app.services.keys.create(role, `test ${role.toLowerCase()}`);
    keys[role] = { id: info.id, key };
  }
  const contextFor = (as: As): Context => {
    if (as === 'anonymous') return createContext(app.services);
    if (typeof as === 'object') return createContext(app.services, { authorization: as.authorization });
    const principal: Principal = { kind: 'key', keyId: keys[as].id, role: as };
    return createContext(app.services, {}, principal);
  };
  return {
    app,
    apollo,
    queries,
    keys,
    async gql(query, variables, options = {}) {
      const res = await apollo.executeOperation(
        { query, variables },
        { contextValue: contextFor(options.as ?? Role.ADMIN) },
      );
      await app.services.audit.flush();
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      return res.body.singleResult as GqlResult<any>;
    },
    async close() {
      await apollo.stop();
      await app.close();
      await drop();
    },
  };
}

/** The row id inside a global id the API handed out (for reaching past the API into services or SQL). */
export function rowId(globalId: string): number {
  const stored = storedIdOf(globalId);
  if (!stored) throw new Error(`not a stored global id: ${globalId}`);
  return stored.id;
}

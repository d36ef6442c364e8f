import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { type App, type AppOptions, createApp } from '../../src/app';
import type { Config, DatabaseConfig } from '../../src/config/config';
import { type Context, createContext } from '../../src/graphql/context';
import { createApollo } from '../../src/http/server';
import type { TestDatabase } from './databases';

export const DATA_DIR = join(__dirname, '..', '..', 'data');

export function testConfig(database: DatabaseConfig, overrides: Partial<Config> = {}): Config {
  return { port: 0, host: '127.0.0.1', nodeEnv: 'test', logLevel: 'silent', database, seedOnStart: true, dataDir: DATA_DIR, ...overrides };
}

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: readonly (string | number)[] }[];
}

export interface TestApp {
  readonly app: App;
  readonly apollo: ApolloServer<Context>;
  /** SQL statements seen since the last reset. */
  readonly queries: string[];
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** A migrated, seeded app on a fresh database, driven through Apollo's executeOperation. */
export async function startTestApp(db: TestDatabase, overrides: Partial<Config> = {}, options: AppOptions = {}): Promise<TestApp> {
  const { config, drop } = await db.create();
  const queries: string[] = [];
  const app = await createApp(testConfig(config, overrides), { ...options, onQuery: (sql) => queries.push(sql) });
  const apollo = createApollo(app);
  await apollo.start();
  return {
    app,
    apollo,
    queries,
    async gql(query, variables) {
      const res = await apollo.executeOperation({ query, variables }, { contextValue: createContext(app.services) });
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

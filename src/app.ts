import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import { buildAppSchema } from './graphql/schema';
import { type ChangeFeed, type FeedLog, createChangeFeed } from './services/change-feed/change-feed';
import { ListMaxima } from './services/list-maxima';
import { MatchingService } from './services/matching.service';
import type { SeedReport } from './services/seed.service';
import type { Services } from './services/services';
import { type StoreOptions, openStore } from './store';

export interface App {
  readonly config: Config;
  readonly dataSource: DataSource;
  readonly services: Services;
  readonly schema: GraphQLSchema;
  readonly seed: SeedReport;
  /** See Store.firstAdminKey. */
  readonly firstAdminKey: string | null;
  /** Stops the change feed, writes the queued audit records, then closes the database. */
  close(): Promise<void>;
}

export interface AppOptions extends StoreOptions {
  /** Where background work (the PostgreSQL change feed) reports trouble; the service passes its logger. */
  readonly logger?: FeedLog;
}

/**
 * The composition root for serving: opens the store (database, migrations, services, seed; see
 * openStore), then builds what answering requests needs on top of it: the ranking index of every
 * candidate, the list maxima of the query cost estimate, the change feed that keeps both current
 * with other processes' writes, and the GraphQL schema. The HTTP server and the tests start here;
 * the command line opens only the store.
 */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const store = await openStore(config, options);
  let feed: ChangeFeed | undefined;
  try {
    const { taxonomy, postings, candidates, keys, audit } = store.services;
    const matching = new MatchingService(taxonomy, postings, candidates, audit, store.offload);
    const listMaxima = new ListMaxima(store.dataSource, taxonomy);
    candidates.subscribe(listMaxima);
    postings.onShape((counts) => listMaxima.postingWritten(counts));
    keys.onCreated(() => listMaxima.keyCreated());
    audit.onWeights((sets) => listMaxima.auditWeights(sets));
    const services: Services = { ...store.services, matching, listMaxima };
    // Listen before the index is read, apply once it is built: no other process's write is missed.
    feed = createChangeFeed(config.database, store.dataSource, services, options.logger);
    await feed.start();
    await matching.buildIndex();
    await listMaxima.refresh({ candidateSkills: matching.longestSkillList });
    feed.resume();
    const changeFeed = feed;
    return {
      config,
      dataSource: store.dataSource,
      services,
      schema: buildAppSchema(),
      seed: store.seed,
      firstAdminKey: store.firstAdminKey,
      close: async () => {
        try {
          await changeFeed.stop();
        } finally {
          await store.close();
        }
      },
    };
  } catch (err) {
    await feed?.stop().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw err;
  }
}

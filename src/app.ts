import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import { createDataSource, type DataSourceExtras } from './db/data-source';
import { buildAppSchema } from './graphql/schema';
import { CandidateService } from './services/candidate.service';
import { IngestionService } from './services/ingestion.service';
import { MatchingService } from './services/matching.service';
import { PostingService } from './services/posting.service';
import { type SeedReport, seedDatabase } from './services/seed.service';
import type { Services } from './services/services';
import { TaxonomyService } from './services/taxonomy.service';
import { WriteLock } from './services/write-lock';

export interface App {
  readonly config: Config;
  readonly dataSource: DataSource;
  readonly services: Services;
  readonly schema: GraphQLSchema;
  readonly seed: SeedReport;
  close(): Promise<void>;
}

/**
 * The composition root: opens the database, migrates it, wires the services and loads the seed
 * data. The HTTP server, the CLI and the tests all start from here.
 */
export interface AppOptions extends DataSourceExtras {
  /** The clock, injectable for tests (JSON Resume jobs without an end date run to "now"). */
  readonly now?: () => Date;
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const dataSource = createDataSource(config.database, options);
  await dataSource.initialize();
  try {
    if (!options.synchronize) await dataSource.runMigrations({ transaction: 'each' });
    const writes = new WriteLock(dataSource);
    const taxonomy = new TaxonomyService(dataSource, writes);
    const postings = new PostingService(dataSource, writes, taxonomy);
    const candidates = new CandidateService(dataSource, writes, taxonomy);
    const matching = new MatchingService(taxonomy, postings, candidates);
    const ingestion = new IngestionService(taxonomy, postings, candidates, options.now);
    const services: Services = { taxonomy, postings, candidates, matching, ingestion };
    const seed = await seedDatabase(dataSource, services, config.dataDir, config.seedOnStart);
    await matching.buildIndex();
    return {
      config,
      dataSource,
      services,
      schema: buildAppSchema(),
      seed,
      close: () => dataSource.destroy(),
    };
  } catch (err) {
    await dataSource.destroy();
    throw err;
  }
}

import { availableParallelism } from 'node:os';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import { withStartupLock } from './db/startup-lock';
import { type DataSourceExtras, openDataSource } from './db/data-source';
import { buildAppSchema } from './graphql/schema';
import { AuditService } from './services/audit.service';
import { CandidateService } from './services/candidate.service';
import { type ChangeFeed, type FeedLog, createChangeFeed } from './services/change-feed/change-feed';
import { ResumeDocumentReader } from './documents';
import { IngestionService } from './services/ingestion.service';
import { KeyService } from './services/key.service';
import { ListMaxima } from './services/list-maxima';
import { OffloadPool, type OffloadOptions } from './services/offload/offload-pool';
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
  /**
   * The ADMIN key created on this start because none was active (only with `issueAdminKey`, and
   * never when SKILLMATCH_ADMIN_KEY is set). In clear this once: show it, it is stored only hashed.
   */
  readonly firstAdminKey: string | null;
  /** Writes the queued audit records, then closes the database. */
  close(): Promise<void>;
}

/**
 * The composition root: opens the database, migrates it, wires the services and loads the seed
 * data. The HTTP server, the CLI and the tests all start from here.
 */
export interface AppOptions extends DataSourceExtras {
  /** The clock, injectable for tests (JSON Resume jobs without an end date run to "now"). */
  readonly now?: () => Date;
  /** Create (and hand back as firstAdminKey) an ADMIN key when none is active: `npm start` sets it, the CLI does not. */
  readonly issueAdminKey?: boolean;
  /** Told when an audit write fails (the scoring requests waiting for it are refused). */
  readonly onAuditError?: (err: unknown) => void;
  /** Where background work (the PostgreSQL change feed) reports trouble; the service passes its logger. */
  readonly logger?: FeedLog;
  /** The offload pool's limits, in place of the service's (tests make the queue short to reach SERVICE_BUSY). */
  readonly offload?: Partial<OffloadOptions>;
}

/** Threads reading résumé documents for the service: a burst of uploads must not take every core from the requests. */
const RESUME_WORKERS = 2;
/**
 * Threads for long pure work of requests (posting text, spelling suggestions, gap analysis): one
 * per core but one, so the event loop always keeps a core (they also run at the lowest
 * priority); past 32 waiting jobs a request is refused SERVICE_BUSY; a job over 10 s is stopped.
 */
const OFFLOAD = { threads: Math.max(1, availableParallelism() - 1), maxQueued: 32, jobTimeoutMs: 10_000 } as const;

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const dataSource = await openDataSource(config.database, options);
  let feed: ChangeFeed | undefined;
  let documents: ResumeDocumentReader | undefined;
  const offload = new OffloadPool({ ...OFFLOAD, ...options.offload });
  try {
    const writes = new WriteLock(dataSource);
    const taxonomy = new TaxonomyService(dataSource, writes, offload);
    const postings = new PostingService(dataSource, writes, taxonomy);
    const candidates = new CandidateService(dataSource, writes, taxonomy);
    const keys = new KeyService(dataSource, writes);
    const audit = new AuditService(dataSource, writes, options.onAuditError);
    const matching = new MatchingService(taxonomy, postings, candidates, audit, offload);
    // Résumé documents are read in worker threads: PDF and DOCX extraction is CPU-bound.
    documents = new ResumeDocumentReader(RESUME_WORKERS);
    const ingestion = new IngestionService(taxonomy, postings, candidates, options.now, documents, offload);
    const listMaxima = new ListMaxima(dataSource, taxonomy);
    candidates.subscribe(listMaxima);
    postings.onShape((counts) => listMaxima.postingWritten(counts));
    keys.onCreated(() => listMaxima.keyCreated());
    audit.onWeights((sets) => listMaxima.auditWeights(sets));
    const services: Services = { taxonomy, postings, candidates, matching, ingestion, keys, audit, listMaxima };
    const { firstAdminKey, seed } = await withStartupLock(dataSource, async () => {
      if (!options.synchronize) await dataSource.runMigrations({ transaction: 'each' });
      return {
        firstAdminKey: await keys.bootstrap(config.adminKey ?? null, options.issueAdminKey ?? false),
        seed: await seedDatabase(dataSource, services, config.dataDir, config.seedOnStart),
      };
    });
    // Listen before the index is read, apply once it is built: no other process's write is missed.
    feed = createChangeFeed(config.database, dataSource, services, options.logger);
    await feed.start();
    await matching.buildIndex();
    await listMaxima.refresh();
    feed.resume();
    const changeFeed = feed;
    const reader = documents;
    return {
      config,
      dataSource,
      services,
      schema: buildAppSchema(),
      seed,
      firstAdminKey,
      close: async () => {
        try {
          await reader.close();
          await offload.close();
          await changeFeed.stop();
          await audit.close();
        } finally {
          await dataSource.destroy();
        }
      },
    };
  } catch (err) {
    await documents?.close();
    await offload.close();
    await feed?.stop();
    await dataSource.destroy();
    throw err;
  }
}

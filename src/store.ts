import { availableParallelism } from 'node:os';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config';
import { type DataSourceExtras, openDataSource } from './db/data-source';
import { withStartupLock } from './db/startup-lock';
import { ResumeDocumentReader } from './documents';
import { AuditService } from './services/audit.service';
import { CandidateService } from './services/candidate.service';
import { IngestionService } from './services/ingestion.service';
import { KeyService } from './services/key.service';
import { type OffloadOptions, OffloadPool } from './services/offload/offload-pool';
import { PostingService } from './services/posting.service';
import { type SeedReport, seedDatabase } from './services/seed.service';
import type { StoreServices } from './services/services';
import { TaxonomyService } from './services/taxonomy.service';
import { WriteLock } from './services/write-lock';

/**
 * The first stage of start-up, which every command opens: the database, migrated and seeded,
 * and the use cases over it. Serving (createApp) builds the ranking index, the change feed and
 * the schema on top; a command that only reads and writes rows stops here and never loads every
 * candidate into memory.
 */
export interface Store {
  readonly config: Config;
  readonly dataSource: DataSource;
  readonly services: StoreServices;
  /** Threads for long pure work of requests (shared with serving's matching service). */
  readonly offload: OffloadPool;
  readonly seed: SeedReport;
  /**
   * The ADMIN key created on this start because none was active (only with `issueAdminKey`, and
   * never when SKILLMATCH_ADMIN_KEY is set). In clear this once: show it, it is stored only hashed.
   */
  readonly firstAdminKey: string | null;
  /** Writes the queued audit records, stops the threads, then closes the database. */
  close(): Promise<void>;
}

export interface StoreOptions extends DataSourceExtras {
  /** The clock, injectable for tests (JSON Resume jobs without an end date run to "now"). */
  readonly now?: () => Date;
  /** Create (and hand back as firstAdminKey) an ADMIN key when none is active: `npm start` sets it, the CLI does not. */
  readonly issueAdminKey?: boolean;
  /** Told when an audit write fails (the scoring requests waiting for it are refused). */
  readonly onAuditError?: (err: unknown) => void;
  /** The offload pool's limits, in place of the service's (tests make the queue short to reach SERVICE_BUSY). */
  readonly offload?: Partial<OffloadOptions>;
}

/** Threads reading résumé documents: a burst of uploads must not take every core from the requests. */
const RESUME_WORKERS = 2;
/**
 * Threads for long pure work of requests (posting text, spelling suggestions, gap analysis): one
 * per core but one, so the event loop always keeps a core (they also run at the lowest
 * priority); past 32 waiting jobs a request is refused SERVICE_BUSY; a job over 10 s is stopped.
 * Both pools start their threads on first use, so a command that never needs them pays nothing.
 */
const OFFLOAD = { threads: Math.max(1, availableParallelism() - 1), maxQueued: 32, jobTimeoutMs: 10_000 } as const;

/**
 * Opens the store: opens the database, migrates it (one process at a time, under the startup
 * lock), wires the services, registers the configured ADMIN key and loads the seed data on first
 * start.
 */
export async function openStore(config: Config, options: StoreOptions = {}): Promise<Store> {
  const dataSource = await openDataSource(config.database, options);
  const offload = new OffloadPool({ ...OFFLOAD, ...options.offload });
  // Résumé documents are read in worker threads: PDF and DOCX extraction is CPU-bound.
  const documents = new ResumeDocumentReader(RESUME_WORKERS);
  const writes = new WriteLock(dataSource);
  const taxonomy = new TaxonomyService(dataSource, writes, offload);
  const postings = new PostingService(dataSource, writes, taxonomy);
  const candidates = new CandidateService(dataSource, writes, taxonomy);
  const keys = new KeyService(dataSource, writes);
  const audit = new AuditService(dataSource, writes, options.onAuditError);
  const ingestion = new IngestionService(taxonomy, postings, candidates, options.now, documents, offload);
  const services: StoreServices = { taxonomy, postings, candidates, ingestion, keys, audit };
  const close = async (): Promise<void> => {
    try {
      await documents.close();
      await offload.close();
      await audit.close();
    } finally {
      await dataSource.destroy();
    }
  };
  try {
    const { firstAdminKey, seed } = await withStartupLock(dataSource, async () => {
      if (!options.synchronize) await dataSource.runMigrations({ transaction: 'each' });
      return {
        firstAdminKey: await keys.bootstrap(config.adminKey ?? null, options.issueAdminKey ?? false),
        seed: await seedDatabase(dataSource, services, config.dataDir, config.seedOnStart),
      };
    });
    return { config, dataSource, services, offload, seed, firstAdminKey, close };
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  }
}

import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../config/config';
import type { CandidateService } from '../candidate.service';
import type { ListMaxima } from '../list-maxima';
import type { MatchingService } from '../matching.service';
import type { PostingService } from '../posting.service';
import { PgChangeFeed } from './pg-change-feed';

/**
 * Keeps this process's in-memory ranking index and posting cache current with writes made by
 * other processes on the same database. `start` begins listening (buffering what arrives),
 * `resume` applies the buffer and everything after, once the index is built; `stop` ends it.
 */
export interface ChangeFeed {
  start(): Promise<void>;
  resume(): void;
  stop(): Promise<void>;
}

/** Where the feed reports trouble (lost connection, failed reload); the service passes its logger. */
export interface FeedLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface FeedServices {
  readonly candidates: CandidateService;
  readonly postings: PostingService;
  readonly matching: MatchingService;
  readonly listMaxima: ListMaxima;
}

/** SQLite is one process by design (one writer, one file): nothing to listen to. */
class NoChangeFeed implements ChangeFeed {
  async start(): Promise<void> {}
  resume(): void {}
  async stop(): Promise<void> {}
}

/** LISTEN/NOTIFY on PostgreSQL, nothing on SQLite. */
export function createChangeFeed(
  db: DatabaseConfig,
  dataSource: DataSource,
  services: FeedServices,
  log?: FeedLog,
): ChangeFeed {
  return db.type === 'postgres' ? new PgChangeFeed(db, dataSource, services, log) : new NoChangeFeed();
}

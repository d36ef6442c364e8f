import { randomUUID } from 'node:crypto';
import { Socket } from 'node:net';
import { Client, type Notification } from 'pg';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../config/config';
import type { CandidateSpec } from '../../domain/matching/profiles';
import type { CandidateListener } from '../candidate.service';
import type { PostingListener } from '../posting.service';
import type { ChangeFeed, FeedLog, FeedServices } from './change-feed';
import { decodeChange, encodeChange, type ChangeMessage } from './change-message';

type PgDatabase = Extract<DatabaseConfig, { type: 'postgres' }>;

/** How the LISTEN connection shows in pg_stat_activity. */
export const FEED_APPLICATION_NAME = 'skillmatch-change-feed';
const RELOAD_BATCH = 1000;
const MIN_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 5000;

/** One channel per schema: test schemas (and tenants) on one database do not hear each other. */
export function channelFor(db: PgDatabase): string {
  const suffix = db.schema ? `_${db.schema.toLowerCase().replace(/[^a-z0-9_]/g, '_')}` : '';
  return `skillmatch_changes${suffix}`.slice(0, 63);
}

/**
 * Change feed over PostgreSQL LISTEN/NOTIFY. After each committed write this process NOTIFYs the
 * changed ids (through the write pool); every other process, on a dedicated LISTEN connection,
 * reads those candidates again and upserts or removes them in its ranking index, or drops the
 * cached posting. Reloading from the database rather than trusting the message makes the order of
 * messages irrelevant: the last reload sees the last commit. Notifications sent while the
 * connection was down are lost, so after a reconnect the whole index is rebuilt.
 */
export class PgChangeFeed implements ChangeFeed, CandidateListener, PostingListener {
  private readonly origin = randomUUID();
  private readonly channel: string;
  private client: Client | undefined;
  /** The socket of the connection a (re)connect is opening, until it listens: stop must close it too. */
  private opening: Socket | undefined;
  private connecting: Promise<void> | undefined;
  private stopped = false;
  private applying = false;
  private resyncNeeded = false;
  private backoff = MIN_BACKOFF_MS;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private readonly pendingCandidates = new Set<number>();
  private readonly pendingPostings = new Set<number>();
  private worker: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: PgDatabase,
    private readonly dataSource: DataSource,
    private readonly services: FeedServices,
    private readonly log?: FeedLog,
  ) {
    this.channel = channelFor(db);
    services.candidates.subscribe(this);
    services.postings.subscribe(this);
  }

  async start(): Promise<void> {
    this.connecting = this.connect();
    await this.connecting;
  }

  resume(): void {
    this.applying = true;
    this.kick();
  }

  /**
   * Ends the feed. A reconnect may be under way (its timer fired, its connection not yet listening):
   * that connection is closed too, at once (the server may be the reason it is slow), and awaited;
   * left alone it would open after the stop and keep the process alive with a LISTEN nobody reads.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    this.opening?.destroy();
    this.opening = undefined;
    await client?.end().catch(() => undefined);
    await this.connecting?.catch(() => undefined);
    await this.worker;
  }

  // Local writes, after commit: tell the other processes.
  candidatesChanged(specs: readonly CandidateSpec[]): void {
    this.publish({ origin: this.origin, entity: 'candidate', ids: specs.map((s) => Number(s.id)) });
  }

  candidateDeleted(id: number): void {
    this.publish({ origin: this.origin, entity: 'candidate', ids: [id] });
  }

  postingChanged(id: number): void {
    this.publish({ origin: this.origin, entity: 'posting', ids: [id] });
  }

  postingDeleted(id: number): void {
    this.publish({ origin: this.origin, entity: 'posting', ids: [id] });
  }

  private publish(message: ChangeMessage): void {
    if (this.stopped || message.ids.length === 0) return;
    for (const payload of encodeChange(message)) {
      this.dataSource.query('SELECT pg_notify($1, $2)', [this.channel, payload]).catch((err: unknown) => {
        this.log?.error({ err, channel: this.channel }, 'change feed: could not notify other processes');
      });
    }
  }

  private async connect(): Promise<void> {
    const socket = new Socket();
    const client = new Client({
      connectionString: this.db.url,
      keepAlive: true,
      application_name: FEED_APPLICATION_NAME,
      stream: () => socket,
    });
    client.on('notification', (n) => this.received(n));
    const lost = (err?: unknown) => {
      if (this.client !== client) return;
      this.client = undefined;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.log?.warn({ err, channel: this.channel }, 'change feed: connection lost; reconnecting');
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    // Stop destroys this socket rather than ending the client: pg never settles a connect() whose
    // client was ended while connecting, but rejects one whose socket closed under it.
    this.opening = socket;
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (err) {
      // A connection that failed half-way (connected, LISTEN refused) is still open.
      await client.end().catch(() => undefined);
      throw err;
    } finally {
      if (this.opening === socket) this.opening = undefined;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      throw new Error('change feed: stopped while connecting');
    }
    this.client = client;
    this.backoff = MIN_BACKOFF_MS;
  }

  private scheduleReconnect(): void {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.connecting = this.connect().then(
        () => {
          this.log?.info({ channel: this.channel }, 'change feed: reconnected; rebuilding the ranking index');
          this.resyncNeeded = true;
          this.kick();
        },
        (err: unknown) => {
          if (this.stopped) return;
          this.log?.warn({ err, retryInMs: this.backoff }, 'change feed: reconnect failed');
          this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
          this.scheduleReconnect();
        },
      );
    }, this.backoff);
  }

  private received(n: Notification): void {
    if (n.channel !== this.channel) return;
    const message = decodeChange(n.payload);
    if (!message || message.origin === this.origin) return;
    const pending = message.entity === 'candidate' ? this.pendingCandidates : this.pendingPostings;
    for (const id of message.ids) pending.add(id);
    this.kick();
  }

  /** One worker applies changes in order; what arrives meanwhile is merged into the next round. */
  private kick(): void {
    if (!this.applying) return;
    this.worker = this.worker
      .then(() => this.apply())
      .catch((err: unknown) => {
        this.log?.error({ err }, 'change feed: applying changes failed; rebuilding the ranking index');
        this.resyncNeeded = true;
        if (!this.stopped) setTimeout(() => this.kick(), this.backoff);
      });
  }

  private async apply(): Promise<void> {
    if (this.stopped) return;
    const { matching, candidates } = this.services;
    if (this.resyncNeeded) {
      this.resyncNeeded = false;
      // Everything pending is covered by the rebuild.
      this.pendingCandidates.clear();
      this.pendingPostings.clear();
      await matching.resync();
      await this.services.listMaxima.refresh();
      return;
    }
    const wroteElsewhere = this.pendingPostings.size > 0 || this.pendingCandidates.size > 0;
    for (const id of this.pendingPostings) matching.postingChanged(id);
    this.pendingPostings.clear();
    while (this.pendingCandidates.size > 0) {
      const ids = [...this.pendingCandidates].slice(0, RELOAD_BATCH);
      for (const id of ids) this.pendingCandidates.delete(id);
      const rows = await candidates.getMany(ids);
      const present = ids.filter((_, i) => rows[i] !== null);
      const specs = await candidates.specsOf(present);
      if (specs.length > 0) matching.candidatesChanged(specs);
      ids.filter((_, i) => rows[i] === null).forEach((id) => matching.candidateDeleted(id));
    }
    // Another process's posting or key may be longer than anything this one stored.
    if (wroteElsewhere) await this.services.listMaxima.refresh();
  }
}

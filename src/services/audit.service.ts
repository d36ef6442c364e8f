import type { DataSource } from 'typeorm';
import { insertAuditRecords } from '../db/audit-insert';
import { keysetPage } from '../db/keyset-page';
import type { AppliedWeights } from '../domain/matching/match-result';
import { MODEL_VERSION } from '../domain/matching/matching-defaults';
import { resolveWeights } from '../domain/matching/resolve-weights';
import { AuditRecordEntity } from '../entities/audit-record.entity';
import type {
  AuditActor,
  AuditEntry,
  BatchScoringEvent,
  ScoringAuditor,
  ScoringEvent,
  ScoringRecord,
} from './audit-event';
import { type Page, type PageArgs, pageRequest, toPage } from './pagination';
import type { WriteLock } from './write-lock';
import { canonicalFields, canonicalHash, canonicalJson, sha256, specListJson } from './canonical-json';

/** An audit record as the API shows it. */
export interface AuditView {
  readonly id: number;
  readonly at: Date;
  readonly actor: string;
  readonly keyId: number | null;
  readonly operation: string;
  readonly postingId: number | null;
  readonly postingHash: string | null;
  readonly candidateCount: number;
  readonly modelVersion: string;
  readonly taxonomyVersion: string;
  readonly weights: readonly AppliedWeights[];
  readonly inputHash: string;
  readonly requestId: string | null;
}

export interface AuditFilter {
  readonly postingId?: number | null;
  readonly keyId?: number | null;
  /** Records at or after this instant. */
  readonly since?: Date | null;
  /** Records before this instant. */
  readonly until?: Date | null;
}

const BATCH = 500;

/** A queued record and the caller waiting for it to be committed. */
interface Pending {
  readonly row: Omit<AuditRecordEntity, 'id'>;
  readonly done: (err?: unknown) => void;
}

/**
 * The append-only audit log of scoring requests. `record` resolves once the record is committed,
 * so a scoring answer leaves the service only when its record would survive a crash. Writes are
 * grouped: records that arrive while a commit is in flight (or within the same tick) go into the
 * next transaction together, and each caller is answered when that one commit lands, so under
 * load one fsync serves many requests. A record whose write fails is not kept: its caller is
 * refused instead (no answer without its record), and the next record is tried afresh.
 */
export class AuditService implements ScoringAuditor {
  private queue: Pending[] = [];
  private draining: Promise<void> | null = null;
  private scheduled = false;
  private readonly weightListeners: ((sets: number) => void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteLock,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** Told how many weight sets each record holds (the list maxima size `AuditRecord.weights`). */
  onWeights(listener: (sets: number) => void): void {
    this.weightListeners.push(listener);
  }

  /** Appends one record; resolves when it is committed, rejects when the database refused it. */
  record(entry: AuditEntry): Promise<void> {
    this.weightListeners.forEach((l) => l(entry.weights.length));
    const row: Omit<AuditRecordEntity, 'id'> = {
      at: entry.at ?? new Date(),
      actor: entry.actor.kind,
      keyId: entry.actor.kind === 'key' ? entry.actor.keyId : null,
      operation: entry.operation,
      postingId: entry.postingId,
      postingHash: entry.postingHash ?? null,
      candidateCount: entry.candidateCount,
      modelVersion: entry.modelVersion,
      taxonomyVersion: entry.taxonomyVersion,
      weights: JSON.stringify(entry.weights),
      inputHash: entry.inputHash,
      requestId: entry.actor.requestId ?? null,
    };
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ row, done: (err) => (err === undefined ? resolve() : reject(err)) });
      this.kick();
    });
  }

  /**
   * The matching service's hook: turns a scoring request into a record. Candidate profiles are
   * hashed here, at once, and not kept: the record holds nothing personal. Pure, so a cached
   * ranking page can keep its record and append it again for each request that reads it.
   */
  describe(event: ScoringEvent): ScoringRecord {
    const results = event.matches;
    const weights = distinct(
      results.length > 0
        ? results.map((r) => r.weights)
        : event.posting
          ? [resolveWeights(event.posting, event.weights)]
          : [],
    );
    const postings = uniqueById(event.posting ? [event.posting] : event.matches.map((m) => m.inputs.posting));
    const modelVersion = results[0]?.modelVersion ?? MODEL_VERSION;
    const taxonomyVersion = results[0]?.taxonomyVersion ?? event.taxonomyVersion;
    return {
      operation: event.operation,
      postingId: event.postingId,
      postingHash: event.postingId === null && event.posting ? canonicalHash(event.posting) : null,
      candidateCount: event.candidateCount,
      modelVersion,
      taxonomyVersion,
      weights,
      inputHash: sha256(
        canonicalFields({
          operation: event.operation,
          options: event.options,
          weights: event.weights,
          postings: specListJson(postings),
          candidates: specListJson(uniqueById(event.candidates)),
          modelVersion,
          taxonomyVersion,
        }),
      ),
    };
  }

  /**
   * The record of one batch `score` run: the postings by id or hash, the weights each posting
   * applied, and the candidates by the digest taken while they were read.
   */
  describeBatch(event: BatchScoringEvent): ScoringRecord {
    return {
      operation: 'score',
      postingId: event.postingId,
      postingHash: event.postingId === null ? canonicalHash(event.postings) : null,
      candidateCount: event.candidateCount,
      modelVersion: MODEL_VERSION,
      taxonomyVersion: event.taxonomyVersion,
      weights: distinct(event.postings.map((p) => resolveWeights(p))),
      inputHash: canonicalHash({
        operation: 'score',
        postings: event.postings,
        options: event.options,
        candidates: event.candidatesDigest,
        modelVersion: MODEL_VERSION,
        taxonomyVersion: event.taxonomyVersion,
      }),
    };
  }

  /** Appends a described scoring request, now, on behalf of `actor`; resolves once it is committed. */
  append(record: ScoringRecord, actor: AuditActor): Promise<void> {
    return this.record({ ...record, actor });
  }

  /** Waits until every record appended so far has been written or refused. */
  async flush(): Promise<void> {
    while (this.draining || this.queue.length > 0) await (this.draining ?? this.drain());
  }

  /** Writes what is queued (a normal shutdown loses nothing). */
  async close(): Promise<void> {
    await this.flush();
  }

  /** One record, or null (flushes first, like list). */
  async get(id: number): Promise<AuditView | null> {
    await this.flush();
    const row = await this.dataSource.manager.findOne(AuditRecordEntity, { where: { id } });
    return row ? toView(row) : null;
  }

  /** Records oldest first, filtered, as a page (flushes first, so a caller sees its own requests). */
  async list(args: PageArgs & { filter?: AuditFilter | null }): Promise<Page<AuditView>> {
    await this.flush();
    const req = pageRequest('audit', args);
    const f = args.filter ?? {};
    const qb = this.dataSource.manager.createQueryBuilder(AuditRecordEntity, 'a');
    if (f.postingId !== null && f.postingId !== undefined)
      qb.andWhere('a.postingId = :postingId', { postingId: f.postingId });
    if (f.keyId !== null && f.keyId !== undefined) qb.andWhere('a.keyId = :keyId', { keyId: f.keyId });
    if (f.since) qb.andWhere('a.at >= :since', { since: f.since });
    if (f.until) qb.andWhere('a.at < :until', { until: f.until });
    const { rows, totalCount } = await keysetPage(qb, req);
    return toPage('audit', rows.map(toView), req, totalCount);
  }

  private kick(): void {
    if (this.draining || this.scheduled) return;
    this.scheduled = true;
    // The records of one tick go in one commit; those arriving during a commit, in the next.
    setImmediate(() => {
      this.scheduled = false;
      void this.drain();
    });
  }

  private drain(): Promise<void> {
    this.draining ??= this.drainLoop().finally(() => {
      this.draining = null;
      if (this.queue.length > 0) this.kick();
    });
    return this.draining;
  }

  private async drainLoop(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, BATCH);
      try {
        await this.writes.exclusive(() =>
          insertAuditRecords(
            this.dataSource,
            batch.map((p) => p.row),
          ),
        );
      } catch (err) {
        this.onError(err);
        for (const p of batch) p.done(err);
        continue;
      }
      for (const p of batch) p.done();
    }
  }
}

function toView(row: AuditRecordEntity): AuditView {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    keyId: row.keyId,
    operation: row.operation,
    postingId: row.postingId,
    postingHash: row.postingHash,
    candidateCount: row.candidateCount,
    modelVersion: row.modelVersion,
    taxonomyVersion: row.taxonomyVersion,
    weights: JSON.parse(row.weights) as AppliedWeights[],
    inputHash: row.inputHash,
    requestId: row.requestId,
  };
}

function distinct<T>(values: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const v of values) {
    const key = canonicalJson(v);
    if (!seen.has(key)) seen.set(key, v);
  }
  return [...seen.values()];
}

function uniqueById<T extends { readonly id: string }>(values: readonly T[]): T[] {
  return [...new Map(values.map((v) => [v.id, v])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

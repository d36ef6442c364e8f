import type { AuditActor, ScoringAuditor, ScoringEvent, ScoringRecord } from '../audit-event';
import type { TaxonomyService } from '../taxonomy.service';

/** A scoring request as the use cases describe it; the taxonomy version is added here. */
export type ScoringRequest = Omit<ScoringEvent, 'taxonomyVersion'>;

/** The audit hook as the matching use cases call it; without an auditor (tools, benches) it does nothing. */
export class ScoringAudit {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly auditor: ScoringAuditor | null,
  ) {}

  /** The record of a request, kept by a cached ranking page to be appended again for each reader. */
  describe(request: ScoringRequest): ScoringRecord | null {
    return this.auditor?.describe({ ...request, taxonomyVersion: this.taxonomy.current().version }) ?? null;
  }

  /** Resolves once the record is durable: an answer leaves only with its record. */
  async append(record: ScoringRecord | null, actor: AuditActor): Promise<void> {
    if (record) await this.auditor?.append(record, actor);
  }

  async record(actor: AuditActor, request: ScoringRequest): Promise<void> {
    await this.append(this.describe(request), actor);
  }
}

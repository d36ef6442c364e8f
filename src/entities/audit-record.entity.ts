import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One scoring request, append-only (database triggers refuse UPDATE and DELETE). It holds ids and
 * hashes, never a candidate's id, name, email or profile: erasing a candidate leaves nothing here
 * that points at them.
 */
@Entity('audit_record')
@Index('IDX_audit_record_posting', ['postingId'])
@Index('IDX_audit_record_key', ['keyId'])
@Index('IDX_audit_record_at', ['at'])
export class AuditRecordEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** When the request was scored. */
  @Column({ type: Date })
  at: Date;

  /** `key` (keyId says which), `cli` (an in-process tool) or `anonymous`. */
  @Column({ type: 'varchar', length: 10 })
  actor: string;

  @Column({ type: 'integer', nullable: true })
  keyId: number | null;

  /** match, rankCandidates, rankPostings, matchPreview, scoreCandidates, score (batch CLI)... */
  @Column({ type: 'varchar', length: 40 })
  operation: string;

  /** The stored posting scored against; null for unsaved input (see postingHash) or many postings. */
  @Column({ type: 'integer', nullable: true })
  postingId: number | null;

  /** sha256 of the canonical posting when it was unsaved input (matchPreview). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  postingHash: string | null;

  /** How many candidates the request scored. */
  @Column({ type: 'integer' })
  candidateCount: number;

  @Column({ type: 'varchar', length: 60 })
  modelVersion: string;

  @Column({ type: 'varchar', length: 60 })
  taxonomyVersion: string;

  /** The weights applied (JSON list of AppliedWeights; one entry per distinct set). */
  @Column({ type: 'text' })
  weights: string;

  /** sha256 of the canonical inputs (specs, weights, options, versions). */
  @Column({ type: 'varchar', length: 64 })
  inputHash: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;
}

import type { AppliedWeights, ExplainedMatch } from '../domain/matching/match-result';
import type { CandidateSpec, PostingSpec, ScoringProfile } from '../domain/matching/profiles';

/** Who asked for a score: an API key, an in-process tool (the CLI), or nobody we know. */
export type AuditActor =
  | { readonly kind: 'key'; readonly keyId: number; readonly requestId?: string | null }
  | { readonly kind: 'cli'; readonly requestId?: string | null }
  | { readonly kind: 'anonymous'; readonly requestId?: string | null };

/** The command-line tools and in-process callers (scripts, tests) that act for nobody else. */
export const CLI_ACTOR: AuditActor = { kind: 'cli' };

/** Scoring operations the audit log names. */
export type ScoringOperation = 'match' | 'rankCandidates' | 'rankPostings' | 'matchPreview' | 'scoreCandidates';

/**
 * One audit record as it is stored. Ids and hashes only: never a candidate id, name, email or
 * profile.
 */
export interface AuditEntry {
  readonly actor: AuditActor;
  /** A ScoringOperation, or `score` for the batch command. */
  readonly operation: string;
  readonly postingId: number | null;
  /** sha256 of the canonical posting when it was unsaved input (see canonicalHash). */
  readonly postingHash?: string | null;
  readonly candidateCount: number;
  readonly modelVersion: string;
  readonly taxonomyVersion: string;
  /** The weights applied, one entry per distinct set. */
  readonly weights: readonly AppliedWeights[];
  /** sha256 of the canonical inputs: `canonicalHash({ ...everything the scores depended on })`. */
  readonly inputHash: string;
  /** Defaults to now. */
  readonly at?: Date;
}

/** An audit record of a scoring request, before it is attributed to a caller. */
export type ScoringRecord = Omit<AuditEntry, 'actor' | 'at'>;

/** What the audit log learns of one scoring request of the service (see AuditService.describe). */
export interface ScoringEvent {
  readonly operation: ScoringOperation;
  /** The stored posting, or null for unsaved input or a ranking over many postings. */
  readonly postingId: number | null;
  /** The one posting scored against, or null when the request ranked many. */
  readonly posting: PostingSpec | null;
  /** The candidates whose scores the request returned (their specs are hashed, never stored). */
  readonly candidates: readonly CandidateSpec[];
  /** How many candidates were scored: a ranking scores every indexed candidate. */
  readonly candidateCount: number;
  /** Each returned score with the inputs it was computed from. */
  readonly matches: readonly ExplainedMatch[];
  /** The request's own weights (before the defaults and the posting profile). */
  readonly weights: ScoringProfile | null;
  readonly options: Readonly<Record<string, unknown>>;
  readonly taxonomyVersion: string;
}

/** What the audit log learns of one `skillmatch score` run (see AuditService.describeBatch). */
export interface BatchScoringEvent {
  /** The one stored posting scored against, or null (a posting file, or every stored posting). */
  readonly postingId: number | null;
  readonly postings: readonly PostingSpec[];
  readonly candidateCount: number;
  readonly options: Readonly<Record<string, unknown>>;
  /** sha256 of the candidate input, taken while it was read (see batch/input-digest). */
  readonly candidatesDigest: string;
  readonly taxonomyVersion: string;
}

/** Receives every scoring request; the composition root plugs the audit log in here. */
export interface ScoringAuditor {
  describe(event: ScoringEvent): ScoringRecord;
  /** Resolves once the record is durable: the scoring answer waits for it. */
  append(record: ScoringRecord, actor: AuditActor): Promise<void>;
}

import type { AuditActor } from '../services/audit-event';
import type { KeyService, Principal } from '../services/key.service';

/**
 * The caller of one request. The Authorization header is checked on first need (one indexed
 * lookup, at most once per request); a request that touches no guarded field costs nothing.
 */
export class RequestAuth {
  private pending: Promise<Principal> | null = null;
  private known: Principal | null;

  constructor(
    private readonly keys: KeyService,
    private readonly authorization: string | undefined,
    /** A principal the caller already established (in-process callers and tests). */
    principal?: Principal,
    private readonly requestId: string | null = null,
  ) {
    this.known = principal ?? null;
  }

  principal(): Promise<Principal> {
    if (this.known) return Promise.resolve(this.known);
    this.pending ??= this.keys.authenticate(this.authorization).then((p) => (this.known = p));
    return this.pending;
  }

  /** Who the audit log names. Scoring fields are guarded, so the key is known by the time they run. */
  actor(): AuditActor {
    const p = this.known;
    return p?.kind === 'key'
      ? { kind: 'key', keyId: p.keyId, requestId: this.requestId }
      : { kind: 'anonymous', requestId: this.requestId };
  }
}

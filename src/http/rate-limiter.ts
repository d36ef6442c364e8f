import type { RateLimit } from '../config/config';
import type { Principal } from '../services/key.service';

/** Callers remembered at once; past it the longest-unseen are forgotten (they start full again). */
const MAX_CALLERS = 100_000;
const MINUTE_MS = 60_000;

interface Bucket {
  requests: number;
  cost: number;
  at: number;
}

/**
 * Who a request is charged to: a valid key its own allowance (by key id), everyone else their
 * address: no key, and also a malformed, unknown or revoked one, so that rotating made-up keys
 * cannot multiply an address's allowance.
 */
export interface RateCaller {
  readonly id: string;
  readonly keyed: boolean;
}

/** The answer for one request: go ahead, or wait this many seconds. */
export type RateVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly retryAfterSeconds: number; readonly limit: 'REQUESTS' | 'COST' };

const OK: RateVerdict = { ok: true };

/**
 * Token buckets per caller: each holds a minute's allowance of requests and of estimated query
 * cost and refills continuously, so a burst up to the allowance passes and a steady flood is
 * held to the rate. Requests are counted as they arrive (before the body is read), cost once the
 * query is estimated. In memory, per process.
 */
export class RateLimits {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: { readonly anonymous: RateLimit; readonly keyed: RateLimit },
    private readonly now: () => number = Date.now,
  ) {}

  callerOf(principal: Principal, address: string | undefined): RateCaller {
    if (principal.kind === 'key') return { id: `key:${principal.keyId}`, keyed: true };
    return { id: `addr:${address ?? 'unknown'}`, keyed: false };
  }

  /** Takes one request from the caller's allowance, or says how long to wait. */
  takeRequest(caller: RateCaller): RateVerdict {
    const per = this.limitOf(caller).requests;
    if (per === null) return OK;
    const bucket = this.bucket(caller);
    if (bucket.requests < 1)
      return { ok: false, limit: 'REQUESTS', retryAfterSeconds: waitSeconds(1 - bucket.requests, per) };
    bucket.requests -= 1;
    return OK;
  }

  /** Takes a query's estimated cost; one costing more than a minute's budget waits for a full one. */
  takeCost(caller: RateCaller, cost: number): RateVerdict {
    const per = this.limitOf(caller).cost;
    if (per === null) return OK;
    const bucket = this.bucket(caller);
    const needed = Math.min(cost, per);
    if (bucket.cost < needed)
      return { ok: false, limit: 'COST', retryAfterSeconds: waitSeconds(needed - bucket.cost, per) };
    bucket.cost -= needed;
    return OK;
  }

  private limitOf(caller: RateCaller): RateLimit {
    return caller.keyed ? this.limits.keyed : this.limits.anonymous;
  }

  /** The caller's bucket, refilled for the time since it was last seen. */
  private bucket(caller: RateCaller): Bucket {
    const { requests, cost } = this.limitOf(caller);
    const now = this.now();
    let bucket = this.buckets.get(caller.id);
    if (bucket) {
      this.buckets.delete(caller.id); // re-inserted below: the Map's order is last seen
      const elapsed = Math.max(0, now - bucket.at) / MINUTE_MS;
      bucket.requests = Math.min(requests ?? 0, bucket.requests + elapsed * (requests ?? 0));
      bucket.cost = Math.min(cost ?? 0, bucket.cost + elapsed * (cost ?? 0));
      bucket.at = now;
    } else {
      bucket = { requests: requests ?? 0, cost: cost ?? 0, at: now };
      if (this.buckets.size >= MAX_CALLERS) this.buckets.delete(this.buckets.keys().next().value!);
    }
    this.buckets.set(caller.id, bucket);
    return bucket;
  }
}

function waitSeconds(missing: number, perMinute: number): number {
  return Math.max(1, Math.ceil((missing / perMinute) * 60));
}

import { compareCandidateIds } from './candidate-id';

/** One kept row: a candidate, its rank key (see compiled-scorer), and what the caller attached. */
export interface KeptRow<T> {
  readonly candidateId: string;
  readonly key: number;
  value: T | null;
}

/** True when (keyA, idA) ranks before (keyB, idB): higher key first, then the smaller id. */
function ranksBefore(keyA: number, idA: string, keyB: number, idB: string): boolean {
  return keyA !== keyB ? keyA > keyB : compareCandidateIds(idA, idB) < 0;
}

/**
 * The first rows of one posting's ranking (qualified, score, id), kept across candidate writes so
 * that a page need not rescan every candidate. Invariant: the rows are exactly the best
 * `rows.length` candidates of the population in ranking order, or every candidate when `complete`.
 *
 * A write keeps the invariant without a scan: a written candidate leaves the rows, and comes back
 * only if its new key ranks before the last kept row (anyone not kept ranks after that row, so the
 * rows stay the exact top); a removed one just leaves. Rows thus only shrink, except for candidates
 * that enter at the top; once a page reaches past them, `slice` says so and the caller ranks again.
 */
export class KeptRanking<T> {
  private readonly rows: KeptRow<T>[];
  private complete: boolean;
  /** Bumped on every change of the rows, so a page built from them can tell it is still current. */
  changes = 0;

  /**
   * @param rows the first rows of the ranking, in order (rankTopK with k = depth)
   * @param depth how many rows to keep at most
   * @param complete whether `rows` is every candidate (the population is at most `depth`)
   */
  constructor(
    rows: readonly { readonly candidateId: string; readonly key: number }[],
    private readonly depth: number,
    complete: boolean,
  ) {
    this.rows = rows.slice(0, depth).map((r) => ({ candidateId: r.candidateId, key: r.key, value: null }));
    this.complete = complete && rows.length <= depth;
  }

  get length(): number {
    return this.rows.length;
  }

  /** Rows offset .. offset + count of the ranking, or null when they are not all known. */
  slice(offset: number, count: number): readonly KeptRow<T>[] | null {
    if (!this.complete && offset + count > this.rows.length) return null;
    return this.rows.slice(offset, offset + count);
  }

  /** A candidate was created or changed and now has rank key `key`; returns whether the rows changed. */
  upsert(candidateId: string, key: number, value: T | null): boolean {
    const changed = this.drop(candidateId);
    const last = this.rows[this.rows.length - 1];
    if (!this.complete && (last === undefined || !ranksBefore(key, candidateId, last.key, last.candidateId)))
      return this.changed(changed);
    let at = this.rows.length;
    while (at > 0 && ranksBefore(key, candidateId, this.rows[at - 1].key, this.rows[at - 1].candidateId)) at--;
    this.rows.splice(at, 0, { candidateId, key, value });
    if (this.rows.length > this.depth) {
      this.rows.pop();
      this.complete = false;
    }
    return this.changed(true);
  }

  /** A candidate was deleted; returns whether the rows changed. */
  remove(candidateId: string): boolean {
    return this.changed(this.drop(candidateId));
  }

  private drop(candidateId: string): boolean {
    const at = this.rows.findIndex((r) => r.candidateId === candidateId);
    if (at < 0) return false;
    this.rows.splice(at, 1);
    return true;
  }

  private changed(changed: boolean): boolean {
    if (changed) this.changes++;
    return changed;
  }
}

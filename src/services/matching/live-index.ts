import { CandidateIndex } from '../../domain/matching/candidate-index';
import type { CandidateSpec } from '../../domain/matching/profiles';
import type { CandidateListener, CandidateService } from '../candidate.service';

/**
 * The ranking index of every stored candidate (typed arrays, see CandidateIndex), kept current by
 * the candidate service's write events and rebuilt whole by resync. `version` changes with every
 * write, so a page built from the index knows when it is stale.
 */
export class LiveIndex {
  /** Replaced whole only by resync. */
  private index = new CandidateIndex();
  /** Candidates written while resync reads the table: read again once it is done. */
  private resyncTouched: Set<number> | null = null;
  private changes = 0;

  constructor(private readonly candidates: CandidateService) {}

  get current(): CandidateIndex {
    return this.index;
  }

  get size(): number {
    return this.index.size;
  }

  /** The most skills one indexed candidate has (the query cost estimate sizes a skill list by it). */
  get longestSkillList(): number {
    const { slotCount, alive, offsets } = this.index.columns();
    let most = 0;
    for (let s = 0; s < slotCount; s++) if (alive[s] === 1) most = Math.max(most, offsets[s + 1] - offsets[s]);
    return most;
  }

  /** Changes with every write to the index (and every posting change, see touch). */
  get version(): number {
    return this.changes;
  }

  /** Loads every stored candidate. */
  async build(): Promise<number> {
    for await (const batch of this.candidates.allIndexBatches()) this.index.appendBatch(batch);
    this.touch();
    return this.index.size;
  }

  /**
   * Rebuilds the index from the database; queries keep using the old one until the new one is
   * complete. `replaced` runs once it is in place; candidates written meanwhile are then replayed
   * through `writes`, so whatever follows the index (kept rankings) sees them too.
   */
  async resync(replaced: () => void, writes: CandidateListener): Promise<number> {
    let touched = new Set<number>();
    this.resyncTouched = touched;
    try {
      const fresh = new CandidateIndex();
      for await (const batch of this.candidates.allIndexBatches()) fresh.appendBatch(batch);
      this.index = fresh;
      replaced();
      this.touch();
      // A write that landed while a batch was in flight may be older in `fresh` than in the database.
      while (touched.size > 0) {
        const ids = [...touched];
        touched = new Set<number>();
        this.resyncTouched = touched;
        const rows = await this.candidates.getMany(ids);
        const specs = await this.candidates.specsOf(ids.filter((_, i) => rows[i] !== null));
        this.resyncTouched = null; // these are not new writes
        if (specs.length > 0) writes.candidatesChanged(specs);
        ids.filter((_, i) => rows[i] === null).forEach((id) => writes.candidateDeleted(id));
        this.resyncTouched = touched;
      }
    } finally {
      this.resyncTouched = null;
    }
    return this.index.size;
  }

  upsert(specs: readonly CandidateSpec[]): void {
    if (this.resyncTouched) for (const s of specs) this.resyncTouched.add(Number(s.id));
    if (specs.length === 1) this.index.upsert(specs[0]);
    else this.index.bulkLoad(specs);
    this.touch();
  }

  remove(id: number): void {
    this.resyncTouched?.add(id);
    this.index.remove(String(id));
    this.touch();
  }

  /** Marks pages built from the index stale without a write (a posting changed). */
  touch(): void {
    this.changes++;
  }
}

import type { CandidateBatch } from './candidate-batch';
import { candidateIdKey } from './candidate-id';
import { educationRanks } from './education';
import { normalizeMonths } from './experience';
import { SlotMap } from './slot-map';
import type { CandidateSpec } from './profiles';
import { SkillLists } from './skill-lists';

/** Months value stored for "unknown" (real months are 0..MAX_MONTHS). */
export const UNKNOWN_MONTHS = -1;

/**
 * The raw columns of a CandidateIndex, for the ranker. Slot s is live when alive[s] is 1; its skills
 * are skillIds/months[offsets[s] .. offsets[s + 1]). Arrays may be longer than slotCount (spare
 * capacity) and are replaced when the index grows or compacts, so read them afresh for each query.
 */
export interface IndexColumns {
  readonly slotCount: number;
  readonly alive: Uint8Array;
  readonly offsets: Int32Array;
  readonly skillIds: Int32Array;
  /** Whole months, or UNKNOWN_MONTHS. */
  readonly months: Int16Array;
  /** Best completed education rank, -1 when none. */
  readonly eduCompleted: Int8Array;
  /** Best in-progress education rank, -1 when none. */
  readonly eduInProgress: Int8Array;
  readonly ids: readonly string[];
  /** candidateIdKey(ids[s]): a number with the id order, NaN for ids that need a string compare. */
  readonly idKeys: Float64Array;
}

export interface CandidateIndexOptions {
  /** Compact once at least this many removed slots accumulate... */
  readonly minTombstones?: number;
  /** ...and they are more than this share of all slots. */
  readonly maxTombstoneRatio?: number;
}

const INITIAL_SLOTS = 1024;
const INITIAL_ENTRIES = 8192;

function grownSize(current: number, needed: number): number {
  let size = Math.max(current, 16);
  while (size < needed) size *= 2;
  return size;
}

// The column arrays are declared here and again as compact()'s fresh copies: plain fields keep every
// hot read one load, which a struct holding them would not.
/**
 * Every candidate the ranker scores, compiled to flat typed arrays (CSR layout: one offsets array,
 * one skill-id column, one months column, two education columns) so that ranking a million
 * candidates is a tight loop over integers without a single allocation.
 *
 * Writes keep it correct immediately without a rebuild: `upsert` appends a new slot and tombstones
 * the old one, `remove` tombstones; once tombstones are numerous (by default at least 1,024 and more
 * than a quarter of the slots) the arrays are compacted in one linear pass, so the amortized cost of
 * a write stays constant.
 */
export class CandidateIndex {
  private ids: string[] = [];
  private idKeys = new Float64Array(INITIAL_SLOTS);
  private alive = new Uint8Array(INITIAL_SLOTS);
  private offsets = new Int32Array(INITIAL_SLOTS + 1);
  private eduCompleted = new Int8Array(INITIAL_SLOTS);
  private eduInProgress = new Int8Array(INITIAL_SLOTS);
  private skillIds = new Int32Array(INITIAL_ENTRIES);
  private months = new Int16Array(INITIAL_ENTRIES);
  private slotCount = 0;
  private entryCount = 0;
  private tombstones = 0;
  /** Built by the first ranking that asks (skillLists), kept in step by writes, dropped by compact. */
  private lists: SkillLists | null = null;
  private readonly slotById = new SlotMap();
  private readonly minTombstones: number;
  private readonly maxTombstoneRatio: number;

  constructor(options: CandidateIndexOptions = {}) {
    this.minTombstones = options.minTombstones ?? 1024;
    this.maxTombstoneRatio = options.maxTombstoneRatio ?? 0.25;
  }

  /** An index holding `candidates` (later duplicates of an id replace earlier ones). */
  static from(candidates: Iterable<CandidateSpec>, options?: CandidateIndexOptions): CandidateIndex {
    const index = new CandidateIndex(options);
    index.bulkLoad(candidates);
    return index;
  }

  /** Number of live candidates. */
  get size(): number {
    return this.slotById.size;
  }

  /** Removed or replaced slots not yet compacted away. */
  get tombstoneCount(): number {
    return this.tombstones;
  }

  has(id: string): boolean {
    return this.slotById.get(id) !== undefined;
  }

  /** Inserts or replaces one candidate; the index is correct for the next query. */
  upsert(candidate: CandidateSpec): void {
    this.write(candidate);
    this.maybeCompact();
  }

  /** Removes a candidate; returns false when it was not there. */
  remove(id: string): boolean {
    const slot = this.slotById.take(id);
    if (slot === undefined) return false;
    this.alive[slot] = 0;
    this.tombstones++;
    this.maybeCompact();
    return true;
  }

  /**
   * Upserts many candidates, compacting at most once at the end. Arrays are pre-sized when the
   * input is an array.
   */
  bulkLoad(candidates: Iterable<CandidateSpec>): void {
    if (Array.isArray(candidates)) {
      const list = candidates as readonly CandidateSpec[];
      let entries = 0;
      for (const c of list) entries += c.skills.length;
      this.ensureSlots(this.slotCount + list.length);
      this.ensureEntries(this.entryCount + entries);
    }
    for (const candidate of candidates) this.write(candidate);
    this.maybeCompact();
  }

  /** Upserts a batch in column form (see CandidateBatch), compacting at most once at the end. */
  appendBatch(batch: CandidateBatch): void {
    const count = batch.ids.length;
    const entries = batch.offsets[count];
    this.ensureSlots(this.slotCount + count);
    this.ensureEntries(this.entryCount + entries);
    const base = this.entryCount;
    for (let i = 0; i < entries; i++) {
      this.skillIds[base + i] = batch.skillIds[i];
      const m = batch.months[i];
      this.months[base + i] = m < 0 ? UNKNOWN_MONTHS : normalizeMonths(m)!;
    }
    for (let c = 0; c < count; c++) {
      const id = batch.ids[c];
      const key = candidateIdKey(id);
      const slot = this.slotCount++;
      const previous = this.slotById.put(id, key, slot);
      if (previous !== undefined) {
        this.alive[previous] = 0;
        this.tombstones++;
      }
      this.ids[slot] = id;
      this.idKeys[slot] = key;
      this.alive[slot] = 1;
      this.eduCompleted[slot] = batch.eduCompleted[c];
      this.eduInProgress[slot] = batch.eduInProgress[c];
      this.offsets[slot + 1] = base + batch.offsets[c + 1];
      this.lists?.add(slot, this.skillIds, base + batch.offsets[c], base + batch.offsets[c + 1]);
    }
    this.entryCount = base + entries;
    this.maybeCompact();
  }

  /** Drops tombstoned slots now, keeping the live ones in their order. */
  compact(): void {
    if (this.tombstones === 0) return;
    const liveSlots = this.slotById.size;
    let liveEntries = 0;
    for (let s = 0; s < this.slotCount; s++) {
      if (this.alive[s] === 1) liveEntries += this.offsets[s + 1] - this.offsets[s];
    }
    const slotCap = grownSize(INITIAL_SLOTS, liveSlots);
    const entryCap = grownSize(INITIAL_ENTRIES, liveEntries);
    const ids: string[] = new Array<string>(liveSlots);
    const idKeys = new Float64Array(slotCap);
    const alive = new Uint8Array(slotCap);
    const offsets = new Int32Array(slotCap + 1);
    const eduCompleted = new Int8Array(slotCap);
    const eduInProgress = new Int8Array(slotCap);
    const skillIds = new Int32Array(entryCap);
    const months = new Int16Array(entryCap);
    let t = 0;
    let e = 0;
    for (let s = 0; s < this.slotCount; s++) {
      if (this.alive[s] !== 1) continue;
      const from = this.offsets[s];
      const to = this.offsets[s + 1];
      skillIds.set(this.skillIds.subarray(from, to), e);
      months.set(this.months.subarray(from, to), e);
      e += to - from;
      ids[t] = this.ids[s];
      idKeys[t] = this.idKeys[s];
      alive[t] = 1;
      eduCompleted[t] = this.eduCompleted[s];
      eduInProgress[t] = this.eduInProgress[s];
      offsets[t + 1] = e;
      this.slotById.put(this.ids[s], this.idKeys[s], t);
      t++;
    }
    this.ids = ids;
    this.idKeys = idKeys;
    this.alive = alive;
    this.offsets = offsets;
    this.eduCompleted = eduCompleted;
    this.eduInProgress = eduInProgress;
    this.skillIds = skillIds;
    this.months = months;
    this.slotCount = t;
    this.entryCount = e;
    this.tombstones = 0;
    this.lists = null;
  }

  /** Per skill, the slots listing it (SkillLists): built on first use, then kept current by writes. */
  skillLists(): SkillLists {
    return (this.lists ??= SkillLists.build(this.offsets, this.skillIds, this.slotCount));
  }

  /** The live columns for a query; valid until the next write. */
  columns(): IndexColumns {
    return {
      slotCount: this.slotCount,
      alive: this.alive,
      offsets: this.offsets,
      skillIds: this.skillIds,
      months: this.months,
      eduCompleted: this.eduCompleted,
      eduInProgress: this.eduInProgress,
      ids: this.ids,
      idKeys: this.idKeys,
    };
  }

  private write(candidate: CandidateSpec): void {
    const id = candidate.id;
    if (typeof id !== 'string' || id.length === 0) throw new TypeError('candidate id must be a non-empty string');
    const key = candidateIdKey(id);
    const slot = this.slotCount;
    const previous = this.slotById.put(id, key, slot);
    if (previous !== undefined) {
      this.alive[previous] = 0;
      this.tombstones++;
    }
    const skills = candidate.skills;
    this.ensureSlots(slot + 1);
    this.ensureEntries(this.entryCount + skills.length);
    let e = this.entryCount;
    for (const skill of skills) {
      this.skillIds[e] = skill.skillId;
      const m = normalizeMonths(skill.months);
      this.months[e] = m === null ? UNKNOWN_MONTHS : m;
      e++;
    }
    const ranks = educationRanks(candidate.education);
    this.ids[slot] = id;
    this.idKeys[slot] = key;
    this.alive[slot] = 1;
    this.eduCompleted[slot] = ranks.completed;
    this.eduInProgress[slot] = ranks.inProgress;
    this.offsets[slot + 1] = e;
    this.lists?.add(slot, this.skillIds, this.entryCount, e);
    this.entryCount = e;
    this.slotCount = slot + 1;
  }

  private maybeCompact(): void {
    if (this.tombstones >= this.minTombstones && this.tombstones > this.slotCount * this.maxTombstoneRatio) {
      this.compact();
    }
  }

  private ensureSlots(needed: number): void {
    if (needed <= this.alive.length) return;
    const size = grownSize(this.alive.length, needed);
    this.idKeys = copyInto(new Float64Array(size), this.idKeys);
    this.alive = copyInto(new Uint8Array(size), this.alive);
    this.eduCompleted = copyInto(new Int8Array(size), this.eduCompleted);
    this.eduInProgress = copyInto(new Int8Array(size), this.eduInProgress);
    this.offsets = copyInto(new Int32Array(size + 1), this.offsets);
  }

  private ensureEntries(needed: number): void {
    if (needed <= this.skillIds.length) return;
    const size = grownSize(this.skillIds.length, needed);
    this.skillIds = copyInto(new Int32Array(size), this.skillIds);
    this.months = copyInto(new Int16Array(size), this.months);
  }
}

function copyInto<T extends { set(source: ArrayLike<number>): void }>(target: T, source: ArrayLike<number>): T {
  target.set(source);
  return target;
}

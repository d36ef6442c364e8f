import { compareCandidateIds } from './candidate-id';
import type { CandidateIndex } from './candidate-index';
import type { CompiledPosting } from './compile-posting';
import { SlotScorer } from './compiled-scorer';
import { MAX_RANK_KEY, QUALIFIED_BONUS, qualifiedOfKey, scoreOfKey } from './rank-key';

let boundBuffer = new Int32Array(0);
const histogramBuffer = new Int32Array(MAX_RANK_KEY + 1);

/** A bound per slot, reused across calls (rankTopK runs to completion before another can start). */
function boundScratch(slots: number): Int32Array {
  if (boundBuffer.length < slots) boundBuffer = new Int32Array(Math.max(slots, boundBuffer.length * 2));
  return boundBuffer;
}

/** Live candidates per bound value, zeroed for each call. */
function histogramScratch(): Int32Array {
  return histogramBuffer.fill(0);
}

export interface RankOptions {
  /** How many rows to return (after `offset`). */
  readonly k: number;
  readonly offset?: number;
  /** Keep only candidates who meet every required group (and required education). */
  readonly qualifiedOnly?: boolean;
  /** Keep only candidates whose reported score is at least this (a null score never is). */
  readonly minScore?: number | null;
}

export interface RankedRow {
  readonly candidateId: string;
  /** null (and qualified null) when the posting has nothing to score. */
  readonly score: number | null;
  readonly qualified: boolean | null;
}

export interface TopK {
  readonly rows: readonly RankedRow[];
  /** How many candidates pass the filters (for pagination). */
  readonly totalCount: number;
}

/**
 * The top `k` candidates (after skipping `offset`) for a compiled posting, in the ranking order of
 * `rankCandidates` (qualified first, score desc, id asc), with the number of candidates that pass
 * the filters, with a bounded heap of offset + k entries (no full sort, no allocation per candidate).
 * Once the heap is full, a candidate whose cheap bound cannot beat the heap's worst entry (or, with
 * filters, cannot pass them) is settled without being scored. Unfiltered, every bound is computed
 * first and the candidates with the best bounds are offered first: the heap then holds strong keys
 * early, so the weak bound of a posting with many groups still settles nearly everyone. Scores equal
 * `matchCandidate(...).score` exactly, so the caller can explain just the returned rows with
 * `matchCandidate`. A posting with nothing to score ranks everyone by id with a null score and a
 * null `qualified`; no one passes `qualifiedOnly` or a `minScore` above 0 (null is no score).
 */
export function rankTopK(index: CandidateIndex, compiled: CompiledPosting, options: RankOptions): TopK {
  const k = Math.max(0, Math.floor(options.k));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const qualifiedOnly = options.qualifiedOnly === true;
  const minScore = options.minScore ?? null;
  const columns = index.columns();
  const { alive, ids, idKeys, slotCount } = columns;
  const scorer = new SlotScorer(compiled, columns);
  const filtered = qualifiedOnly || minScore !== null;
  // No score passes no filter: a posting with nothing to score has no one qualified and no one above a minimum.
  if (!compiled.scorable && filtered) return { rows: [], totalCount: 0 };

  // Heap of the best `capacity` entries seen, worst at the root.
  const capacity = Math.min(offset + k, index.size);
  const heapSlot = new Int32Array(capacity);
  const heapKey = new Float64Array(capacity);
  let heapSize = 0;

  /** True when (keyA, slotA) ranks after (keyB, slotB). */
  const worse = (keyA: number, slotA: number, keyB: number, slotB: number): boolean => {
    if (keyA !== keyB) return keyA < keyB;
    const a = idKeys[slotA];
    const b = idKeys[slotB];
    if (a === a && b === b) return a > b;
    return compareCandidateIds(ids[slotA], ids[slotB]) > 0;
  };

  const siftDown = (slot: number, key: number): void => {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heapSize) break;
      const right = left + 1;
      let child = left;
      if (right < heapSize && worse(heapKey[right], heapSlot[right], heapKey[left], heapSlot[left])) child = right;
      if (!worse(heapKey[child], heapSlot[child], key, slot)) break;
      heapSlot[i] = heapSlot[child];
      heapKey[i] = heapKey[child];
      i = child;
    }
    heapSlot[i] = slot;
    heapKey[i] = key;
  };

  // siftUp mirrors siftDown, as heap operations do; both are closures over this call's heap arrays.
  const siftUp = (slot: number, key: number): void => {
    let i = heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(key, slot, heapKey[parent], heapSlot[parent])) break;
      heapSlot[i] = heapSlot[parent];
      heapKey[i] = heapKey[parent];
      i = parent;
    }
    heapSlot[i] = slot;
    heapKey[i] = key;
  };

  /** Offers one slot whose bound is `bound` to the heap (and the count), scoring it only when the bound does not settle it. */
  const consider = (slot: number, bound: number): void => {
    const full = heapSize === capacity;
    // Below `floor` a candidate is of no use: it fails the filters, or (unfiltered) cannot enter the heap.
    let floor = filterFloor;
    if (!filtered && full) {
      const rootKey = heapKey[0];
      floor = worse(rootKey, heapSlot[0], rootKey, slot) ? rootKey : rootKey + 1;
    }
    if (floor > 0 && bound < floor) {
      if (!filtered) totalCount++;
      return;
    }
    const key = scorer.key(slot);
    if (qualifiedOnly && !qualifiedOfKey(key)) return;
    if (minScore !== null && scoreOfKey(key) < minScore) return;
    totalCount++;
    if (!full) siftUp(slot, key);
    else if (capacity > 0 && worse(heapKey[0], heapSlot[0], key, slot)) siftDown(slot, key);
  };

  // Filters as a key floor: a key below it fails them (exact checks follow for the rest).
  const scoreFloor = minScore === null ? 0 : Math.max(0, Math.ceil(minScore * 100 - 1e-6));
  const filterFloor = (qualifiedOnly ? QUALIFIED_BONUS : 0) + scoreFloor;

  let totalCount = 0;
  if (capacity === 0 && !filtered) {
    // Nothing to return and nothing to filter: the count is everyone.
    totalCount = index.size;
  } else {
    // Every bound first, in one tight pass; then, unfiltered, the candidates with the best bounds are
    // offered first, so the heap holds strong keys before the rest comes and most of the rest is
    // settled by its bound alone, whatever order the slots are in.
    const bounds = boundScratch(slotCount);
    const histogram = histogramScratch();
    scorer.boundAll(alive, slotCount, bounds, histogram);
    let threshold = MAX_RANK_KEY + 1;
    if (!filtered) {
      // The highest bound T with at least `capacity` live candidates bounded at T or above.
      threshold = MAX_RANK_KEY;
      for (let seen = histogram[MAX_RANK_KEY]; seen < capacity && threshold > 0;) seen += histogram[--threshold];
      for (let slot = 0; slot < slotCount; slot++) if (bounds[slot] >= threshold) consider(slot, bounds[slot]);
    }
    for (let slot = 0; slot < slotCount; slot++) {
      const bound = bounds[slot];
      if (bound >= 0 && (filtered || bound < threshold)) consider(slot, bound);
    }
  }

  const order = Array.from({ length: heapSize }, (_, i) => i).sort((a, b) =>
    worse(heapKey[a], heapSlot[a], heapKey[b], heapSlot[b])
      ? 1
      : worse(heapKey[b], heapSlot[b], heapKey[a], heapSlot[a])
        ? -1
        : 0,
  );
  const rows: RankedRow[] = order.slice(offset, offset + k).map((i) => ({
    candidateId: ids[heapSlot[i]],
    score: compiled.scorable ? scoreOfKey(heapKey[i]) : null,
    qualified: compiled.scorable ? qualifiedOfKey(heapKey[i]) : null,
  }));
  return { rows, totalCount };
}

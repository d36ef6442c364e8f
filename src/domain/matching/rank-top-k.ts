import type { CandidateIndex } from './candidate-index';
import type { CompiledPosting } from './compile-posting';
import { SlotScorer } from './compiled-scorer';
import { MAX_RANK_KEY, QUALIFIED_BONUS, qualifiedOfKey, scoreOfKey } from './rank-key';
import { TopHeap } from './top-heap';

let boundBuffer = new Int32Array(0);
let orderBuffer = new Int32Array(0);
const histogramBuffer = new Int32Array(MAX_RANK_KEY + 1);
/** Candidates per band of rankTopK's offers below the first: a pass over every bound per band. */
const OFFER_BAND = 8192;

/** A bound per slot, reused across calls (rankTopK runs to completion before another can start). */
function boundScratch(slots: number): Int32Array {
  if (boundBuffer.length < slots) boundBuffer = new Int32Array(Math.max(slots, boundBuffer.length * 2));
  return boundBuffer;
}

/** Slots in bound order, reused across calls like the bounds. */
function orderScratch(slots: number): Int32Array {
  if (orderBuffer.length < slots) orderBuffer = new Int32Array(Math.max(slots, orderBuffer.length * 2));
  return orderBuffer;
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
 * Every candidate's cheap upper bound is computed first (SlotScorer.boundAll). Unfiltered, the
 * candidates are then offered in descending bound order, and the offers stop at the first bound
 * that cannot beat the heap's worst entry: only candidates whose bound reaches the final k-th key
 * are scored. With filters, every candidate whose bound passes them is scored, to count them.
 * Scores equal `matchCandidate(...).score` exactly, so the caller can explain just the returned
 * rows with `matchCandidate`. A posting with nothing to score ranks everyone by id with a null
 * score and a null `qualified`; no one passes `qualifiedOnly` or a `minScore` above 0 (null is no
 * score).
 */
export function rankTopK(
  index: CandidateIndex,
  compiled: CompiledPosting,
  options: RankOptions,
  /** Candidates per band of offers (see below); tests make it small to go through many bands. */
  offerBand = OFFER_BAND,
): TopK {
  const k = Math.max(0, Math.floor(options.k));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const qualifiedOnly = options.qualifiedOnly === true;
  const minScore = options.minScore ?? null;
  const columns = index.columns();
  const { alive, ids, idKeys, slotCount } = columns;
  const filtered = qualifiedOnly || minScore !== null;
  // No score passes no filter: a posting with nothing to score has no one qualified and no one above a minimum.
  if (!compiled.scorable && filtered) return { rows: [], totalCount: 0 };

  const heap = new TopHeap(Math.min(offset + k, index.size), idKeys, ids);
  let totalCount = 0;
  if (heap.capacity === 0 && !filtered) {
    // Nothing to return and nothing to filter: the count is everyone.
    totalCount = index.size;
  } else {
    const scorer = new SlotScorer(compiled, columns);
    const bounds = boundScratch(slotCount);
    const histogram = histogramScratch();
    scorer.boundAll(alive, slotCount, bounds, histogram, () => index.skillLists());
    if (filtered) {
      // Filters as a key floor: a key below it fails them (exact checks follow for the rest).
      const scoreFloor = minScore === null ? 0 : Math.max(0, Math.ceil(minScore * 100 - 1e-6));
      const filterFloor = (qualifiedOnly ? QUALIFIED_BONUS : 0) + scoreFloor;
      for (let slot = 0; slot < slotCount; slot++) {
        const bound = bounds[slot];
        if (bound < 0 || bound < filterFloor) continue;
        const key = scorer.key(slot);
        if (qualifiedOnly && !qualifiedOfKey(key)) continue;
        if (minScore !== null && scoreOfKey(key) < minScore) continue;
        totalCount++;
        heap.offer(slot, key);
      }
    } else {
      // First the candidates with the best bounds, enough to fill the heap (the highest bound T with
      // at least `capacity` live candidates at or above it); then, about OFFER_BAND candidates at a
      // time, those below that can still beat the heap's worst entry, until a bound cannot. Bands,
      // not everyone left at once: when the best bounds overrate their candidates (the bound says
      // qualified, the months say not), most candidates can sit above the worst entry at first, and
      // sorting them all cost more than the scoring it saved (363,166 of 1M for one corpus posting).
      // The walk down the histogram starts at the highest bound present. Unfiltered, everyone counts.
      let high = MAX_RANK_KEY;
      while (high > 0 && histogram[high] === 0) high--;
      let low = high;
      for (let seen = histogram[high]; seen < heap.capacity && low > 0;) seen += histogram[--low];
      let done = offerByBound(scorer, heap, bounds, slotCount, histogram, low, high + 1);
      while (!done) {
        high = low;
        const floor = heap.full ? heap.keys[0] : 0;
        if (floor >= high) break;
        for (let seen = 0; seen < offerBand && low > floor;) seen += histogram[--low];
        done = offerByBound(scorer, heap, bounds, slotCount, histogram, low, high);
      }
      totalCount = index.size;
    }
  }

  const rows: RankedRow[] = heap
    .ordered()
    .slice(offset, offset + k)
    .map((i) => ({
      candidateId: ids[heap.slots[i]],
      score: compiled.scorable ? scoreOfKey(heap.keys[i]) : null,
      qualified: compiled.scorable ? qualifiedOfKey(heap.keys[i]) : null,
    }));
  return { rows, totalCount };
}

/**
 * Offers the live slots whose bound (capped at MAX_RANK_KEY) lies in [low, high) in descending
 * bound order (a counting sort on `histogram`, whose entries in that range it uses up), scoring
 * each only while its bound can still beat the heap's worst entry. The worst entry only improves,
 * so the first bound below it ends the offers: then it returns true (no lower bound can enter).
 */
function offerByBound(
  scorer: SlotScorer,
  heap: TopHeap,
  bounds: Int32Array,
  slotCount: number,
  histogram: Int32Array,
  low: number,
  high: number,
): boolean {
  const maxKey = MAX_RANK_KEY;
  let count = 0;
  for (let b = high - 1; b >= low; b--) {
    const n = histogram[b];
    histogram[b] = count;
    count += n;
  }
  if (count === 0) return false;
  const order = orderScratch(count);
  for (let slot = 0; slot < slotCount; slot++) {
    const b = bounds[slot] < maxKey ? bounds[slot] : maxKey;
    if (b >= low && b < high) order[histogram[b]++] = slot;
  }
  for (let i = 0; i < count; i++) {
    const slot = order[i];
    const bound = bounds[slot] < maxKey ? bounds[slot] : maxKey;
    if (!heap.admits(bound, slot)) {
      if (bound < heap.keys[0]) return true;
      continue;
    }
    heap.offer(slot, scorer.key(slot));
  }
  return false;
}

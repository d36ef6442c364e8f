import { maskBoundAll, packedListBoundAll, sumBoundAll } from './bound-scan';
import { buildBoundTables, type BoundTables } from './bound-tables';
import type { IndexColumns } from './candidate-index';
import { EDUCATION_STATES, MAX_MASKED_GROUPS, type CompiledPosting } from './compile-posting';
import { QUALIFIED_BONUS } from './rank-key';
import { ScoreParts } from './score-parts';
import type { SkillLists } from './skill-lists';

/** What a SlotScorer derives from a compiled posting alone, worked out once per posting. */
interface Prepared {
  readonly parts: ScoreParts;
  readonly bounds: BoundTables;
  readonly slotGroupBit: Int32Array;
  readonly trivialMask: number;
}

const preparedByPosting = new WeakMap<CompiledPosting, Prepared>();

function prepare(compiled: CompiledPosting): Prepared {
  const known = preparedByPosting.get(compiled);
  if (known !== undefined) return known;
  const groupCount = compiled.plan.groupCount;
  const masked = groupCount <= MAX_MASKED_GROUPS;
  const slotGroupBit = new Int32Array(compiled.slotCount + 1);
  let trivialMask = 0;
  if (masked) {
    for (let g = 0; g < groupCount; g++) {
      const bit = 1 << g;
      for (let s = compiled.groupSlotStart[g]; s < compiled.groupSlotStart[g + 1]; s++) slotGroupBit[s] = bit;
      if (compiled.groupMinMatches[g] <= 0) trivialMask |= bit;
    }
  }
  const parts = new ScoreParts(compiled.plan, masked);
  const prepared = { parts, bounds: buildBoundTables(compiled, parts, masked), slotGroupBit, trivialMask };
  preparedByPosting.set(compiled, prepared);
  return prepared;
}

/**
 * Scores slots of an index snapshot against a compiled posting.
 *
 * `key(slot)` performs exactly the float operations of `matchCandidate`: coverage credit =
 * coverageCredit(base, months, bar) (tabulated, as ranks), the best per accepted skill, group
 * credit = mean of the best minMatches credits summed from the largest, part = sum of weight x
 * credit in posting order then education over the part's total weight, parts combined by
 * required/preferred weights (ScoreParts), 100 x, rounded to 2 decimals. Groups the candidate does
 * not touch contribute exact zeros to those sums, so they are skipped without changing a bit. Tests
 * pin that its keys equal the oracle's scores.
 *
 * `boundAll` gives a cheap upper bound of every key, so the ranker can skip most candidates: one
 * mask lookup per skill tells which groups the candidate touches at all and which it could
 * satisfy (an EXACT/NARROWER skill). Every step of the score is monotone in the group credits and
 * a credit is at most 1, so counting every touched group as fully met bounds the score, and a
 * required group without a direct skill cannot be satisfied (bound-tables.ts, bound-scan.ts).
 */
export class SlotScorer {
  private readonly groupCount: number;
  private readonly masked: boolean;
  /** False when the posting has nothing to score: every key is 0, so the ranking is by id. */
  private readonly scorable: boolean;
  private readonly tableSize: number;
  private readonly firstSlot: Int32Array;
  private readonly firstRow: Int32Array;
  private readonly extraStart: Int32Array;
  private readonly extraSlot: Int32Array;
  private readonly extraRow: Int32Array;
  private readonly rankRows: Int32Array;
  private readonly creditOfRank: Float64Array;
  private readonly fullRank: number;
  /** Per slot, the bit of its group (0 for the spare slot, or when groups are not masked). */
  private readonly slotGroupBit: Int32Array;
  private readonly groupSlotStart: Int32Array;
  private readonly groupMinMatches: Float64Array;
  private readonly groupRequired: Uint8Array;
  private readonly educationCredit: Float64Array;
  private readonly educationQualifies: Uint8Array;
  /** Bits of the required groups that must be satisfied (minMatches > 0). */
  private readonly requiredMask: number;
  /** Bits of the groups that ask for nothing (credit 1 whatever the candidate has). */
  private readonly trivialMask: number;
  private readonly parts: ScoreParts;
  private readonly bounds: BoundTables;
  private readonly columns: IndexColumns;
  private readonly offsets: Int32Array;
  private readonly skillIds: Int32Array;
  private readonly months: Int16Array;
  private readonly eduCompleted: Int8Array;
  private readonly eduInProgress: Int8Array;
  private readonly credit: Float64Array;
  /** Per slot, the best cover's credit rank for the current candidate (0 = no credit). */
  private readonly slotBest: Int32Array;
  private readonly values: Int32Array;

  constructor(compiled: CompiledPosting, columns: IndexColumns) {
    const plan = compiled.plan;
    const groupCount = plan.groupCount;
    this.groupCount = groupCount;
    this.masked = groupCount <= MAX_MASKED_GROUPS;
    this.scorable = compiled.scorable;
    this.tableSize = compiled.tableSize;
    this.firstSlot = compiled.firstSlot;
    this.firstRow = compiled.firstRow;
    this.extraStart = compiled.extraStart;
    this.extraSlot = compiled.extraSlot;
    this.extraRow = compiled.extraRow;
    this.rankRows = compiled.rankRows;
    this.creditOfRank = compiled.creditOfRank;
    this.fullRank = compiled.fullRank;
    this.groupSlotStart = compiled.groupSlotStart;
    this.groupMinMatches = compiled.groupMinMatches;
    this.groupRequired = plan.groupRequired;
    this.educationCredit = compiled.educationCredit;
    this.educationQualifies = compiled.educationQualifies;

    const prepared = prepare(compiled);
    this.slotGroupBit = prepared.slotGroupBit;
    this.trivialMask = prepared.trivialMask;
    this.parts = prepared.parts;
    this.bounds = prepared.bounds;
    this.requiredMask = this.bounds.requiredMask;

    this.columns = columns;
    this.offsets = columns.offsets;
    this.skillIds = columns.skillIds;
    this.months = columns.months;
    this.eduCompleted = columns.eduCompleted;
    this.eduInProgress = columns.eduInProgress;

    this.credit = new Float64Array(Math.max(1, groupCount));
    // One spare slot absorbs the writes of skills that cover nothing; it is never read.
    this.slotBest = new Int32Array(compiled.slotCount + 1);
    this.values = new Int32Array(Math.max(1, compiled.slotCount));
  }

  /** The exact rank key of a live slot (0 for everyone when the posting has nothing to score). */
  key(slot: number): number {
    if (!this.scorable) return 0;
    const { tableSize, firstSlot, firstRow, extraStart, extraSlot, extraRow, rankRows, slotBest, slotGroupBit } = this;
    const { skillIds, months } = this;
    let touched = 0;
    const end = this.offsets[slot + 1];
    for (let e = this.offsets[slot]; e < end; e++) {
      const skillId = skillIds[e];
      if (skillId >= tableSize || skillId < 0) continue;
      const monthsIndex = months[e] + 1;
      // The best cover per accepted skill; a negative row flags a skill with further covers.
      const s = firstSlot[skillId];
      let row = firstRow[skillId];
      if (row < 0) {
        row = -row - 1;
        const extraEnd = extraStart[skillId + 1];
        for (let p = extraStart[skillId]; p < extraEnd; p++) {
          const t = extraSlot[p];
          slotBest[t] = Math.max(slotBest[t], rankRows[extraRow[p] + monthsIndex]);
          touched |= slotGroupBit[t];
        }
      }
      slotBest[s] = Math.max(slotBest[s], rankRows[row + monthsIndex]);
      touched |= slotGroupBit[s];
    }
    const state = (this.eduCompleted[slot] + 1) * EDUCATION_STATES + (this.eduInProgress[slot] + 1);
    if (!this.masked) return this.keyAllGroups(state);

    // Evaluate the touched groups only: every other one has credit 0 (or 1 if it asks for nothing).
    const { groupSlotStart, groupMinMatches, credit } = this;
    let satisfied = 0;
    for (let bits = touched; bits !== 0;) {
      const low = bits & -bits;
      bits ^= low;
      const g = 31 - Math.clz32(low);
      if (this.evaluateGroup(g, groupSlotStart[g], groupSlotStart[g + 1], groupMinMatches[g])) satisfied |= low;
    }
    const trivial = this.trivialMask;
    for (let bits = trivial; bits !== 0;) {
      const low = bits & -bits;
      bits ^= low;
      credit[31 - Math.clz32(low)] = 1;
    }
    const active = touched | trivial;
    const qualified = (satisfied & this.requiredMask) === this.requiredMask && this.educationQualifies[state] === 1;
    const n = Math.round(100 * this.parts.combineActive(active, credit, this.educationCredit[state]) * 100);
    return qualified ? QUALIFIED_BONUS + n : n;
  }

  /**
   * An upper bound of every slot's key below `slotCount` into `out` (-1 for a dead slot), each live
   * one also counted in `histogram` at its bound (capped at the largest key), in one pass
   * (bound-scan.ts). A posting of at most 16 groups reads the index's skill lists (`lists` is
   * asked for only then) instead of every skill of every candidate.
   */
  boundAll(
    alive: Uint8Array,
    slotCount: number,
    out: Int32Array,
    histogram: Int32Array,
    lists: () => SkillLists,
  ): void {
    const bounds = this.bounds;
    if (!this.scorable) {
      for (let s = 0; s < slotCount; s++) {
        out[s] = alive[s] === 1 ? 0 : -1;
        if (alive[s] === 1) histogram[0]++;
      }
    } else if (bounds.sums !== null) {
      sumBoundAll(bounds, bounds.sums, this.columns, alive, slotCount, out, histogram);
    } else if (bounds.packed !== null) {
      packedListBoundAll(bounds, bounds.packed, lists(), this.columns, alive, slotCount, out, histogram);
    } else {
      maskBoundAll(bounds, this.columns, alive, slotCount, out, histogram);
    }
  }

  /**
   * Sets credit[g] from the group's slots and resets them for the next candidate; returns whether
   * the group is satisfied. A slot is satisfied exactly when its best credit is 1.
   */
  private evaluateGroup(g: number, from: number, to: number, minMatches: number): boolean {
    const { slotBest, credit, values, creditOfRank, fullRank } = this;
    if (minMatches === 1) {
      // (0 + best) / 1 = best.
      let best = 0;
      for (let s = from; s < to; s++) {
        best = Math.max(best, slotBest[s]);
        slotBest[s] = 0;
      }
      credit[g] = creditOfRank[best];
      return best === fullRank;
    }
    if (minMatches === 2) {
      // The two best credits without sorting: ((0 + first) + second) / 2, as topMeanCredit sums them.
      let first = 0;
      let second = 0;
      for (let s = from; s < to; s++) {
        const v = slotBest[s];
        slotBest[s] = 0;
        second = Math.max(second, Math.min(first, v));
        first = Math.max(first, v);
      }
      let sum = 0;
      sum += creditOfRank[first];
      sum += creditOfRank[second];
      credit[g] = sum / 2;
      return second === fullRank;
    }
    if (minMatches <= 0) {
      credit[g] = 1;
      return true;
    }
    // topMeanCredit over the group's credits sorted descending (uncovered slots add exact zeros).
    let n = 0;
    for (let s = from; s < to; s++) {
      const v = slotBest[s];
      slotBest[s] = 0;
      let i = n++;
      while (i > 0 && values[i - 1] < v) {
        values[i] = values[i - 1];
        i--;
      }
      values[i] = v;
    }
    const take = Math.min(minMatches, n);
    let sum = 0;
    let full = 0;
    for (let i = 0; i < take; i++) {
      sum += creditOfRank[values[i]];
      if (values[i] === fullRank) full++;
    }
    credit[g] = sum / minMatches;
    return full >= minMatches;
  }
  /** key() for postings with more groups than fit a mask: every group evaluated. */
  private keyAllGroups(state: number): number {
    const { groupSlotStart, groupMinMatches, groupRequired } = this;
    let qualified = this.educationQualifies[state] === 1;
    for (let g = 0; g < this.groupCount; g++) {
      const satisfied = this.evaluateGroup(g, groupSlotStart[g], groupSlotStart[g + 1], groupMinMatches[g]);
      if (!satisfied && groupRequired[g] === 1) qualified = false;
    }
    const n = Math.round(100 * this.parts.combineAll(this.credit, this.educationCredit[state]) * 100);
    return qualified ? QUALIFIED_BONUS + n : n;
  }
}

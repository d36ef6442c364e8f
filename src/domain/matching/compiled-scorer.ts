import type { IndexColumns } from './candidate-index';
import { EDUCATION_STATES, MAX_MASKED_GROUPS, MONTHS_ROW, type CompiledPosting } from './compile-posting';

/**
 * (qualified, score) as one number ordered like the ranking: the score is reported as n / 100 for
 * an integer n in 0..10000, so a rank key is n, plus QUALIFIED_BONUS when qualified.
 */
export const QUALIFIED_BONUS = 100000;

/** The reported score encoded in a rank key (exactly the value `roundScore` returns). */
export function scoreOfKey(key: number): number {
  return (key >= QUALIFIED_BONUS ? key - QUALIFIED_BONUS : key) / 100;
}

/** The rank key of a reported (score, qualified), as key() computes it; no score (null) is key 0. */
export function rankKeyOf(score: number | null, qualified: boolean | null): number {
  return (qualified === true ? QUALIFIED_BONUS : 0) + Math.round((score ?? 0) * 100);
}

export function qualifiedOfKey(key: number): boolean {
  return key >= QUALIFIED_BONUS;
}

/** Slack added to a bound before rounding, far above float noise and far below 0.01 points. */
const BOUND_SLACK = 1e-6;

/** Up to this many groups, bounds are tabulated per set of present groups (2^n entries). */
const MAX_TABULATED_GROUPS = 16;

/**
 * Scores slots of an index snapshot against a compiled posting.
 *
 * `key(slot)` performs exactly the float operations of `matchCandidate`: coverage credit =
 * coverageCredit(base, months, bar) (tabulated, as ranks), the best per accepted skill, group
 * credit = mean of the best minMatches credits summed from the largest, part = sum of weight x
 * credit in posting order then education over the part's total weight, parts combined by
 * required/preferred weights, 100 x, rounded to 2 decimals. Groups the candidate does not touch contribute exact
 * zeros to those sums, so they are skipped without changing a bit. Tests pin that its keys equal
 * the oracle's scores.
 *
 * `bound(slot)` is a cheap upper bound of the key, so the ranker can skip most candidates: one
 * mask lookup per skill tells which groups the candidate touches at all and which it could
 * satisfy (an EXACT/NARROWER skill). Every step of the score is monotone in the group credits and
 * a credit is at most 1, so counting every touched group as fully met bounds the score, and a
 * required group without a direct skill cannot be satisfied.
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
  private readonly skillMasks: Int32Array;
  private readonly groupRequired: Uint8Array;
  private readonly groupWeights: Float64Array;
  private readonly educationCredit: Float64Array;
  private readonly educationQualifies: Uint8Array;
  private readonly educationPart: number;
  private readonly educationWeight: number;
  private readonly requiredGroups: Int32Array;
  private readonly preferredGroups: Int32Array;
  private readonly requiredTotal: number;
  private readonly preferredTotal: number;
  private readonly requiredCount: number;
  private readonly preferredCount: number;
  private readonly requiredWeight: number;
  private readonly preferredWeight: number;
  private readonly bothWeight: number;
  /** Bits of the required groups that must be satisfied (minMatches > 0). */
  private readonly requiredMask: number;
  /** Bits of all required / preferred groups. */
  private readonly requiredBits: number;
  private readonly preferredBits: number;
  /** Bits of the groups that ask for nothing (credit 1 whatever the candidate has). */
  private readonly trivialMask: number;
  /**
   * Per skill id below tableSize: the groups it touches in the low 16 bits and those it can satisfy
   * in the high 16, when there are at most 16 groups (else null): one load per skill in boundAll.
   */
  private readonly packedMasks: Int32Array | null;
  /**
   * Per set of groups the candidate reaches only through RELATED/BROADER covers: what those groups
   * add at most (their best such credit, below 1), when packedMasks is set.
   */
  private readonly indirectBound: Float64Array | null;
  /**
   * For postings with more groups than a mask holds: per skill id below tableSize, the most the
   * groups it covers can add (coefficient x best credit of its covers, each group once), and how
   * many required groups it can satisfy; null otherwise.
   */
  private readonly skillGain: Float64Array | null;
  private readonly skillSatisfies: Int32Array | null;
  /** Required groups that ask for something (each must be satisfied to qualify). */
  private readonly requiredNeeded: number;
  /** Combined value with every group in a set of groups fully met (no education), or null. */
  private readonly boundByPresence: Float64Array | null;
  private readonly boundBase: number;
  private readonly boundCoefficient: Float64Array;
  /** The education term of the combined value, per education state. */
  private readonly boundByEducation: Float64Array;
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
    this.skillMasks = compiled.skillMasks;
    this.packedMasks = null;
    if (this.masked && groupCount <= 16) {
      const packed = new Int32Array(compiled.tableSize);
      for (let c = 0; c < compiled.tableSize; c++)
        packed[c] = compiled.skillMasks[2 * c] | (compiled.skillMasks[2 * c + 1] << 16);
      this.packedMasks = packed;
    }
    this.groupRequired = plan.groupRequired;
    this.groupWeights = plan.groupWeights;
    this.educationCredit = compiled.educationCredit;
    this.educationQualifies = compiled.educationQualifies;

    this.slotGroupBit = new Int32Array(compiled.slotCount + 1);
    let requiredMask = 0;
    let requiredBits = 0;
    let preferredBits = 0;
    let trivialMask = 0;
    if (this.masked) {
      for (let g = 0; g < groupCount; g++) {
        const bit = 1 << g;
        for (let s = compiled.groupSlotStart[g]; s < compiled.groupSlotStart[g + 1]; s++) this.slotGroupBit[s] = bit;
        if (plan.groupRequired[g] === 1) requiredBits |= bit;
        else preferredBits |= bit;
        if (compiled.groupMinMatches[g] <= 0) trivialMask |= bit;
        else if (plan.groupRequired[g] === 1) requiredMask |= bit;
      }
    }
    this.requiredMask = requiredMask;
    this.requiredBits = requiredBits;
    this.preferredBits = preferredBits;
    this.trivialMask = trivialMask;

    // Part constants, accumulated in the same order as partValue does.
    const requiredList: number[] = [];
    const preferredList: number[] = [];
    let requiredTotal = 0;
    let preferredTotal = 0;
    for (let g = 0; g < groupCount; g++) {
      if (plan.groupRequired[g] === 1) {
        requiredList.push(g);
        requiredTotal += plan.groupWeights[g];
      } else {
        preferredList.push(g);
        preferredTotal += plan.groupWeights[g];
      }
    }
    this.educationPart = plan.educationPart === 'REQUIRED' ? 1 : plan.educationPart === 'PREFERRED' ? 2 : 0;
    this.educationWeight = plan.educationWeight;
    if (this.educationPart === 1) requiredTotal += plan.educationWeight;
    if (this.educationPart === 2) preferredTotal += plan.educationWeight;
    this.requiredGroups = Int32Array.from(requiredList);
    this.preferredGroups = Int32Array.from(preferredList);
    this.requiredTotal = requiredTotal;
    this.preferredTotal = preferredTotal;
    // Counts of groups only: unweighted, a part is the plain mean of its groups (education has no share of nothing).
    this.requiredCount = requiredList.length;
    this.preferredCount = preferredList.length;
    this.requiredWeight = plan.requiredWeight;
    this.preferredWeight = plan.preferredWeight;
    this.bothWeight = plan.requiredWeight + plan.preferredWeight;

    this.offsets = columns.offsets;
    this.skillIds = columns.skillIds;
    this.months = columns.months;
    this.eduCompleted = columns.eduCompleted;
    this.eduInProgress = columns.eduInProgress;

    this.credit = new Float64Array(Math.max(1, groupCount));
    // One spare slot absorbs the writes of skills that cover nothing; it is never read.
    this.slotBest = new Int32Array(compiled.slotCount + 1);
    this.values = new Int32Array(Math.max(1, compiled.slotCount));

    // The combined value is linear in the group credits and the education credit, so its bound
    // splits into a term per set of groups assumed fully met and a term per education state.
    const zero = new Float64Array(Math.max(1, groupCount));
    for (let g = 0; g < groupCount; g++) zero[g] = compiled.groupMinMatches[g] <= 0 ? 1 : 0;
    const base = this.combineAll(zero, 0);
    const coefficient = new Float64Array(groupCount);
    for (let g = 0; g < groupCount; g++) {
      const unit = Float64Array.from(zero);
      unit[g] = 1;
      coefficient[g] = this.combineAll(unit, 0) - base;
    }
    const educationCoefficient = this.combineAll(zero, 1) - base;
    this.boundBase = base;
    this.boundCoefficient = coefficient;
    this.boundByEducation = Float64Array.from(compiled.educationCredit, (c) => educationCoefficient * c);
    if (groupCount <= MAX_TABULATED_GROUPS) {
      const table = new Float64Array(1 << groupCount);
      for (let bits = 0; bits < table.length; bits++) {
        let value = base;
        for (let g = 0; g < groupCount; g++) if ((bits >> g) & 1) value += coefficient[g];
        table[bits] = value;
      }
      this.boundByPresence = table;
    } else {
      this.boundByPresence = null;
    }

    // Beyond a mask, a sum bound: a candidate's groups add at most what each of their skills could
    // add (a group reached by several skills is counted several times, which only loosens it), and
    // a candidate can qualify only if their skills satisfy at least as many required groups as
    // there are. A cover reaches a credit of 1 exactly when it can satisfy (compilePosting checks it).
    let requiredNeeded = 0;
    for (let g = 0; g < groupCount; g++)
      if (plan.groupRequired[g] === 1 && compiled.groupMinMatches[g] > 0) requiredNeeded++;
    this.requiredNeeded = requiredNeeded;
    this.skillGain = null;
    this.skillSatisfies = null;
    if (!this.masked) {
      const groupOfSlot = new Int32Array(compiled.slotCount + 1).fill(-1);
      for (let g = 0; g < groupCount; g++)
        for (let t = compiled.groupSlotStart[g]; t < compiled.groupSlotStart[g + 1]; t++) groupOfSlot[t] = g;
      const gain = new Float64Array(compiled.tableSize);
      const satisfies = new Int32Array(compiled.tableSize);
      for (let c = 0; c < compiled.tableSize; c++) {
        const best = new Map<number, number>();
        const cover = (slot: number, row: number): void => {
          const g = groupOfSlot[slot];
          if (g < 0 || compiled.groupMinMatches[g] <= 0) return;
          let top = 0;
          for (let i = 0; i < MONTHS_ROW; i++) top = Math.max(top, compiled.creditOfRank[compiled.rankRows[row + i]]);
          best.set(g, Math.max(best.get(g) ?? 0, top));
        };
        const first = compiled.firstRow[c];
        cover(compiled.firstSlot[c], first < 0 ? -first - 1 : first);
        for (let p = compiled.extraStart[c]; p < compiled.extraStart[c + 1]; p++)
          cover(compiled.extraSlot[p], compiled.extraRow[p]);
        for (const [g, top] of best) {
          gain[c] += coefficient[g] * top;
          if (top === 1 && plan.groupRequired[g] === 1) satisfies[c]++;
        }
      }
      this.skillGain = gain;
      this.skillSatisfies = satisfies;
    }

    // A group reached by no EXACT/NARROWER skill of the candidate gets at most the best credit of a
    // RELATED/BROADER cover of it (a mean of credits is at most their maximum).
    this.indirectBound = null;
    if (this.packedMasks !== null) {
      const maxIndirect = new Float64Array(groupCount);
      const groupOfSlot = new Int32Array(compiled.slotCount + 1).fill(-1);
      for (let g = 0; g < groupCount; g++)
        for (let t = compiled.groupSlotStart[g]; t < compiled.groupSlotStart[g + 1]; t++) groupOfSlot[t] = g;
      const rowMax = (row: number): number => {
        let best = 0;
        for (let i = 0; i < MONTHS_ROW; i++) best = Math.max(best, compiled.creditOfRank[compiled.rankRows[row + i]]);
        return best;
      };
      const cover = (skillId: number, slot: number, row: number): void => {
        const g = groupOfSlot[slot];
        if (g >= 0 && ((compiled.skillMasks[2 * skillId + 1] >> g) & 1) === 0)
          maxIndirect[g] = Math.max(maxIndirect[g], rowMax(row));
      };
      for (let c = 0; c < compiled.tableSize; c++) {
        const first = compiled.firstRow[c];
        cover(c, compiled.firstSlot[c], first < 0 ? -first - 1 : first);
        for (let p = compiled.extraStart[c]; p < compiled.extraStart[c + 1]; p++)
          cover(c, compiled.extraSlot[p], compiled.extraRow[p]);
      }
      const table = new Float64Array(1 << groupCount);
      for (let bits = 1; bits < table.length; bits++) {
        const low = bits & -bits;
        const g = 31 - Math.clz32(low);
        table[bits] = table[bits ^ low] + coefficient[g] * maxIndirect[g];
      }
      this.indirectBound = table;
    }
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
    const n = Math.round(100 * this.combineActive(active, this.educationCredit[state]) * 100);
    return qualified ? QUALIFIED_BONUS + n : n;
  }

  /** An upper bound of key(slot): every group the candidate's skills touch counted as fully met. */
  bound(slot: number): number {
    if (!this.scorable) return 0;
    if (!this.masked) return QUALIFIED_BONUS + 10000;
    const { skillIds, tableSize, skillMasks } = this;
    let touched = 0;
    let direct = 0;
    const end = this.offsets[slot + 1];
    for (let e = this.offsets[slot]; e < end; e++) {
      const skillId = skillIds[e];
      if (skillId >= tableSize || skillId < 0) continue;
      touched |= skillMasks[2 * skillId];
      direct |= skillMasks[2 * skillId + 1];
    }
    const state = (this.eduCompleted[slot] + 1) * EDUCATION_STATES + (this.eduInProgress[slot] + 1);
    return this.presenceBound(touched, direct, state);
  }

  /**
   * bound(slot) of every slot below `slotCount` into `out` (-1 for a dead slot), each live one also
   * counted in `histogram` at its bound (capped at the largest key): the one pass over every skill of
   * every candidate that an unfiltered ranking cannot avoid, so it is a tight loop with one table
   * load per skill.
   */
  boundAll(alive: Uint8Array, slotCount: number, out: Int32Array, histogram: Int32Array): void {
    const maxKey = QUALIFIED_BONUS + 10000;
    const packed = this.packedMasks;
    const presence = this.boundByPresence;
    const indirect = this.indirectBound;
    if (!this.scorable) {
      for (let s = 0; s < slotCount; s++) {
        out[s] = alive[s] === 1 ? 0 : -1;
        if (alive[s] === 1) histogram[0]++;
      }
      return;
    }
    if (this.skillGain !== null && this.skillSatisfies !== null) {
      this.sumBoundAll(this.skillGain, this.skillSatisfies, alive, slotCount, out, histogram);
      return;
    }
    if (packed === null || presence === null || indirect === null) {
      for (let s = 0; s < slotCount; s++) {
        if (alive[s] !== 1) {
          out[s] = -1;
          continue;
        }
        const b = this.bound(s);
        out[s] = b;
        histogram[b < maxKey ? b : maxKey]++;
      }
      return;
    }
    const {
      offsets,
      skillIds,
      tableSize,
      eduCompleted,
      eduInProgress,
      educationQualifies,
      boundByEducation,
      requiredMask,
    } = this;
    let e = offsets[0];
    for (let s = 0; s < slotCount; s++) {
      const end = offsets[s + 1];
      if (alive[s] !== 1) {
        out[s] = -1;
        e = end;
        continue;
      }
      let masks = 0;
      for (; e < end; e++) {
        const skillId = skillIds[e];
        if (skillId < tableSize && skillId >= 0) masks |= packed[skillId];
      }
      const state = (eduCompleted[s] + 1) * EDUCATION_STATES + (eduInProgress[s] + 1);
      // Groups with a direct skill count as fully met, the others at their best indirect credit.
      const direct = masks >>> 16;
      const qualified = (direct & requiredMask) === requiredMask && educationQualifies[state] === 1;
      const value = presence[direct] + indirect[masks & 0xffff & ~direct] + boundByEducation[state];
      const n = Math.round(10000 * value + BOUND_SLACK);
      const b = qualified ? QUALIFIED_BONUS + n : n;
      out[s] = b;
      histogram[b < maxKey ? b : maxKey]++;
    }
  }

  /** boundAll for postings with more groups than a mask holds: the sum bound (see the constructor). */
  private sumBoundAll(
    gain: Float64Array,
    satisfies: Int32Array,
    alive: Uint8Array,
    slotCount: number,
    out: Int32Array,
    histogram: Int32Array,
  ): void {
    const maxKey = QUALIFIED_BONUS + 10000;
    const {
      offsets,
      skillIds,
      tableSize,
      eduCompleted,
      eduInProgress,
      educationQualifies,
      boundByEducation,
      requiredNeeded,
      boundBase,
    } = this;
    let e = offsets[0];
    for (let s = 0; s < slotCount; s++) {
      const end = offsets[s + 1];
      if (alive[s] !== 1) {
        out[s] = -1;
        e = end;
        continue;
      }
      let value = boundBase;
      let satisfiable = 0;
      for (; e < end; e++) {
        const skillId = skillIds[e];
        if (skillId < tableSize && skillId >= 0) {
          value += gain[skillId];
          satisfiable += satisfies[skillId];
        }
      }
      const state = (eduCompleted[s] + 1) * EDUCATION_STATES + (eduInProgress[s] + 1);
      const qualified = satisfiable >= requiredNeeded && educationQualifies[state] === 1;
      // Counting a group once per skill can pass the top score; no key does.
      const n = Math.min(10000, Math.round(10000 * (value + boundByEducation[state]) + BOUND_SLACK));
      const b = qualified ? QUALIFIED_BONUS + n : n;
      out[s] = b;
      histogram[b < maxKey ? b : maxKey]++;
    }
  }

  /**
   * Upper bound key when at most the groups in `present` have credit (each at most 1) and at most
   * those in `satisfiable` can be satisfied.
   */
  private presenceBound(present: number, satisfiable: number, state: number): number {
    let value: number;
    if (this.boundByPresence !== null) {
      value = this.boundByPresence[present];
    } else {
      value = this.boundBase;
      for (let bits = present; bits !== 0;) {
        const low = bits & -bits;
        bits ^= low;
        value += this.boundCoefficient[31 - Math.clz32(low)];
      }
    }
    const qualified = (satisfiable & this.requiredMask) === this.requiredMask && this.educationQualifies[state] === 1;
    const n = Math.round(10000 * (value + this.boundByEducation[state]) + BOUND_SLACK);
    return qualified ? QUALIFIED_BONUS + n : n;
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
    const n = Math.round(100 * this.combineAll(this.credit, this.educationCredit[state]) * 100);
    return qualified ? QUALIFIED_BONUS + n : n;
  }

  /** partValue of both parts, over the groups in `active` only (the others add exact zeros), then combineParts. */
  private combineActive(active: number, eduCredit: number): number {
    const { groupWeights, credit, educationPart, educationWeight } = this;
    let requiredPart = 0;
    let preferredPart = 0;
    if (this.requiredCount > 0) {
      const weighted = this.requiredTotal > 0;
      let sum = 0;
      for (let bits = active & this.requiredBits; bits !== 0;) {
        const low = bits & -bits;
        bits ^= low;
        const g = 31 - Math.clz32(low);
        sum += weighted ? groupWeights[g] * credit[g] : credit[g];
      }
      if (educationPart === 1 && weighted) sum += educationWeight * eduCredit;
      requiredPart = sum / (weighted ? this.requiredTotal : this.requiredCount);
    }
    if (this.preferredCount > 0) {
      const weighted = this.preferredTotal > 0;
      let sum = 0;
      for (let bits = active & this.preferredBits; bits !== 0;) {
        const low = bits & -bits;
        bits ^= low;
        const g = 31 - Math.clz32(low);
        sum += weighted ? groupWeights[g] * credit[g] : credit[g];
      }
      if (educationPart === 2 && weighted) sum += educationWeight * eduCredit;
      preferredPart = sum / (weighted ? this.preferredTotal : this.preferredCount);
    }
    return this.combineParts(requiredPart, preferredPart);
  }

  /** partValue of both parts over every group, then combineParts, as score-plan.ts computes them. */
  private combineAll(credit: Float64Array, eduCredit: number): number {
    const { groupWeights, requiredGroups, preferredGroups, educationPart, educationWeight } = this;
    let requiredPart = 0;
    let preferredPart = 0;
    if (this.requiredCount > 0) {
      const weighted = this.requiredTotal > 0;
      let sum = 0;
      for (let i = 0; i < requiredGroups.length; i++) {
        const g = requiredGroups[i];
        sum += weighted ? groupWeights[g] * credit[g] : credit[g];
      }
      if (educationPart === 1 && weighted) sum += educationWeight * eduCredit;
      requiredPart = sum / (weighted ? this.requiredTotal : this.requiredCount);
    }
    if (this.preferredCount > 0) {
      const weighted = this.preferredTotal > 0;
      let sum = 0;
      for (let i = 0; i < preferredGroups.length; i++) {
        const g = preferredGroups[i];
        sum += weighted ? groupWeights[g] * credit[g] : credit[g];
      }
      if (educationPart === 2 && weighted) sum += educationWeight * eduCredit;
      preferredPart = sum / (weighted ? this.preferredTotal : this.preferredCount);
    }
    return this.combineParts(requiredPart, preferredPart);
  }

  /** combineParts of score-plan.ts over the parts that exist. */
  private combineParts(requiredPart: number, preferredPart: number): number {
    if (this.requiredCount > 0 && this.preferredCount > 0) {
      return this.bothWeight > 0
        ? (this.requiredWeight * requiredPart + this.preferredWeight * preferredPart) / this.bothWeight
        : (requiredPart + preferredPart) / 2;
    }
    if (this.requiredCount > 0) return requiredPart;
    if (this.preferredCount > 0) return preferredPart;
    return 1;
  }
}

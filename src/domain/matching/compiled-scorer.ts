import type { IndexColumns } from './candidate-index';
import { EDUCATION_STATES, type CompiledPosting } from './compile-posting';
import { SIGNATURE_WORDS } from './skill-signature';

/**
 * (qualified, score) as one number ordered like the ranking: the score is reported as n / 100 for
 * an integer n in 0..10000, so a rank key is n, plus QUALIFIED_BONUS when qualified.
 */
export const QUALIFIED_BONUS = 100000;

/** The reported score encoded in a rank key (exactly the value `roundScore` returns). */
export function scoreOfKey(key: number): number {
  return (key >= QUALIFIED_BONUS ? key - QUALIFIED_BONUS : key) / 100;
}

export function qualifiedOfKey(key: number): boolean {
  return key >= QUALIFIED_BONUS;
}

/** Slack added to a bound before rounding, far above float noise and far below 0.01 points. */
const BOUND_SLACK = 1e-6;

/** Up to this many groups, bounds are tabulated per set of present groups (2^n entries). */
const MAX_TABULATED_GROUPS = 16;

/**
 * Scores slots of an index snapshot against a compiled posting. `key(slot)` performs exactly the
 * float operations of `matchCandidate`: coverage credit = coverageCredit(base, months, bar)
 * (tabulated), the best per accepted skill, group credit = mean of the best minMatches credits
 * summed from the largest, part = sum of weight x credit in posting order then education over the
 * part's total weight, parts combined by required/preferred weights, 100 x, rounded to 2 decimals.
 * Tests pin that its keys equal the oracle's scores bit for bit.
 *
 * `bound(slot)` is an upper bound of `key(slot)` read from the candidate's skill signature alone:
 * a group whose signature the candidate's misses has credit exactly 0, any other at most 1, and
 * every step of the score is monotone in the credits. `canQualify(slot)` refines it: a required
 * group whose direct (EXACT or NARROWER) signature the candidate's misses cannot be satisfied.
 * They let the ranker skip most candidates without reading their skills.
 */
export class SlotScorer {
  private readonly groupCount: number;
  private readonly slotTotal: number;
  private readonly tableSize: number;
  private readonly firstSlot: Int32Array;
  private readonly firstRow: Int32Array;
  private readonly extraStart: Int32Array;
  private readonly extraSlot: Int32Array;
  private readonly extraRow: Int32Array;
  private readonly creditRows: Float64Array;
  private readonly groupSlotStart: Int32Array;
  private readonly groupMinMatches: Float64Array;
  private readonly groupSignatures: Int32Array;
  private readonly groupDirectSignatures: Int32Array;
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
  private readonly offsets: Int32Array;
  private readonly skillIds: Int32Array;
  private readonly months: Int16Array;
  private readonly eduCompleted: Int8Array;
  private readonly eduInProgress: Int8Array;
  private readonly signatures: Int32Array;
  private readonly credit: Float64Array;
  /** Bound by presence bits: combined value of the present groups' full credits (no education). */
  private readonly boundByPresence: Float64Array | null;
  /** Bound by education state: the education term of the combined value. */
  private readonly boundByEducation: Float64Array;
  private readonly requiredMask: number;
  private readonly slotBest: Float64Array;
  private readonly values: Float64Array;

  constructor(compiled: CompiledPosting, columns: IndexColumns) {
    const plan = compiled.plan;
    this.groupCount = plan.groupCount;
    this.slotTotal = compiled.slotCount;
    this.tableSize = compiled.tableSize;
    this.firstSlot = compiled.firstSlot;
    this.firstRow = compiled.firstRow;
    this.extraStart = compiled.extraStart;
    this.extraSlot = compiled.extraSlot;
    this.extraRow = compiled.extraRow;
    this.creditRows = compiled.creditRows;
    this.groupSlotStart = compiled.groupSlotStart;
    this.groupMinMatches = compiled.groupMinMatches;
    this.groupSignatures = compiled.groupSignatures;
    this.groupDirectSignatures = compiled.groupDirectSignatures;
    this.groupRequired = plan.groupRequired;
    this.groupWeights = plan.groupWeights;
    this.educationCredit = compiled.educationCredit;
    this.educationQualifies = compiled.educationQualifies;

    // Part constants, accumulated in the same order as partValue does.
    const requiredList: number[] = [];
    const preferredList: number[] = [];
    let requiredTotal = 0;
    let preferredTotal = 0;
    for (let g = 0; g < plan.groupCount; g++) {
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
    this.requiredCount = requiredList.length + (this.educationPart === 1 ? 1 : 0);
    this.preferredCount = preferredList.length + (this.educationPart === 2 ? 1 : 0);
    this.requiredWeight = plan.requiredWeight;
    this.preferredWeight = plan.preferredWeight;
    this.bothWeight = plan.requiredWeight + plan.preferredWeight;

    this.offsets = columns.offsets;
    this.skillIds = columns.skillIds;
    this.months = columns.months;
    this.eduCompleted = columns.eduCompleted;
    this.eduInProgress = columns.eduInProgress;
    this.signatures = columns.signatures;

    this.credit = new Float64Array(Math.max(1, plan.groupCount));

    // The combined value is linear in the group credits and the education credit, so its bound
    // splits into a term per set of present groups and a term per education state.
    const groupCount = plan.groupCount;
    const zero = new Float64Array(Math.max(1, groupCount));
    for (let g = 0; g < groupCount; g++) zero[g] = compiled.groupMinMatches[g] <= 0 ? 1 : 0;
    const base = this.combine(zero, 0);
    const coefficient = new Float64Array(groupCount);
    for (let g = 0; g < groupCount; g++) {
      const unit = Float64Array.from(zero);
      unit[g] = 1;
      coefficient[g] = this.combine(unit, 0) - base;
    }
    const educationCoefficient = this.combine(zero, 1) - base;
    this.boundByEducation = Float64Array.from(compiled.educationCredit, (c) => educationCoefficient * c);
    let requiredMask = 0;
    for (let g = 0; g < groupCount && g < 31; g++) {
      if (plan.groupRequired[g] === 1 && compiled.groupMinMatches[g] > 0) requiredMask |= 1 << g;
    }
    this.requiredMask = requiredMask;
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
    // One spare slot absorbs the writes of skills that cover nothing; it is never read.
    this.slotBest = new Float64Array(compiled.slotCount + 1);
    this.values = new Float64Array(Math.max(1, compiled.slotCount));
  }

  /** The exact rank key of a live slot. */
  key(slot: number): number {
    const { tableSize, firstSlot, firstRow, extraStart, extraSlot, extraRow, creditRows, slotBest } = this;
    const { skillIds, months } = this;
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
          slotBest[t] = Math.max(slotBest[t], creditRows[extraRow[p] + monthsIndex]);
        }
      }
      slotBest[s] = Math.max(slotBest[s], creditRows[row + monthsIndex]);
    }

    const { groupSlotStart, groupMinMatches, groupRequired, credit, values } = this;
    let qualified = true;
    // Every slot is read once here and reset for the next candidate.
    for (let g = 0; g < this.groupCount; g++) {
      const minMatches = groupMinMatches[g];
      const from = groupSlotStart[g];
      const to = groupSlotStart[g + 1];
      if (minMatches === 1) {
        // (0 + best) / 1 = best; satisfied exactly when the best is a full credit.
        let best = 0;
        for (let s = from; s < to; s++) {
          best = Math.max(best, slotBest[s]);
          slotBest[s] = 0;
        }
        credit[g] = best;
        if (best !== 1 && groupRequired[g] === 1) qualified = false;
      } else if (minMatches === 2) {
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
        sum += first;
        sum += second;
        credit[g] = sum / 2;
        if (second !== 1 && groupRequired[g] === 1) qualified = false;
      } else if (minMatches > 0) {
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
          sum += values[i];
          if (values[i] === 1) full++;
        }
        credit[g] = sum / minMatches;
        if (full < minMatches && groupRequired[g] === 1) qualified = false;
      } else {
        credit[g] = 1;
      }
    }

    const state = (this.eduCompleted[slot] + 1) * EDUCATION_STATES + (this.eduInProgress[slot] + 1);
    if (this.educationQualifies[state] === 0) qualified = false;
    const n = Math.round(100 * this.combine(credit, this.educationCredit[state]) * 100);
    return qualified ? QUALIFIED_BONUS + n : n;
  }

  /** An upper bound of key(slot), from the candidate's skill signature and education only. */
  bound(slot: number): number {
    const { groupSignatures, signatures, boundByPresence } = this;
    if (boundByPresence === null) return this.boundSlow(slot);
    const at = slot * SIGNATURE_WORDS;
    const w0 = signatures[at];
    const w1 = signatures[at + 1];
    const w2 = signatures[at + 2];
    const w3 = signatures[at + 3];
    let bits = 0;
    for (let g = 0, k = 0; g < this.groupCount; g++, k += SIGNATURE_WORDS) {
      const shared =
        (w0 & groupSignatures[k]) | (w1 & groupSignatures[k + 1]) | (w2 & groupSignatures[k + 2]) | (w3 & groupSignatures[k + 3]);
      bits |= (shared !== 0 ? 1 : 0) << g;
    }
    const state = (this.eduCompleted[slot] + 1) * EDUCATION_STATES + (this.eduInProgress[slot] + 1);
    const qualified = (bits & this.requiredMask) === this.requiredMask && this.educationQualifies[state] === 1;
    const n = Math.round(10000 * (boundByPresence[bits] + this.boundByEducation[state]) + BOUND_SLACK);
    return qualified ? QUALIFIED_BONUS + n : n;
  }

  /**
   * A refinement of a qualified bound: false when some required group shares no direct (EXACT or
   * NARROWER) bit with the candidate, which makes satisfying it impossible.
   */
  canQualify(slot: number): boolean {
    const { groupDirectSignatures: direct, signatures, groupMinMatches, groupRequired } = this;
    const at = slot * SIGNATURE_WORDS;
    for (let g = 0, k = 0; g < this.groupCount; g++, k += SIGNATURE_WORDS) {
      if (groupRequired[g] !== 1 || groupMinMatches[g] <= 0) continue;
      const shared =
        (signatures[at] & direct[k]) |
        (signatures[at + 1] & direct[k + 1]) |
        (signatures[at + 2] & direct[k + 2]) |
        (signatures[at + 3] & direct[k + 3]);
      if (shared === 0) return false;
    }
    return true;
  }

  /** bound() for postings with too many groups to tabulate: the same bound, group by group. */
  private boundSlow(slot: number): number {
    const { groupSignatures, groupMinMatches, groupRequired, signatures, credit } = this;
    const at = slot * SIGNATURE_WORDS;
    let qualified = true;
    for (let g = 0; g < this.groupCount; g++) {
      const k = g * SIGNATURE_WORDS;
      const shared =
        (signatures[at] & groupSignatures[k]) |
        (signatures[at + 1] & groupSignatures[k + 1]) |
        (signatures[at + 2] & groupSignatures[k + 2]) |
        (signatures[at + 3] & groupSignatures[k + 3]);
      const possible = shared !== 0 || groupMinMatches[g] <= 0;
      credit[g] = possible ? 1 : 0;
      if (!possible && groupRequired[g] === 1) qualified = false;
    }
    const state = (this.eduCompleted[slot] + 1) * EDUCATION_STATES + (this.eduInProgress[slot] + 1);
    if (this.educationQualifies[state] === 0) qualified = false;
    const n = Math.round(100 * this.combine(credit, this.educationCredit[state]) * 100 + BOUND_SLACK);
    return qualified ? QUALIFIED_BONUS + n : n;
  }

  /** partValue of both parts and combineParts, over `credit`, as score-plan.ts computes them. */
  private combine(credit: Float64Array, eduCredit: number): number {
    const { groupWeights, requiredGroups, preferredGroups, educationPart, educationWeight } = this;
    let requiredPart = 0;
    let preferredPart = 0;
    if (this.requiredCount > 0) {
      let sum = 0;
      if (this.requiredTotal > 0) {
        for (let i = 0; i < requiredGroups.length; i++) sum += groupWeights[requiredGroups[i]] * credit[requiredGroups[i]];
        if (educationPart === 1) sum += educationWeight * eduCredit;
        requiredPart = sum / this.requiredTotal;
      } else {
        for (let i = 0; i < requiredGroups.length; i++) sum += credit[requiredGroups[i]];
        if (educationPart === 1) sum += eduCredit;
        requiredPart = sum / this.requiredCount;
      }
    }
    if (this.preferredCount > 0) {
      let sum = 0;
      if (this.preferredTotal > 0) {
        for (let i = 0; i < preferredGroups.length; i++) sum += groupWeights[preferredGroups[i]] * credit[preferredGroups[i]];
        if (educationPart === 2) sum += educationWeight * eduCredit;
        preferredPart = sum / this.preferredTotal;
      } else {
        for (let i = 0; i < preferredGroups.length; i++) sum += credit[preferredGroups[i]];
        if (educationPart === 2) sum += eduCredit;
        preferredPart = sum / this.preferredCount;
      }
    }
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

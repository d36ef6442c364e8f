import { EDUCATION_STATES, MONTHS_ROW, type CompiledPosting } from './compile-posting';
import { QUALIFIED_BONUS } from './rank-key';
import type { ScoreParts } from './score-parts';

/** Taken from each key part before rounding it up: far above float noise, far below a key unit. */
const KEY_PART_SLACK = 1e-6;

/** Up to this many groups, bounds are tabulated per set of present groups (2^n entries). */
const MAX_TABULATED_GROUPS = 16;

/**
 * The bound of a posting with at most MAX_TABULATED_GROUPS groups, as integer rank-key parts: a
 * slot's bound is directKeys[direct] + indirectKeys[touched without direct] +
 * educationKeys[2 x state + (1 when direct holds every required group)]. Each part is its share of
 * the combined value x 10000 rounded up (less a slack far above float noise and far below a key
 * unit), so their integer sum is at least the rounded key; the qualified bonus sits in the
 * education part, which alone knows whether education stands in the way.
 */
export interface PackedBounds {
  /**
   * Per skill id below tableSize: the groups it touches in the low 16 bits and those it can satisfy
   * in the high 16.
   */
  readonly masks: Int32Array;
  /** Per set of groups: the combined value with each of them fully met (no education), as a key part. */
  readonly directKeys: Int32Array;
  /**
   * Per set of groups the candidate reaches only through RELATED/BROADER covers: what those groups
   * add at most (their best such credit, below 1), as a key part.
   */
  readonly indirectKeys: Int32Array;
  /** Per education state and whether the skills hold every required group: the education part, with the bonus. */
  readonly educationKeys: Int32Array;
  /** The skill ids below tableSize whose mask is not 0, ascending: the only ones a bound reads. */
  readonly skills: Int32Array;
}

/** The bound of a posting with more groups than a mask holds: a sum over the candidate's skills. */
export interface SumBounds {
  /** Per skill id below tableSize: the most the groups it covers can add (each group once). */
  readonly gain: Float64Array;
  /** Per skill id below tableSize: how many required groups it can satisfy. */
  readonly satisfies: Int32Array;
}

/** What SlotScorer needs to bound a key without scoring it, worked out once per posting. */
export interface BoundTables {
  /** Skill ids at or above this (or negative) cover nothing. */
  readonly tableSize: number;
  /** Per skill id c, at 2c the groups it touches and at 2c + 1 those it can satisfy (CompiledPosting). */
  readonly skillMasks: Int32Array;
  /** Per education state: 1 when education does not stand in the way of `qualified`. */
  readonly educationQualifies: Uint8Array;
  /** Bits of the required groups that must be satisfied (minMatches > 0), when groups fit a mask. */
  readonly requiredMask: number;
  /** Required groups that ask for something (each must be satisfied to qualify). */
  readonly requiredNeeded: number;
  /** The combined value with only the groups that ask for nothing met, and no education. */
  readonly base: number;
  /** Per group: what meeting it fully adds to `base`. */
  readonly coefficient: Float64Array;
  /** The education term of the combined value, per education state. */
  readonly byEducation: Float64Array;
  /** Per set of present groups: `base` plus their coefficients, up to MAX_TABULATED_GROUPS groups. */
  readonly byPresence: Float64Array | null;
  readonly packed: PackedBounds | null;
  readonly sums: SumBounds | null;
}

/**
 * The bound tables of a compiled posting. The combined value is linear in the group credits and the
 * education credit, so its bound splits into a term per set of groups assumed fully met and a term
 * per education state; `parts` computes it with the matcher's own arithmetic.
 */
export function buildBoundTables(compiled: CompiledPosting, parts: ScoreParts, masked: boolean): BoundTables {
  const { plan, groupMinMatches } = compiled;
  const groupCount = plan.groupCount;
  const zero = new Float64Array(Math.max(1, groupCount));
  for (let g = 0; g < groupCount; g++) zero[g] = groupMinMatches[g] <= 0 ? 1 : 0;
  const base = parts.combineAll(zero, 0);
  const coefficient = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const unit = Float64Array.from(zero);
    unit[g] = 1;
    coefficient[g] = parts.combineAll(unit, 0) - base;
  }
  const educationCoefficient = parts.combineAll(zero, 1) - base;
  const byEducation = Float64Array.from(compiled.educationCredit, (c) => educationCoefficient * c);
  let byPresence: Float64Array | null = null;
  if (groupCount <= MAX_TABULATED_GROUPS) {
    byPresence = new Float64Array(1 << groupCount);
    for (let bits = 0; bits < byPresence.length; bits++) {
      let value = base;
      for (let g = 0; g < groupCount; g++) if ((bits >> g) & 1) value += coefficient[g];
      byPresence[bits] = value;
    }
  }
  let requiredMask = 0;
  let requiredNeeded = 0;
  for (let g = 0; g < groupCount; g++) {
    if (plan.groupRequired[g] !== 1 || groupMinMatches[g] <= 0) continue;
    requiredNeeded++;
    if (masked) requiredMask |= 1 << g;
  }
  return {
    tableSize: compiled.tableSize,
    skillMasks: compiled.skillMasks,
    educationQualifies: compiled.educationQualifies,
    requiredMask,
    requiredNeeded,
    base,
    coefficient,
    byEducation,
    byPresence,
    packed: masked && byPresence !== null ? packedBounds(compiled, coefficient, byPresence, byEducation) : null,
    sums: masked ? null : sumBounds(compiled, coefficient),
  };
}

/**
 * A group reached by no EXACT/NARROWER skill of the candidate gets at most the best credit of a
 * RELATED/BROADER cover of it (a mean of credits is at most their maximum).
 */
function packedBounds(
  compiled: CompiledPosting,
  coefficient: Float64Array,
  presence: Float64Array,
  byEducation: Float64Array,
): PackedBounds {
  const { tableSize, skillMasks } = compiled;
  const groupCount = compiled.plan.groupCount;
  const masks = new Int32Array(tableSize);
  for (let c = 0; c < tableSize; c++) masks[c] = skillMasks[2 * c] | (skillMasks[2 * c + 1] << 16);
  const maxIndirect = new Float64Array(groupCount);
  const groupOfSlot = groupOfSlots(compiled);
  const cover = (skillId: number, slot: number, row: number): void => {
    const g = groupOfSlot[slot];
    if (g >= 0 && ((skillMasks[2 * skillId + 1] >> g) & 1) === 0)
      maxIndirect[g] = Math.max(maxIndirect[g], bestCreditOfRow(compiled, row));
  };
  for (let c = 0; c < tableSize; c++) {
    const first = compiled.firstRow[c];
    cover(c, compiled.firstSlot[c], first < 0 ? -first - 1 : first);
    for (let p = compiled.extraStart[c]; p < compiled.extraStart[c + 1]; p++)
      cover(c, compiled.extraSlot[p], compiled.extraRow[p]);
  }
  const indirect = new Float64Array(1 << groupCount);
  for (let bits = 1; bits < indirect.length; bits++) {
    const low = bits & -bits;
    const g = 31 - Math.clz32(low);
    indirect[bits] = indirect[bits ^ low] + coefficient[g] * maxIndirect[g];
  }
  const skills = Int32Array.from(masks.keys()).filter((c) => masks[c] !== 0);
  const educationKeys = new Int32Array(2 * EDUCATION_STATES * EDUCATION_STATES);
  for (let state = 0; state < EDUCATION_STATES * EDUCATION_STATES; state++) {
    const part = keyPart(byEducation[state]);
    educationKeys[2 * state] = part;
    educationKeys[2 * state + 1] = part + (compiled.educationQualifies[state] === 1 ? QUALIFIED_BONUS : 0);
  }
  return {
    masks,
    directKeys: Int32Array.from(presence, keyPart),
    indirectKeys: Int32Array.from(indirect, keyPart),
    educationKeys,
    skills,
  };
}

/** A share of the combined value as a key part: x 10000, rounded up less a slack far above float noise. */
function keyPart(value: number): number {
  return Math.ceil(10000 * value - KEY_PART_SLACK);
}

/**
 * Beyond a mask, a sum bound: a candidate's groups add at most what each of their skills could
 * add (a group reached by several skills is counted several times, which only loosens it), and
 * a candidate can qualify only if their skills satisfy at least as many required groups as
 * there are. A cover reaches a credit of 1 exactly when it can satisfy (compilePosting checks it).
 */
function sumBounds(compiled: CompiledPosting, coefficient: Float64Array): SumBounds {
  const { tableSize, groupMinMatches } = compiled;
  const groupRequired = compiled.plan.groupRequired;
  const groupOfSlot = groupOfSlots(compiled);
  const gain = new Float64Array(tableSize);
  const satisfies = new Int32Array(tableSize);
  for (let c = 0; c < tableSize; c++) {
    const best = new Map<number, number>();
    const cover = (slot: number, row: number): void => {
      const g = groupOfSlot[slot];
      if (g < 0 || groupMinMatches[g] <= 0) return;
      best.set(g, Math.max(best.get(g) ?? 0, bestCreditOfRow(compiled, row)));
    };
    const first = compiled.firstRow[c];
    cover(compiled.firstSlot[c], first < 0 ? -first - 1 : first);
    for (let p = compiled.extraStart[c]; p < compiled.extraStart[c + 1]; p++)
      cover(compiled.extraSlot[p], compiled.extraRow[p]);
    for (const [g, top] of best) {
      gain[c] += coefficient[g] * top;
      if (top === 1 && groupRequired[g] === 1) satisfies[c]++;
    }
  }
  return { gain, satisfies };
}

/** Per slot, its group (-1 for the spare slot). */
function groupOfSlots(compiled: CompiledPosting): Int32Array {
  const groupOfSlot = new Int32Array(compiled.slotCount + 1).fill(-1);
  for (let g = 0; g < compiled.plan.groupCount; g++)
    for (let t = compiled.groupSlotStart[g]; t < compiled.groupSlotStart[g + 1]; t++) groupOfSlot[t] = g;
  return groupOfSlot;
}

/** The best credit a cover's row gives, whatever the months. */
function bestCreditOfRow(compiled: CompiledPosting, row: number): number {
  let best = 0;
  for (let i = 0; i < MONTHS_ROW; i++) best = Math.max(best, compiled.creditOfRank[compiled.rankRows[row + i]]);
  return best;
}

import { EDUCATION_LEVELS, educationRank } from '../vocabulary';
import { coverageOf, kindSatisfies } from './coverage';
import { educationCredit, educationMet, educationOutcome } from './education';
import { coverageCredit, effectiveMinMonths } from './experience';
import { acceptedSkills } from './group-evaluation';
import type { AppliedWeights } from './match-result';
import { MAX_MONTHS } from './matching-defaults';
import type { MatchingTaxonomy } from './matching-taxonomy';
import type { PostingSpec, ScoringProfile } from './profiles';
import { hasScorableRequirement, scoringOf, type ScorePlan } from './score-plan';

/** Up to this many groups, sets of groups are int bit masks (bit g for group g). */
export const MAX_MASKED_GROUPS = 30;

/** Education ranks run -1 (none) .. 5, so a (completed, inProgress) pair indexes a 7 x 7 table. */
export const EDUCATION_STATES = EDUCATION_LEVELS.length + 1;

/** Index of a (completed, inProgress) rank pair in the compiled education tables. */
export function educationStateIndex(completed: number, inProgress: number): number {
  return (completed + 1) * EDUCATION_STATES + (inProgress + 1);
}

/**
 * Length of one row of the months tables: index 0 is "unknown months", index m + 1 is m months
 * (0..MAX_MONTHS), matching the index's months column (UNKNOWN_MONTHS = -1) shifted by one.
 */
export const MONTHS_ROW = MAX_MONTHS + 2;

/**
 * A posting compiled against the taxonomy for the ranker. Every accepted skill of every group is a
 * "slot". A cover is (slot, credit row): the credit row tabulates coverageCredit(base, months, bar)
 * for every months value (the oracle's own formula, so the values are identical), row 0 being all
 * zeros, stored as order-preserving ranks. Per taxonomy skill id c (below tableSize): its first cover is firstSlot[c]/firstRow[c] (a
 * spare slot and the zero row when c covers nothing) and any further ones are
 * extraStart[c] .. extraStart[c + 1]. Scoring a candidate is then one unconditional lookup per
 * skill, plus a rarely taken branch for skills that cover several slots.
 *
 * A slot is satisfied exactly when its best credit is 1: EXACT/NARROWER covers (and RELATED ones
 * when the posting accepts substitutes) reach 1 only with enough months, others never do.
 * compilePosting checks this on every row it builds.
 */
export interface CompiledPosting {
  readonly postingId: string;
  readonly taxonomyVersion: string;
  readonly weights: AppliedWeights;
  readonly plan: ScorePlan;
  /** False when the posting has nothing to score (hasScorableRequirement): every candidate ties, ranked by id. */
  readonly scorable: boolean;
  /** Skill ids at or above this (or negative) cover nothing. */
  readonly tableSize: number;
  readonly firstSlot: Int32Array;
  /** Offset of the first cover's row in rankRows, or -(offset + 1) when the skill has extra covers. */
  readonly firstRow: Int32Array;
  readonly extraStart: Int32Array;
  readonly extraSlot: Int32Array;
  readonly extraRow: Int32Array;
  /**
   * Rows of MONTHS_ROW credits, stored as ranks (index 0 of a row is unknown months, m + 1 is m
   * months): rank r stands for the credit creditOfRank[r], ranks ordered like credits, so the best
   * cover is an integer max and the credit is looked up once per group.
   */
  readonly rankRows: Int32Array;
  readonly creditOfRank: Float64Array;
  /** The rank of a full credit (1), or -1 when no cover can reach it. */
  readonly fullRank: number;
  /** Number of real slots; slot `slotCount` is the spare that absorbs non-covers. */
  readonly slotCount: number;
  /** Slots of group g are groupSlotStart[g] .. groupSlotStart[g + 1]. */
  readonly groupSlotStart: Int32Array;
  readonly groupMinMatches: Float64Array;
  /**
   * Per skill id c (below tableSize), at 2c the bits of the groups it gives credit to (bit g for
   * group g) and at 2c + 1 those it can satisfy (EXACT/NARROWER covers), when the posting has at
   * most MAX_MASKED_GROUPS groups (all zero otherwise).
   */
  readonly skillMasks: Int32Array;
  /** Per education state: the credit of the outcome. */
  readonly educationCredit: Float64Array;
  /** Per education state: 1 when education does not stand in the way of `qualified`. */
  readonly educationQualifies: Uint8Array;
}

interface CoverEntry {
  readonly skillId: number;
  readonly slot: number;
  readonly row: number;
}

/**
 * Compiles a posting for `rankTopK` (its assessable groups only, as matchCandidate scores them): weights resolved (defaults < posting < override) and the
 * taxonomy closure (descendants, related, ancestors) resolved per accepted skill with the same
 * `coverageOf` rule and `coverageCredit` formula as the explainable matcher, so the two cannot
 * disagree on a coverage.
 */
export function compilePosting(
  taxonomy: MatchingTaxonomy,
  whole: PostingSpec,
  override?: ScoringProfile | null,
): CompiledPosting {
  // Only the groups that count are compiled: a not-assessable group moves neither score nor `qualified`.
  const { weights, scored: posting, plan } = scoringOf(whole, override);
  const groupCount = posting.requirements.length;
  const groupSlotStart = new Int32Array(groupCount + 1);
  const groupMinMatches = new Float64Array(groupCount);
  const masked = groupCount <= MAX_MASKED_GROUPS;
  const groupMasks = new Map<number, number>();
  const directMasks = new Map<number, number>();
  const rowKeys = new Map<string, number>();
  const rows: number[][] = [new Array<number>(MONTHS_ROW).fill(0)];
  const entries: CoverEntry[] = [];
  let slotCount = 0;

  const rowFor = (base: number, direct: boolean, bar: number | null): number => {
    const key = `${base}|${bar}|${direct}`;
    const known = rowKeys.get(key);
    if (known !== undefined) return known;
    const row: number[] = [];
    for (let i = 0; i < MONTHS_ROW; i++) {
      const months = i === 0 ? null : i - 1;
      const credit = coverageCredit(base, months, bar);
      const satisfies = direct && (bar === null || (months !== null && months >= bar));
      if ((credit === 1) !== satisfies) {
        throw new Error(
          `compilePosting: a credit of exactly 1 must mean "satisfies" (base ${base}, bar ${bar}, months ${months})`,
        );
      }
      row.push(credit);
    }
    rows.push(row);
    rowKeys.set(key, rows.length - 1);
    return rows.length - 1;
  };

  posting.requirements.forEach((group, g) => {
    groupSlotStart[g] = slotCount;
    groupMinMatches[g] = group.minMatches;
    const bar = effectiveMinMonths(group.minMonths);
    for (const acceptedId of acceptedSkills(group)) {
      const slot = slotCount++;
      // A group asking for nothing is met whatever the candidate has: no covers to look up.
      if (group.minMatches <= 0) continue;
      const reach = new Set<number>([acceptedId]);
      for (const id of taxonomy.descendants(acceptedId)) reach.add(id);
      for (const rel of taxonomy.related(acceptedId)) reach.add(rel.skillId);
      for (const id of taxonomy.ancestors(acceptedId)) reach.add(id);
      for (const skillId of reach) {
        const coverage = coverageOf(taxonomy, acceptedId, skillId, weights);
        // A broader word earns nothing: no cover to look up (the group is not even touched).
        if (coverage === null || skillId < 0 || coverage.baseCredit === 0) continue;
        const direct = kindSatisfies(coverage.kind, weights);
        entries.push({ skillId, slot, row: rowFor(coverage.baseCredit, direct, bar) });
        if (masked) {
          groupMasks.set(skillId, (groupMasks.get(skillId) ?? 0) | (1 << g));
          if (direct) directMasks.set(skillId, (directMasks.get(skillId) ?? 0) | (1 << g));
        }
      }
    }
  });
  groupSlotStart[groupCount] = slotCount;

  entries.sort((a, b) => a.skillId - b.skillId || a.slot - b.slot);
  const tableSize = entries.length > 0 ? entries[entries.length - 1].skillId + 1 : 0;
  const firstSlot = new Int32Array(tableSize).fill(slotCount);
  const firstRow = new Int32Array(tableSize);
  const extraStart = new Int32Array(tableSize + 1);
  const extras: CoverEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (i > 0 && entries[i - 1].skillId === entry.skillId) {
      extras.push(entry);
      extraStart[entry.skillId + 1] = extras.length;
    } else {
      firstSlot[entry.skillId] = entry.slot;
      firstRow[entry.skillId] = entry.row * MONTHS_ROW;
    }
  }
  for (let c = 1; c <= tableSize; c++) extraStart[c] = Math.max(extraStart[c], extraStart[c - 1]);
  // Flag skills with further covers by a negative first row (-(row + 1)), so the common case needs no lookup.
  for (let c = 0; c < tableSize; c++) if (extraStart[c + 1] > extraStart[c]) firstRow[c] = -firstRow[c] - 1;

  const skillMasks = new Int32Array(2 * tableSize);
  for (const [skillId, mask] of groupMasks) skillMasks[2 * skillId] = mask;
  for (const [skillId, mask] of directMasks) skillMasks[2 * skillId + 1] = mask;

  const creditOfRank = Float64Array.from(new Set(rows.flat())).sort();
  const rankOf = new Map<number, number>();
  creditOfRank.forEach((credit, rank) => rankOf.set(credit, rank));
  const rankRows = new Int32Array(rows.length * MONTHS_ROW);
  rows.forEach((row, r) => row.forEach((credit, i) => (rankRows[r * MONTHS_ROW + i] = rankOf.get(credit) ?? 0)));

  const educationCredits = new Float64Array(EDUCATION_STATES * EDUCATION_STATES);
  const educationQualifies = new Uint8Array(EDUCATION_STATES * EDUCATION_STATES);
  for (let completed = -1; completed < EDUCATION_LEVELS.length; completed++) {
    for (let inProgress = -1; inProgress < EDUCATION_LEVELS.length; inProgress++) {
      const state = educationStateIndex(completed, inProgress);
      const requirement = posting.education;
      const outcome =
        requirement === null
          ? 'NOT_REQUESTED'
          : educationOutcome(educationRank(requirement.level), completed, inProgress);
      educationCredits[state] = educationCredit(outcome);
      educationQualifies[state] = requirement === null || !requirement.required || educationMet(outcome) ? 1 : 0;
    }
  }

  return {
    postingId: posting.id,
    taxonomyVersion: taxonomy.version,
    weights,
    plan,
    scorable: hasScorableRequirement(posting),
    tableSize,
    firstSlot,
    firstRow,
    extraStart,
    extraSlot: Int32Array.from(extras, (entry) => entry.slot),
    extraRow: Int32Array.from(extras, (entry) => entry.row * MONTHS_ROW),
    rankRows,
    creditOfRank,
    fullRank: rankOf.get(1) ?? -1,
    slotCount,
    groupSlotStart,
    groupMinMatches,
    skillMasks,
    educationCredit: educationCredits,
    educationQualifies,
  };
}

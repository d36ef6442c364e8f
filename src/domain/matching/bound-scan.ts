import type { BoundTables, PackedBounds, SumBounds } from './bound-tables';
import type { IndexColumns } from './candidate-index';
import { EDUCATION_STATES } from './compile-posting';
import { MAX_RANK_KEY, QUALIFIED_BONUS } from './rank-key';
import type { SkillLists } from './skill-lists';

/** Slack added to a bound before rounding, far above float noise and far below 0.01 points. */
const BOUND_SLACK = 1e-6;

/** Slots per block of packedListBoundAll: a block's masks stay in cache while the lists are gathered. */
const LIST_BLOCK = 16384;
let cursorBuffer = new Int32Array(128);

/**
 * The bound of every slot below `slotCount` into `out` (-1 for a dead slot), each live one also
 * counted in `histogram` at its bound, for a posting of at most 16 groups: groups with a direct
 * skill count as fully met, the others at their best indirect credit. The groups a slot's skills
 * reach (a mask per skill, ORed) are gathered into `out` from the skill lists, visiting only the
 * listings of the skills the posting covers (packed.skills), block by block of slots so that a
 * block's masks stay in cache; most of a candidate's skills cover nothing in a given posting and
 * are never read (100k candidates, corpus median 4.82 -> 2.10 ms CPU against reading every skill
 * of every candidate, 2026-12-04, issue 12).
 */
export function packedListBoundAll(
  tables: BoundTables,
  packed: PackedBounds,
  lists: SkillLists,
  columns: IndexColumns,
  alive: Uint8Array,
  slotCount: number,
  out: Int32Array,
  histogram: Int32Array,
): void {
  const maxKey = MAX_RANK_KEY;
  const { masks, directKeys, indirectKeys, educationKeys, skills } = packed;
  const { eduCompleted, eduInProgress } = columns;
  const requiredMask = tables.requiredMask;
  if (cursorBuffer.length < 2 * skills.length) cursorBuffer = new Int32Array(2 * skills.length);
  // Per covered skill, at 2i where its list continues in `data` and at 2i + 1 where it ends.
  const cursors = cursorBuffer;
  for (let i = 0; i < skills.length; i++) {
    cursors[2 * i] = lists.startOf(skills[i]);
    cursors[2 * i + 1] = cursors[2 * i] + lists.lengthOf(skills[i]);
  }
  const data = lists.slots;
  for (let start = 0; start < slotCount; start += LIST_BLOCK) {
    const end = Math.min(slotCount, start + LIST_BLOCK);
    out.fill(0, start, end);
    for (let i = 0; i < skills.length; i++) {
      const mask = masks[skills[i]];
      const stop = cursors[2 * i + 1];
      let j = cursors[2 * i];
      for (; j < stop; j++) {
        const s = data[j];
        if (s >= end) break;
        out[s] |= mask;
      }
      cursors[2 * i] = j;
    }
    for (let s = start; s < end; s++) {
      if (alive[s] !== 1) {
        out[s] = -1;
        continue;
      }
      const bits = out[s];
      const direct = bits >>> 16;
      const state = (eduCompleted[s] + 1) * EDUCATION_STATES + (eduInProgress[s] + 1);
      const holdsRequired = (direct & requiredMask) === requiredMask ? 1 : 0;
      const b = directKeys[direct] + indirectKeys[bits & 0xffff & ~direct] + educationKeys[2 * state + holdsRequired];
      out[s] = b;
      histogram[b < maxKey ? b : maxKey]++;
    }
  }
}

/**
 * packedListBoundAll for a posting with more groups than a mask holds: each skill adds the most its
 * groups can add, and a candidate qualifies at most when their skills can satisfy as many required
 * groups as there are.
 */
export function sumBoundAll(
  tables: BoundTables,
  sums: SumBounds,
  columns: IndexColumns,
  alive: Uint8Array,
  slotCount: number,
  out: Int32Array,
  histogram: Int32Array,
): void {
  const maxKey = MAX_RANK_KEY;
  const { gain, satisfies } = sums;
  const { offsets, skillIds, eduCompleted, eduInProgress } = columns;
  const { tableSize, educationQualifies, byEducation, requiredNeeded, base } = tables;
  let e = offsets[0];
  for (let s = 0; s < slotCount; s++) {
    const end = offsets[s + 1];
    if (alive[s] !== 1) {
      out[s] = -1;
      e = end;
      continue;
    }
    let value = base;
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
    const n = Math.min(10000, Math.round(10000 * (value + byEducation[state]) + BOUND_SLACK));
    const b = qualified ? QUALIFIED_BONUS + n : n;
    out[s] = b;
    histogram[b < maxKey ? b : maxKey]++;
  }
}

/**
 * packedListBoundAll for a posting of 17 to MAX_MASKED_GROUPS groups, whose sets of groups are too many
 * to tabulate: every group a candidate's skills touch counted as fully met.
 */
export function maskBoundAll(
  tables: BoundTables,
  columns: IndexColumns,
  alive: Uint8Array,
  slotCount: number,
  out: Int32Array,
  histogram: Int32Array,
): void {
  const maxKey = MAX_RANK_KEY;
  for (let s = 0; s < slotCount; s++) {
    if (alive[s] !== 1) {
      out[s] = -1;
      continue;
    }
    const b = maskBound(tables, columns, s);
    out[s] = b;
    histogram[b < maxKey ? b : maxKey]++;
  }
}

/** An upper bound of a slot's key: every group its skills touch counted as fully met. */
function maskBound(tables: BoundTables, columns: IndexColumns, slot: number): number {
  const { skillIds, offsets } = columns;
  const { tableSize, skillMasks } = tables;
  let touched = 0;
  let direct = 0;
  const end = offsets[slot + 1];
  for (let e = offsets[slot]; e < end; e++) {
    const skillId = skillIds[e];
    if (skillId >= tableSize || skillId < 0) continue;
    touched |= skillMasks[2 * skillId];
    direct |= skillMasks[2 * skillId + 1];
  }
  const state = (columns.eduCompleted[slot] + 1) * EDUCATION_STATES + (columns.eduInProgress[slot] + 1);
  return presenceBound(tables, touched, direct, state);
}

/**
 * Upper bound key when at most the groups in `present` have credit (each at most 1) and at most
 * those in `satisfiable` can be satisfied.
 */
function presenceBound(tables: BoundTables, present: number, satisfiable: number, state: number): number {
  let value: number;
  if (tables.byPresence !== null) {
    value = tables.byPresence[present];
  } else {
    value = tables.base;
    for (let bits = present; bits !== 0;) {
      const low = bits & -bits;
      bits ^= low;
      value += tables.coefficient[31 - Math.clz32(low)];
    }
  }
  const requiredMask = tables.requiredMask;
  const qualified = (satisfiable & requiredMask) === requiredMask && tables.educationQualifies[state] === 1;
  const n = Math.round(10000 * (value + tables.byEducation[state]) + BOUND_SLACK);
  return qualified ? QUALIFIED_BONUS + n : n;
}

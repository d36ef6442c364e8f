import type { ImportWarning } from '../../../domain/drafts';
import type { SkillDef } from '../../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../../domain/taxonomy/taxonomy';
import { SKILL_LEVELS, type SkillLevel } from '../../../domain/vocabulary';
import type { DayInterval } from '../day-intervals';

/** Every warning code the JSON Resume importer emits; `at` is always a JSON path. */
export type ResumeWarningCode =
  /** A section or field has the wrong JSON type (e.g. `work` is an object); it is ignored. */
  | 'INVALID_FIELD'
  /** An entry of a section is not an object; it is ignored. */
  | 'INVALID_ENTRY'
  /** A placeholder entry with every field blank; it is skipped. */
  | 'EMPTY_ENTRY'
  | 'MISSING_NAME'
  | 'INVALID_EMAIL'
  | 'INVALID_PHONE'
  /** An unreadable date: the entry's dates are ignored, its skills still count (months unknown). */
  | 'INVALID_DATE'
  /** An end date but no start date: the entry's dates are ignored. */
  | 'MISSING_START_DATE'
  | 'END_BEFORE_START'
  /** A job or project that starts after `now`: its dates are ignored. */
  | 'FUTURE_START'
  /** A declared skill the taxonomy does not know: reported, not invented. */
  | 'UNKNOWN_SKILL'
  | 'UNKNOWN_SKILL_LEVEL'
  /** A degree name that maps to no education level: the education entry is skipped. */
  | 'UNKNOWN_STUDY_TYPE';

/** What the importer has gathered of one skill so far. */
export interface SkillEntry {
  readonly def: SkillDef;
  level: SkillLevel | null;
  readonly intervals: DayInterval[];
}

/** The state of one import: the taxonomy, "today", the warnings and the skills gathered so far. */
export interface ImportContext {
  readonly taxonomy: Taxonomy;
  readonly warnings: ImportWarning[];
  /** Today's UTC day number. */
  readonly today: number;
  /** The exclusive end of an open-ended interval: today counts. */
  readonly openEnd: number;
  /** By taxonomy skill id, in the order the importer met them. */
  readonly skills: Map<number, SkillEntry>;
}

/** Records a warning about the value at JSON path `at`. */
export function warn(ctx: ImportContext, code: ResumeWarningCode, at: string, message: string): void {
  ctx.warnings.push({ code, message, at });
}

/** The gathered entry of a skill, created empty the first time the skill is met. */
export function skillEntry(ctx: ImportContext, def: SkillDef): SkillEntry {
  let entry = ctx.skills.get(def.id);
  if (entry === undefined) {
    entry = { def, level: null, intervals: [] };
    ctx.skills.set(def.id, entry);
  }
  return entry;
}

/** The higher of two declared levels: a skill declared twice keeps the higher one. */
export function higherLevel(a: SkillLevel | null, b: SkillLevel | null): SkillLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return SKILL_LEVELS.indexOf(b) > SKILL_LEVELS.indexOf(a) ? b : a;
}

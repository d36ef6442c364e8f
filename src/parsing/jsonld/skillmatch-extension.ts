import type { EducationRequirementDraft, ImportWarning, RequirementDraft } from '../../domain/drafts';
import { EDUCATION_LEVELS, IMPORTANCES, SKILL_CATEGORIES } from '../../domain/vocabulary';
import { describeJsonType, isRecord } from '../resume/json-values';

/**
 * The part of a posting schema.org has no words for — requirement groups with their
 * importance, category, label, minMatches, minMonths and weight, the exact education level
 * and whether it is required, the location strings as written — travels in three extension
 * properties under the `skillmatch:` prefix. Each is a JSON literal (`@type: @json`), so
 * JSON-LD processors keep it whole and everyone else can ignore it:
 *
 *   "skillmatch:requirements": [{ "importance": "REQUIRED", "category": "LANGUAGE",
 *       "label": "Backend languages", "skills": ["Java", "Kotlin"], "minMatches": 1,
 *       "minMonths": 36, "weight": 2 }, ...]
 *   "skillmatch:education": { "level": "MASTER", "required": false } | null
 *   "skillmatch:locations": ["Tucson, AZ", "Remote (US)"]
 *
 * A document carrying `skillmatch:requirements` is read as our own export: the extension is
 * authoritative and the schema.org fields it duplicates (skills, educationRequirements,
 * experienceRequirements, jobLocation) are not re-read.
 */
export const SKILLMATCH_NAMESPACE = 'urn:skillmatch:';
export const REQUIREMENTS_PROPERTY = 'skillmatch:requirements';
export const EDUCATION_PROPERTY = 'skillmatch:education';
export const LOCATIONS_PROPERTY = 'skillmatch:locations';

/** The JSON-LD context entry that declares the prefix and the three JSON-literal properties. */
export function skillmatchContext(): Record<string, unknown> {
  return {
    skillmatch: SKILLMATCH_NAMESPACE,
    [REQUIREMENTS_PROPERTY]: { '@type': '@json' },
    [EDUCATION_PROPERTY]: { '@type': '@json' },
    [LOCATIONS_PROPERTY]: { '@type': '@json' },
  };
}

const IMPORTANCE_SET: ReadonlySet<string> = new Set(IMPORTANCES);
const CATEGORY_SET: ReadonlySet<string> = new Set(SKILL_CATEGORIES);
const LEVEL_SET: ReadonlySet<string> = new Set(EDUCATION_LEVELS);

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function requirementProblem(value: unknown): string | null {
  if (!isRecord(value)) return `expected an object, got ${describeJsonType(value)}`;
  if (typeof value.importance !== 'string' || !IMPORTANCE_SET.has(value.importance))
    return 'importance is not REQUIRED or PREFERRED';
  if (typeof value.category !== 'string' || !CATEGORY_SET.has(value.category))
    return 'category is not a known skill category';
  if (typeof value.label !== 'string') return 'label is not text';
  if (!Array.isArray(value.skills) || !value.skills.every((s) => typeof s === 'string'))
    return 'skills is not a list of names';
  if (!isCount(value.minMatches)) return 'minMatches is not a whole number';
  if (value.minMonths !== null && !isCount(value.minMonths)) return 'minMonths is neither null nor a whole number';
  if (typeof value.weight !== 'number' || !Number.isFinite(value.weight)) return 'weight is not a number';
  if (value.assessable !== undefined && typeof value.assessable !== 'boolean') return 'assessable is not true or false';
  return null;
}

/** Reads `skillmatch:requirements`; malformed groups are skipped with a warning at their path. */
export function readRequirements(value: unknown, path: string, warnings: ImportWarning[]): RequirementDraft[] {
  if (!Array.isArray(value)) {
    warnings.push({
      code: 'INVALID_EXTENSION',
      message: `Expected a list of requirement groups, got ${describeJsonType(value)}`,
      at: path,
    });
    return [];
  }
  const groups: RequirementDraft[] = [];
  value.forEach((item: unknown, index) => {
    const problem = requirementProblem(item);
    if (problem !== null || !isRecord(item)) {
      warnings.push({
        code: 'INVALID_EXTENSION',
        message: `Requirement group skipped: ${problem ?? ''}`,
        at: `${path}[${index}]`,
      });
      return;
    }
    groups.push({
      importance: item.importance as RequirementDraft['importance'],
      category: item.category as RequirementDraft['category'],
      label: item.label as string,
      skills: [...(item.skills as string[])],
      minMatches: item.minMatches as number,
      minMonths: item.minMonths as number | null,
      weight: item.weight as number,
      ...(item.assessable === false ? { assessable: false } : {}),
    });
  });
  return groups;
}

/** Reads `skillmatch:education`: null, or a level with its required flag. */
export function readEducation(
  value: unknown,
  path: string,
  warnings: ImportWarning[],
): EducationRequirementDraft | null {
  if (value === null) return null;
  if (
    isRecord(value) &&
    typeof value.level === 'string' &&
    LEVEL_SET.has(value.level) &&
    typeof value.required === 'boolean'
  ) {
    return { level: value.level as EducationRequirementDraft['level'], required: value.required };
  }
  warnings.push({
    code: 'INVALID_EXTENSION',
    message: 'Expected null or { level, required }; education ignored',
    at: path,
  });
  return null;
}

/** Reads `skillmatch:locations`: the location strings as written, or null when malformed. */
export function readLocations(value: unknown, path: string, warnings: ImportWarning[]): string[] | null {
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return [...(value as string[])];
  warnings.push({
    code: 'INVALID_EXTENSION',
    message: 'Expected a list of location strings; jobLocation is read instead',
    at: path,
  });
  return null;
}

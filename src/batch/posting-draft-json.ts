import type { PostingDraft, RequirementDraft } from '../domain/drafts';
import type { ScoringProfile } from '../domain/matching/profiles';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, IMPORTANCES, SKILL_CATEGORIES } from '../domain/vocabulary';
import { InputError } from './input-error';

/**
 * A PostingDraft written as JSON, read field by field: each value of the type the API takes, optional
 * fields at the API's defaults. Sizes and ranges are the API's too, checked on the whole draft by
 * checkPostingDraft (postingSpecOf), so a file cannot carry what the API would refuse.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A PostingDraft-shaped JSON document: a title and requirement groups of skill names. */
export function looksLikePostingDraft(doc: Record<string, unknown>): boolean {
  return (
    typeof doc.title === 'string' &&
    Array.isArray(doc.requirements) &&
    doc['@type'] === undefined &&
    doc['@context'] === undefined
  );
}

function oneOf<T extends string>(values: readonly T[], value: unknown, at: string, fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${at} must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`);
}

/** A number, or `fallback` when absent; null only where the field takes null (fallback null). */
function numberAt(value: unknown, at: string, fallback: number | null): number | null {
  if (value === undefined) return fallback;
  if (value === null && fallback === null) return null;
  if (typeof value !== 'number') throw new InputError(`${at} must be a number${fallback === null ? ' or null' : ''}`);
  return value;
}

/** A flag: absent or null means `fallback`; anything but a boolean is refused. */
function flagAt(value: unknown, at: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') throw new InputError(`${at} must be true or false`);
  return value;
}

function readGroup(g: unknown, at: string): RequirementDraft {
  if (!isRecord(g)) throw new InputError(`${at} must be an object`);
  if (!Array.isArray(g.skills) || !g.skills.every((s) => typeof s === 'string'))
    throw new InputError(`${at}.skills must be a list of skill names`);
  return {
    importance: oneOf(IMPORTANCES, g.importance, `${at}.importance`, 'REQUIRED'),
    category: oneOf(SKILL_CATEGORIES, g.category, `${at}.category`, 'OTHER'),
    label: typeof g.label === 'string' ? g.label : (g.skills as string[]).join(', '),
    skills: g.skills as string[],
    minMatches: numberAt(g.minMatches, `${at}.minMatches`, 1)!,
    minMonths: numberAt(g.minMonths, `${at}.minMonths`, null),
    weight: numberAt(g.weight, `${at}.weight`, 1)!,
    ...(flagAt(g.assessable, `${at}.assessable`, true) ? {} : { assessable: false }),
  };
}

const SCORING_KEYS = ['requiredWeight', 'preferredWeight', 'educationWeight', 'categoryWeights', 'substitutesSatisfy'];

/** A posting's own scoring weights: the ScoringProfile fields, each of its type; null when absent. */
function readScoring(value: unknown, at: string): ScoringProfile | null {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) throw new InputError(`${at} must be an object`);
  const stray = Object.keys(value).find((k) => !SCORING_KEYS.includes(k));
  if (stray !== undefined) throw new InputError(`${at}.${stray} is not a scoring field (${SCORING_KEYS.join(', ')})`);
  const profile: { -readonly [K in keyof ScoringProfile]: ScoringProfile[K] } = {};
  for (const key of ['requiredWeight', 'preferredWeight', 'educationWeight'] as const) {
    const weight = numberAt(value[key], `${at}.${key}`, null);
    if (weight !== null) profile[key] = weight;
  }
  if (value.substitutesSatisfy !== undefined && value.substitutesSatisfy !== null)
    profile.substitutesSatisfy = flagAt(value.substitutesSatisfy, `${at}.substitutesSatisfy`, false);
  if (value.categoryWeights !== undefined && value.categoryWeights !== null) {
    const weights = value.categoryWeights;
    if (!isRecord(weights) || !Object.values(weights).every((w) => typeof w === 'number'))
      throw new InputError(`${at}.categoryWeights must map skill categories to numbers`);
    profile.categoryWeights = weights as Record<string, number>;
  }
  return Object.keys(profile).length > 0 ? profile : null;
}

/** A PostingDraft from a JSON document that looks like one (looksLikePostingDraft); `source` names the file. */
export function readPostingDraftJson(doc: Record<string, unknown>, source: string): PostingDraft {
  const requirements = (doc.requirements as unknown[]).map((g, i) => readGroup(g, `${source}: requirements[${i}]`));
  let education: PostingDraft['education'] = null;
  if (isRecord(doc.education)) {
    education = {
      level: oneOf(EDUCATION_LEVELS, doc.education.level, `${source}: education.level`),
      required: doc.education.required === true,
    };
  }
  return {
    title: doc.title as string,
    company: typeof doc.company === 'string' ? doc.company : null,
    employmentType: oneOf(EMPLOYMENT_TYPES, doc.employmentType, `${source}: employmentType`, 'FULL_TIME'),
    locations: Array.isArray(doc.locations) ? doc.locations.filter((l): l is string => typeof l === 'string') : [],
    description: typeof doc.description === 'string' ? doc.description : '',
    datePosted: typeof doc.datePosted === 'string' ? doc.datePosted : null,
    education,
    requirements,
    scoring: readScoring(doc.scoring, `${source}: scoring`),
  };
}

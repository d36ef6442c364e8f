/**
 * The sizes and ranges a draft may have, declared once: the GraphQL inputs' decorators take them,
 * checkPostingDraft and checkCandidateDraft (draft-rules.ts) hold the command line's readers and the
 * services to them, and the importers fit what they read into them (draft-fit.ts). So a file cannot
 * carry what the API would refuse (minMatches 0, weight 0, a skill of 1e308 months).
 */

/** The numbers a field takes: from `min` to `max`, and only whole ones when `whole` (a GraphQL Int). */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly whole: boolean;
}

export const POSTING_LIMITS = {
  title: 200,
  company: 200,
  location: 200,
  locations: 50,
  description: 100_000,
  requirements: 50,
  label: 500,
  /** Skills one requirement group may list. */
  groupSkills: 100,
  skillName: 120,
  minMatches: { min: 1, max: 50, whole: true },
  /** Fifty years. */
  minMonths: { min: 0, max: 600, whole: true },
  weight: { min: 0.01, max: 100, whole: false },
  /** Each weight of a scoring profile (required, preferred, education, a category's). */
  scoringWeight: { min: 0, max: 100, whole: false },
  categoryWeights: 32,
} as const;

export const CANDIDATE_LIMITS = {
  name: 200,
  email: 320,
  headline: 300,
  location: 200,
  phone: 50,
  educationField: 200,
  education: 20,
  skills: 200,
  skillName: 120,
  /** A hundred years. */
  months: { min: 0, max: 1200, whole: true },
} as const;

/**
 * How many rows an imported or parsed document can give each list: the query cost limit sizes a
 * parse or import answer by these before anything is read (graphql/limits), so they are hard caps,
 * below the API's own list limits where a parser could otherwise produce more than a person types.
 */
export const IMPORT_LIST_LIMITS = {
  groups: 50,
  groupSkills: 50,
  candidateSkills: 200,
  education: 20,
  warnings: 50,
  work: 50,
  provenance: 10,
} as const;

/** What is wrong with a number for a field of this range, as a phrase to follow the field's name; null when nothing. */
export function rangeProblem(value: number, range: NumberRange): string | null {
  if (Number.isFinite(value) && (!range.whole || Number.isInteger(value)) && value >= range.min && value <= range.max)
    return null;
  return `must be ${range.whole ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}, got ${value}`;
}

/** What is wrong with a text's length, or null: at least `min` and at most `max` characters. */
export function lengthProblem(value: string, max: number, min = 0): string | null {
  if (value.length > max) return `must be at most ${max} characters, got ${value.length}`;
  if (value.length < min) return `must be at least ${min} character${min === 1 ? '' : 's'}`;
  return null;
}

/** The number as the range takes it: within its bounds, rounded when only whole numbers are taken. */
export function clampToRange(value: number, range: NumberRange): number {
  const within = Number.isNaN(value) ? range.min : Math.min(range.max, Math.max(range.min, value));
  return range.whole ? Math.round(within) : within;
}

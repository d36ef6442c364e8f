import type { CandidateDraft, PostingDraft, RequirementDraft } from './drafts';
import {
  CANDIDATE_LIMITS as C,
  POSTING_LIMITS as P,
  type NumberRange,
  lengthProblem,
  rangeProblem,
} from './draft-limits';
import { type TextKind, calendarDateProblem, phoneProblem, textProblem } from './field-rules';
import type { ScoringProfile } from './matching/profiles';
import { SKILL_CATEGORIES } from './vocabulary';

/** A rule a draft breaks, with the input path of the offending field. */
export interface DraftIssue {
  readonly field: string;
  readonly message: string;
}

// The checks push into one list rather than build one per field: the command line checks every
// line of a million-line file with them.

/** The text rules (field-rules.ts), then the length (draft-limits.ts), of a field that is present. */
function checkText(
  issues: DraftIssue[],
  field: string,
  value: string | null | undefined,
  max: number,
  kind: TextKind = 'line',
): void {
  if (value === null || value === undefined) return;
  const problem = textProblem(value, kind) ?? lengthProblem(value, max);
  if (problem !== null) issues.push({ field, message: problem });
}

function checkNumber(issues: DraftIssue[], field: string, value: number | null | undefined, range: NumberRange): void {
  if (value === null || value === undefined) return;
  const problem = rangeProblem(value, range);
  if (problem !== null) issues.push({ field, message: problem });
}

function checkCount(
  issues: DraftIssue[],
  field: string,
  list: readonly unknown[] | undefined,
  max: number,
  what: string,
): void {
  if (list !== undefined && list.length > max)
    issues.push({ field, message: `at most ${max} ${what}, got ${list.length}` });
}

function checkGroup(issues: DraftIssue[], g: RequirementDraft, at: string): void {
  checkText(issues, `${at}.label`, g.label, P.label);
  if (g.skills.length === 0)
    issues.push({ field: `${at}.skills`, message: 'a requirement group needs at least one skill' });
  checkCount(issues, `${at}.skills`, g.skills, P.groupSkills, 'skills in a group');
  g.skills.forEach((s, j) => checkText(issues, `${at}.skills[${j}]`, s, P.skillName));
  checkNumber(issues, `${at}.minMatches`, g.minMatches, P.minMatches);
  // What field-level validation cannot see: a group asking for more matches than it lists skills.
  if (g.minMatches > g.skills.length && g.skills.length > 0) {
    issues.push({
      field: `${at}.minMatches`,
      message: `minMatches is ${g.minMatches} but the group lists only ${g.skills.length} skill(s)`,
    });
  }
  checkNumber(issues, `${at}.minMonths`, g.minMonths, P.minMonths);
  checkNumber(issues, `${at}.weight`, g.weight, P.weight);
}

function checkScoring(issues: DraftIssue[], scoring: ScoringProfile | null | undefined, at: string): void {
  if (scoring === null || scoring === undefined) return;
  checkNumber(issues, `${at}.requiredWeight`, scoring.requiredWeight, P.scoringWeight);
  checkNumber(issues, `${at}.preferredWeight`, scoring.preferredWeight, P.scoringWeight);
  checkNumber(issues, `${at}.educationWeight`, scoring.educationWeight, P.scoringWeight);
  const categories = Object.entries(scoring.categoryWeights ?? {});
  checkCount(issues, `${at}.categoryWeights`, categories, P.categoryWeights, 'category weights');
  for (const [category, weight] of categories) {
    if ((SKILL_CATEGORIES as readonly string[]).includes(category))
      checkNumber(issues, `${at}.categoryWeights.${category}`, weight, P.scoringWeight);
    else issues.push({ field: `${at}.categoryWeights`, message: `"${category}" is not a skill category` });
  }
}

/**
 * Checks a posting draft from any source (the services, the command line's readers) against the
 * rules the GraphQL inputs declare with the same constants (draft-limits.ts): the text rules and
 * lengths of every field, list sizes, minMatches, minMonths, weight and scoring weights within their
 * ranges, a real date, and what field-level validation cannot see (a group asking for more matches
 * than it lists skills).
 */
export function checkPostingDraft(draft: Partial<PostingDraft>, path = 'input'): DraftIssue[] {
  const issues: DraftIssue[] = [];
  checkText(issues, `${path}.title`, draft.title, P.title);
  checkText(issues, `${path}.company`, draft.company, P.company);
  checkCount(issues, `${path}.locations`, draft.locations, P.locations, 'locations');
  draft.locations?.forEach((l, i) => checkText(issues, `${path}.locations[${i}]`, l, P.location));
  checkText(issues, `${path}.description`, draft.description, P.description, 'text');
  const date = typeof draft.datePosted === 'string' ? calendarDateProblem(draft.datePosted) : null;
  if (date !== null) issues.push({ field: `${path}.datePosted`, message: date });
  checkCount(issues, `${path}.requirements`, draft.requirements, P.requirements, 'requirement groups');
  draft.requirements?.forEach((g, i) => checkGroup(issues, g, `${path}.requirements[${i}]`));
  checkScoring(issues, draft.scoring, `${path}.scoring`);
  return issues;
}

/** Skill ids listed twice under different spellings ("Golang" and "Go") are a mistake worth naming. */
export function findDuplicateIds(ids: readonly number[]): number[] {
  const seen = new Set<number>();
  const dupes: number[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) dupes.push(i);
    seen.add(id);
  });
  return dupes;
}

/**
 * The text rules (field-rules.ts) and the sizes and ranges (draft-limits.ts) on every field of a
 * candidate draft, months whole; duplicate skills are checked after resolution.
 */
export function checkCandidateDraft(draft: Partial<CandidateDraft>, path = 'input'): DraftIssue[] {
  const issues: DraftIssue[] = [];
  checkText(issues, `${path}.name`, draft.name, C.name);
  checkText(issues, `${path}.email`, draft.email, C.email);
  checkText(issues, `${path}.headline`, draft.headline, C.headline);
  checkText(issues, `${path}.location`, draft.location, C.location);
  if (draft.phone !== null && draft.phone !== undefined) {
    const problem = lengthProblem(draft.phone, C.phone) ?? phoneProblem(draft.phone);
    if (problem !== null) issues.push({ field: `${path}.phone`, message: problem });
  }
  checkCount(issues, `${path}.education`, draft.education, C.education, 'entries');
  draft.education?.forEach((e, i) => checkText(issues, `${path}.education[${i}].field`, e.field, C.educationField));
  checkCount(issues, `${path}.skills`, draft.skills, C.skills, 'skills');
  // Field paths are built only for a skill that breaks a rule: a file holds millions of good ones.
  draft.skills?.forEach((s, i) => {
    const name = textProblem(s.name) ?? lengthProblem(s.name, C.skillName);
    if (name !== null) issues.push({ field: `${path}.skills[${i}].name`, message: name });
    const months = s.months === null || s.months === undefined ? null : rangeProblem(s.months, C.months);
    if (months !== null) issues.push({ field: `${path}.skills[${i}].months`, message: months });
  });
  return issues;
}

import type { CandidateDraft, PostingDraft } from './drafts';
import { CANDIDATE_LIMITS as L } from './candidate-limits';
import { fieldIssue, phoneProblem } from './field-rules';

/** A rule a draft breaks, with the input path of the offending field. */
export interface DraftIssue {
  readonly field: string;
  readonly message: string;
}

/**
 * Checks a posting draft from any source: the text rules (field-rules.ts) on every field, and
 * what field-level validation cannot see, relations between fields: a group that asks for more
 * matches than it lists skills could never be satisfied.
 */
export function checkPostingDraft(draft: Partial<PostingDraft>, path = 'input'): DraftIssue[] {
  const issues: DraftIssue[] = [
    ...fieldIssue(`${path}.title`, draft.title),
    ...fieldIssue(`${path}.company`, draft.company),
    ...(draft.locations ?? []).flatMap((l, i) => fieldIssue(`${path}.locations[${i}]`, l)),
    ...fieldIssue(`${path}.description`, draft.description, 'text'),
  ];
  (draft.requirements ?? []).forEach((g, i) => {
    const at = `${path}.requirements[${i}]`;
    issues.push(
      ...fieldIssue(`${at}.label`, g.label),
      ...g.skills.flatMap((s, j) => fieldIssue(`${at}.skills[${j}]`, s)),
    );
    if (g.skills.length === 0)
      issues.push({ field: `${at}.skills`, message: 'a requirement group needs at least one skill' });
    if (g.minMatches > g.skills.length && g.skills.length > 0) {
      issues.push({
        field: `${at}.minMatches`,
        message: `minMatches is ${g.minMatches} but the group lists only ${g.skills.length} skill(s)`,
      });
    }
  });
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

function phoneIssue(field: string, value: string | null | undefined): DraftIssue[] {
  const problem = value === null || value === undefined ? null : phoneProblem(value);
  return problem ? [{ field, message: problem }] : [];
}

/**
 * The text rules (field-rules.ts) and the sizes (candidate-limits.ts) on every field of a candidate
 * draft, months whole; duplicate skills are checked after resolution.
 */
export function checkCandidateDraft(draft: Partial<CandidateDraft>, path = 'input'): DraftIssue[] {
  const issues: DraftIssue[] = [
    ...fieldIssue(`${path}.name`, draft.name),
    ...fieldIssue(`${path}.email`, draft.email),
    ...fieldIssue(`${path}.headline`, draft.headline),
    ...fieldIssue(`${path}.location`, draft.location),
    ...phoneIssue(`${path}.phone`, draft.phone),
    ...(draft.education ?? []).flatMap((e, i) => fieldIssue(`${path}.education[${i}].field`, e.field)),
    ...(draft.skills ?? []).flatMap((s, i) => fieldIssue(`${path}.skills[${i}].name`, s.name)),
  ];
  const tooLong = (field: string, value: string | null | undefined, max: number) => {
    if (typeof value === 'string' && value.length > max)
      issues.push({ field, message: `must be at most ${max} characters, got ${value.length}` });
  };
  tooLong(`${path}.name`, draft.name, L.name);
  tooLong(`${path}.email`, draft.email, L.email);
  tooLong(`${path}.headline`, draft.headline, L.headline);
  tooLong(`${path}.location`, draft.location, L.location);
  tooLong(`${path}.phone`, draft.phone, L.phone);
  if ((draft.skills?.length ?? 0) > L.skills)
    issues.push({ field: `${path}.skills`, message: `at most ${L.skills} skills, got ${draft.skills!.length}` });
  if ((draft.education?.length ?? 0) > L.education)
    issues.push({
      field: `${path}.education`,
      message: `at most ${L.education} entries, got ${draft.education!.length}`,
    });
  (draft.education ?? []).forEach((e, i) => tooLong(`${path}.education[${i}].field`, e.field, L.educationField));
  (draft.skills ?? []).forEach((s, i) => {
    tooLong(`${path}.skills[${i}].name`, s.name, L.skillName);
    if (
      s.months !== null &&
      s.months !== undefined &&
      (!Number.isInteger(s.months) || s.months < 0 || s.months > L.months)
    ) {
      issues.push({
        field: `${path}.skills[${i}].months`,
        message: `months must be a whole number from 0 to ${L.months}, got ${s.months}`,
      });
    }
  });
  return issues;
}

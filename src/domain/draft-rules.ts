import type { CandidateDraft, PostingDraft } from './drafts';
import { fieldIssue } from './field-rules';

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
    issues.push(...fieldIssue(`${at}.label`, g.label), ...g.skills.flatMap((s, j) => fieldIssue(`${at}.skills[${j}]`, s)));
    if (g.skills.length === 0) issues.push({ field: `${at}.skills`, message: 'a requirement group needs at least one skill' });
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

/**
 * The text rules (field-rules.ts) on every field of a candidate draft, and whole months; duplicate
 * skills are checked after resolution.
 */
export function checkCandidateDraft(draft: Partial<CandidateDraft>, path = 'input'): DraftIssue[] {
  const issues: DraftIssue[] = [
    ...fieldIssue(`${path}.name`, draft.name),
    ...fieldIssue(`${path}.email`, draft.email),
    ...fieldIssue(`${path}.headline`, draft.headline),
    ...fieldIssue(`${path}.location`, draft.location),
    ...(draft.education ?? []).flatMap((e, i) => fieldIssue(`${path}.education[${i}].field`, e.field)),
    ...(draft.skills ?? []).flatMap((s, i) => fieldIssue(`${path}.skills[${i}].name`, s.name)),
  ];
  (draft.skills ?? []).forEach((s, i) => {
    if (s.months !== null && s.months !== undefined && (!Number.isInteger(s.months) || s.months < 0)) {
      issues.push({ field: `${path}.skills[${i}].months`, message: 'months must be a whole number >= 0' });
    }
  });
  return issues;
}

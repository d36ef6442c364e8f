import type { CandidateDraft, PostingDraft } from './drafts';

/** A rule a draft breaks, with the input path of the offending field. */
export interface DraftIssue {
  readonly field: string;
  readonly message: string;
}

/**
 * Checks what field-level validation cannot see: relations between fields of a posting.
 * A group that asks for more matches than it lists skills could never be satisfied.
 */
export function checkPostingDraft(draft: Partial<PostingDraft>, path = 'input'): DraftIssue[] {
  const issues: DraftIssue[] = [];
  (draft.requirements ?? []).forEach((g, i) => {
    const at = `${path}.requirements[${i}]`;
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

/** Candidate drafts have no cross-field rules beyond duplicate skills, checked after resolution. */
export function checkCandidateDraft(draft: Partial<CandidateDraft>, path = 'input'): DraftIssue[] {
  const issues: DraftIssue[] = [];
  (draft.skills ?? []).forEach((s, i) => {
    if (s.months !== null && s.months !== undefined && (!Number.isInteger(s.months) || s.months < 0)) {
      issues.push({ field: `${path}.skills[${i}].months`, message: 'months must be a whole number >= 0' });
    }
  });
  return issues;
}

import type { CandidateDraft, ImportWarning, PostingDraft } from '../domain/drafts';
import type { Parsed } from './ingestion.service';

/** Column limits the GraphQL inputs enforce too; imported text is cut to them, with a warning. */
const LIMITS = { title: 200, company: 200, location: 200, label: 500, description: 100_000, name: 200, email: 320, headline: 300 };

function cut(value: string, max: number, field: string, warnings: ImportWarning[]): string {
  if (value.length <= max) return value;
  warnings.push({ code: 'TRUNCATED', message: `${field} was longer than ${max} characters and was cut`, at: value.slice(0, 80) });
  return value.slice(0, max);
}

/** Makes an imported posting storable: a title when none was found, texts within their limits. */
export function fitPostingDraft(draft: PostingDraft, warnings: readonly ImportWarning[]): Parsed<PostingDraft> {
  const w = [...warnings];
  const title = draft.title.trim() === '' ? 'Untitled posting' : cut(draft.title, LIMITS.title, 'title', w);
  return {
    draft: {
      ...draft,
      title,
      company: draft.company === null ? null : cut(draft.company, LIMITS.company, 'company', w),
      locations: draft.locations.slice(0, 50).map((l) => cut(l, LIMITS.location, 'location', w)),
      description: cut(draft.description, LIMITS.description, 'description', w),
      requirements: draft.requirements.slice(0, 50).map((g) => ({ ...g, label: cut(g.label, LIMITS.label, 'label', w) })),
    },
    warnings: w,
  };
}

/** Makes an imported candidate storable: texts within their column limits. */
export function fitCandidateDraft(draft: CandidateDraft, warnings: readonly ImportWarning[]): Parsed<CandidateDraft> {
  const w = [...warnings];
  const opt = (v: string | null, max: number, field: string) => (v === null ? null : cut(v, max, field, w));
  return {
    draft: {
      ...draft,
      name: cut(draft.name, LIMITS.name, 'name', w),
      email: draft.email !== null && draft.email.length > LIMITS.email ? null : draft.email,
      headline: opt(draft.headline, LIMITS.headline, 'headline'),
      location: opt(draft.location, LIMITS.location, 'location'),
    },
    warnings: w,
  };
}

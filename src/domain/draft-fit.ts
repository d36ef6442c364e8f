import {
  CANDIDATE_LIMITS as C,
  IMPORT_LIST_LIMITS,
  type NumberRange,
  POSTING_LIMITS as P,
  clampToRange,
  lengthProblem,
} from './draft-limits';
import type { CandidateDraft, ImportWarning, PostingDraft, RequirementDraft } from './drafts';
import { phoneProblem } from './field-rules';

/** A draft an importer read, made storable, and what was changed to make it so. */
export interface Fitted<T> {
  readonly draft: T;
  readonly warnings: ImportWarning[];
}

/** The first `max` items; what is cut is said in a warning. */
function capList<T>(items: readonly T[], max: number, what: string, warnings: ImportWarning[]): T[] {
  if (items.length <= max) return [...items];
  warnings.push({ code: 'TRUNCATED', message: `only the first ${max} ${what} of ${items.length} were kept`, at: what });
  return items.slice(0, max);
}

/** At most IMPORT_LIST_LIMITS.warnings warnings: the last one says how many more there were. */
export function capWarnings(warnings: ImportWarning[]): ImportWarning[] {
  const max = IMPORT_LIST_LIMITS.warnings;
  if (warnings.length <= max) return warnings;
  const more = warnings.length - (max - 1);
  return [
    ...warnings.slice(0, max - 1),
    { code: 'MORE_WARNINGS', message: `${more} more warnings were left out`, at: '' },
  ];
}

function cut(value: string, max: number, field: string, warnings: ImportWarning[]): string {
  if (value.length <= max) return value;
  warnings.push({
    code: 'TRUNCATED',
    message: `${field} was longer than ${max} characters and was cut`,
    at: value.slice(0, 80),
  });
  return value.slice(0, max);
}

/** A number an importer read, brought into the field's range (draft-limits.ts) with a warning when it was not. */
function fitNumber(value: number, range: NumberRange, field: string, at: string, warnings: ImportWarning[]): number {
  const fitted = clampToRange(value, range);
  if (fitted !== value) {
    warnings.push({
      code: 'OUT_OF_RANGE',
      message: `${field} ${value} is outside ${range.min} to ${range.max}; ${fitted} was kept`,
      at,
    });
  }
  return fitted;
}

function fitGroup(g: RequirementDraft, w: ImportWarning[]): RequirementDraft {
  const skills = capList(g.skills, IMPORT_LIST_LIMITS.groupSkills, 'skills of a group', w);
  const label = cut(g.label, P.label, 'label', w);
  // A group cut to fewer skills asks for at most as many matches as it keeps (the cut is warned of already).
  const asked = skills.length > 0 && g.minMatches > skills.length && g.skills.length > skills.length;
  const minMatches = fitNumber(
    asked ? skills.length : g.minMatches,
    { ...P.minMatches, max: Math.max(1, Math.min(P.minMatches.max, skills.length)) },
    'minMatches',
    label,
    w,
  );
  return {
    ...g,
    label,
    skills,
    minMatches,
    minMonths: g.minMonths === null ? null : fitNumber(g.minMonths, P.minMonths, 'minMonths', label, w),
    weight: fitNumber(g.weight, P.weight, 'weight', label, w),
  };
}

/**
 * Makes an imported posting storable within the limits the API holds every posting to
 * (draft-limits.ts): a title when none was found, texts cut to their lengths, lists to their caps,
 * minMatches, minMonths and weight brought into their ranges, each change said in a warning.
 */
export function fitPostingDraft(draft: PostingDraft, warnings: readonly ImportWarning[]): Fitted<PostingDraft> {
  const w = [...warnings];
  const title = draft.title.trim() === '' ? 'Untitled posting' : cut(draft.title, P.title, 'title', w);
  return {
    draft: {
      ...draft,
      title,
      company: draft.company === null ? null : cut(draft.company, P.company, 'company', w),
      locations: draft.locations.slice(0, P.locations).map((l) => cut(l, P.location, 'location', w)),
      description: cut(draft.description, P.description, 'description', w),
      requirements: capList(draft.requirements, IMPORT_LIST_LIMITS.groups, 'requirement groups', w).map((g) =>
        fitGroup(g, w),
      ),
    },
    warnings: capWarnings(w),
  };
}

/** A phone number as read, or null with a warning when it is no number the API would take. */
function fitPhone(phone: string | null, w: ImportWarning[]): string | null {
  if (phone === null) return null;
  const problem = lengthProblem(phone, C.phone) ?? phoneProblem(phone);
  if (problem === null) return phone;
  w.push({ code: 'INVALID_PHONE', message: `phone ${problem}; left empty`, at: 'phone' });
  return null;
}

/**
 * Makes an imported candidate storable: texts within their limits, months within
 * CANDIDATE_LIMITS (a résumé dated from 1890 would otherwise be refused, and with it a whole import).
 */
export function fitCandidateDraft(draft: CandidateDraft, warnings: readonly ImportWarning[]): Fitted<CandidateDraft> {
  const w = [...warnings];
  const opt = (v: string | null, max: number, field: string) => (v === null ? null : cut(v, max, field, w));
  const most = C.months.max;
  return {
    draft: {
      ...draft,
      name: cut(draft.name, C.name, 'name', w),
      email: draft.email !== null && draft.email.length > C.email ? null : draft.email,
      phone: fitPhone(draft.phone ?? null, w),
      headline: opt(draft.headline, C.headline, 'headline'),
      location: opt(draft.location, C.location, 'location'),
      skills: capList(draft.skills, IMPORT_LIST_LIMITS.candidateSkills, 'skills', w).map((s) => {
        if (s.months === null || s.months <= most) return s;
        w.push({
          code: 'TRUNCATED',
          message: `${s.name}: ${s.months} months is more than ${most}; ${most} were kept`,
          at: s.name,
        });
        return { ...s, months: most };
      }),
      education: capList(draft.education, IMPORT_LIST_LIMITS.education, 'education entries', w),
    },
    warnings: capWarnings(w),
  };
}

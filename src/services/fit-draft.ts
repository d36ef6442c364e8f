import { CANDIDATE_LIMITS } from '../domain/candidate-limits';
import type { CandidateDraft, ImportWarning, PostingDraft } from '../domain/drafts';
import { phoneProblem } from '../domain/field-rules';
import type { ResumeTextParse } from '../parsing/resume/text';
import type { Parsed } from './ingestion.service';

/** Column limits the GraphQL inputs enforce too; imported text is cut to them, with a warning. */
const LIMITS = {
  title: 200,
  company: 200,
  location: 200,
  label: 500,
  description: 100_000,
  name: 200,
  email: 320,
  headline: 300,
};

/**
 * How many rows an imported or parsed document can give each list: the query cost limit sizes a
 * parse or import answer by these before anything is read (graphql/limits), so they are hard caps.
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

/** The first `max` items; what is cut is said in a warning. */
function capList<T>(items: readonly T[], max: number, what: string, warnings: ImportWarning[]): T[] {
  if (items.length <= max) return [...items];
  warnings.push({ code: 'TRUNCATED', message: `only the first ${max} ${what} of ${items.length} were kept`, at: what });
  return items.slice(0, max);
}

/** At most IMPORT_LIST_LIMITS.warnings warnings: the last one says how many more there were. */
function capWarnings(warnings: ImportWarning[]): ImportWarning[] {
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
      requirements: capList(draft.requirements, IMPORT_LIST_LIMITS.groups, 'requirement groups', w).map((g) => ({
        ...g,
        label: cut(g.label, LIMITS.label, 'label', w),
        skills: capList(g.skills, IMPORT_LIST_LIMITS.groupSkills, 'skills of a group', w),
        minMatches:
          g.skills.length > IMPORT_LIST_LIMITS.groupSkills
            ? Math.min(g.minMatches, IMPORT_LIST_LIMITS.groupSkills)
            : g.minMatches,
      })),
    },
    warnings: capWarnings(w),
  };
}

/** A phone number as read, or null with a warning when it is no number the API would take. */
function fitPhone(phone: string | null, w: ImportWarning[]): string | null {
  if (phone === null) return null;
  const problem =
    phone.length > CANDIDATE_LIMITS.phone
      ? `must be at most ${CANDIDATE_LIMITS.phone} characters`
      : phoneProblem(phone);
  if (problem === null) return phone;
  w.push({ code: 'INVALID_PHONE', message: `phone ${problem}; left empty`, at: 'phone' });
  return null;
}

/**
 * Makes an imported candidate storable: texts within their column limits, months within
 * CANDIDATE_LIMITS (a résumé dated from 1890 would otherwise be refused, and with it a whole import).
 */
export function fitCandidateDraft(draft: CandidateDraft, warnings: readonly ImportWarning[]): Parsed<CandidateDraft> {
  const w = [...warnings];
  const opt = (v: string | null, max: number, field: string) => (v === null ? null : cut(v, max, field, w));
  return {
    draft: {
      ...draft,
      name: cut(draft.name, LIMITS.name, 'name', w),
      email: draft.email !== null && draft.email.length > LIMITS.email ? null : draft.email,
      phone: fitPhone(draft.phone ?? null, w),
      headline: opt(draft.headline, LIMITS.headline, 'headline'),
      location: opt(draft.location, LIMITS.location, 'location'),
      skills: capList(draft.skills, IMPORT_LIST_LIMITS.candidateSkills, 'skills', w).map((s) => {
        if (s.months === null || s.months <= CANDIDATE_LIMITS.months) return s;
        w.push({
          code: 'TRUNCATED',
          message: `${s.name}: ${s.months} months is more than ${CANDIDATE_LIMITS.months}; ${CANDIDATE_LIMITS.months} were kept`,
          at: s.name,
        });
        return { ...s, months: CANDIDATE_LIMITS.months };
      }),
      education: capList(draft.education, IMPORT_LIST_LIMITS.education, 'education entries', w),
    },
    warnings: capWarnings(w),
  };
}

/**
 * A résumé preview within the same caps as the candidate it would store (skills, education,
 * warnings), plus jobs and the places each skill was found: the query cost estimate relies on them.
 */
export function fitResumeParse(parse: ResumeTextParse, warnings: readonly ImportWarning[]): ResumeTextParse {
  return {
    ...parse,
    work: parse.work.slice(0, IMPORT_LIST_LIMITS.work),
    education: parse.education.slice(0, IMPORT_LIST_LIMITS.education),
    skills: parse.skills
      .slice(0, IMPORT_LIST_LIMITS.candidateSkills)
      .map((s) => ({ ...s, foundAt: s.foundAt.slice(0, IMPORT_LIST_LIMITS.provenance) })),
    warnings,
  };
}

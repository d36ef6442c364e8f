import type { CandidateDraft, CandidateSkillDraft, ImportWarning } from '../../domain/drafts';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import { mergedMonths } from './day-intervals';
import { describeJsonType, isRecord, type JsonRecord } from './json-values';
import { importBasics } from './json/basics-section';
import { importDated } from './json/dated-entries';
import { importDeclaredSkills } from './json/declared-skills';
import { importEducation } from './json/education-section';
import type { ImportContext } from './json/import-context';
import { NotAResumeError } from './not-a-resume-error';
import { dayOf } from './resume-date';

export interface JsonResumeOptions {
  /** "Today": open-ended jobs run to it and education ending after it is in progress. */
  readonly now: Date;
}

export interface JsonResumeImport {
  readonly candidate: CandidateDraft;
  /** In the order the importer met them: basics, skills, work, projects, education. */
  readonly warnings: ImportWarning[];
}

const RESUME_SECTIONS = ['basics', 'work', 'education', 'skills'] as const;

function assertResume(doc: unknown): asserts doc is JsonRecord {
  if (!isRecord(doc)) {
    throw new NotAResumeError(`expected a JSON object, got ${describeJsonType(doc)}`);
  }
  if (!RESUME_SECTIONS.some((key) => doc[key] !== undefined && doc[key] !== null)) {
    const keys = Object.keys(doc).slice(0, 5);
    const seen = keys.length === 0 ? 'an empty object' : `an object with ${keys.map((k) => `"${k}"`).join(', ')}`;
    throw new NotAResumeError(`none of basics, work, education or skills is present (got ${seen})`);
  }
}

/**
 * Reads a JSON Resume (https://jsonresume.org/schema, including older variants) into a
 * candidate draft, importing whatever is sound and warning — with the JSON path — about the rest.
 *
 * Skills: every skill declared in `skills[]` (names and keywords, resolved to canonical
 * taxonomy names) plus every skill that a job's position, summary, highlights or keywords, or
 * a project's description, highlights or keywords mention. Months for a skill are the union of
 * the date intervals of the dated jobs and projects that mention it — overlapping jobs count
 * once — measured in whole months (merged days / 365.2425 * 12, rounded to nearest, see
 * `mergedMonths`). A job with no end date, or "Present", runs through `options.now`; future
 * end dates are clipped to it. A skill with no dated evidence has months null (unknown),
 * never 0. Skills are listed declared-first, then in order of first mention.
 *
 * Education: `studyType` read by `educationLevelFromStudyType`; entries whose degree maps to no
 * level are skipped with a warning (NONE would claim a fact the resume does not state).
 * COMPLETED when the end date lies wholly before `now`, else IN_PROGRESS.
 *
 * Throws NotAResumeError only when the document is no resume at all: not an object, or an
 * object with none of basics, work, education and skills. Pure and deterministic: the same
 * document, taxonomy and `now` give the same result.
 */
export function importJsonResume(doc: unknown, taxonomy: Taxonomy, options: JsonResumeOptions): JsonResumeImport {
  assertResume(doc);
  const today = dayOf(options.now);
  const ctx: ImportContext = { taxonomy, warnings: [], today, openEnd: today + 1, skills: new Map() };
  const basics = importBasics(ctx, doc);
  importDeclaredSkills(ctx, doc);
  importDated(ctx, doc, 'work');
  importDated(ctx, doc, 'projects');
  const education = importEducation(ctx, doc);
  const skills: CandidateSkillDraft[] = [];
  for (const entry of ctx.skills.values()) {
    skills.push({
      name: entry.def.name,
      months: entry.intervals.length === 0 ? null : mergedMonths(entry.intervals),
      level: entry.level,
    });
  }
  return { candidate: { ...basics, education, skills }, warnings: ctx.warnings };
}

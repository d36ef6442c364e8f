import { IMPORT_LIST_LIMITS } from '../domain/draft-limits';
import type { ImportWarning } from '../domain/drafts';
import type { ResumeTextParse } from '../parsing/resume/text';

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

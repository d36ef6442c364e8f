import type { EducationRequirementDraft, ImportWarning } from '../../domain/drafts';
import type { EducationLevel } from '../../domain/vocabulary';
import { acceptsEquivalent, degreeShortensExperience, expectsInProgress, findDegrees, lowestLevel } from './education';
import { splitByImportance } from './importance';
import type { SectionedLine } from './sections';
import { warning } from './warnings';

const DEGREE_CONTEXT =
  /\bdegree|\benrolled|\bpursuing|\bstudent|\bgraduat|\bdiploma|\bprogram|\bmajor|\bbachelor|\bmaster|\bph\.?\s?d/iu;

/**
 * The education a posting asks for: degrees under education headings (required or preferred
 * by the heading), in requirement lines (by their section, or "preferred"/"a plus" on the
 * line), and degree wording elsewhere outside the role description. When several are named,
 * the lowest required level wins, else the lowest preferred one. A degree that "or equivalent
 * experience" may replace is not required (the experience qualifies a candidate without it); it,
 * an expectation of current students and a bare "degree in ..." are reported.
 */
export function extractEducation(lines: readonly SectionedLine[]): {
  education: EducationRequirementDraft | null;
  warnings: ImportWarning[];
} {
  const required: EducationLevel[] = [];
  const preferred: EducationLevel[] = [];
  const warnings: ImportWarning[] = [];
  for (const line of lines) {
    if (line.heading) continue;
    const section = line.section;
    if (section === 'RESPONSIBILITIES' || section === 'LOCATIONS') continue;
    const underEducation = section === 'EDUCATION_REQUIRED' || section === 'EDUCATION_PREFERRED';
    if (!underEducation && section !== 'REQUIRED' && section !== 'PREFERRED' && !DEGREE_CONTEXT.test(line.text))
      continue;
    if (
      !underEducation &&
      (section === 'OTHER' || section === 'NONE') &&
      !/\b(?:degree|enrolled|pursuing|required|preferred|must|minimum|educated to)\b/iu.test(line.text)
    )
      continue;
    const base = section === 'PREFERRED' || section === 'EDUCATION_PREFERRED' ? 'PREFERRED' : 'REQUIRED';
    // "Bachelor's degree or equivalent experience": a candidate with the experience and no degree qualifies.
    const equivalent = acceptsEquivalent(line.text);
    const replaceable = equivalent || degreeShortensExperience(line.text);
    let any = false;
    for (const clause of splitByImportance(line.text, base)) {
      const degrees = findDegrees(clause.text);
      if (degrees.length === 0) continue;
      any = true;
      const level = lowestLevel(degrees.map((d) => d.level));
      if (level === null) continue;
      (clause.importance === 'REQUIRED' && !replaceable ? required : preferred).push(level);
      if (degrees.some((d) => d.assumed)) {
        warnings.push(
          warning('EDUCATION_LEVEL_ASSUMED', "a degree is asked for without a level: read as a bachelor's", line.text),
        );
      }
    }
    if (!any) continue;
    if (equivalent) {
      warnings.push(
        warning(
          'EDUCATION_EQUIVALENT_ACCEPTED',
          'the degree may be replaced by equivalent experience: read as not required',
          line.text,
        ),
      );
    }
    if (expectsInProgress(line.text)) {
      warnings.push(
        warning(
          'EDUCATION_IN_PROGRESS_EXPECTED',
          'the posting expects students currently enrolled (IN_PROGRESS) at this level',
          line.text,
        ),
      );
    }
  }
  const requiredLevel = lowestLevel(required);
  if (requiredLevel !== null) {
    const higher = preferred.filter((p) => p !== requiredLevel);
    if (higher.length > 0) {
      warnings.push(
        warning(
          'EDUCATION_HIGHER_PREFERRED',
          `${requiredLevel} is required; ${[...new Set(higher)].join(', ')} is preferred as well`,
          higher.join(', '),
        ),
      );
    }
    return { education: { level: requiredLevel, required: true }, warnings };
  }
  const preferredLevel = lowestLevel(preferred);
  return { education: preferredLevel === null ? null : { level: preferredLevel, required: false }, warnings };
}

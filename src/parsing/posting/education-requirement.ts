import type { EducationRequirementDraft, ImportWarning } from '../../domain/drafts';
import type { EducationLevel } from '../../domain/vocabulary';
import { acceptsEquivalent, degreeShortensExperience, expectsInProgress, findDegrees, lowestLevel } from './education';
import { testPattern } from './ascii-pattern';
import { splitByImportance } from './importance';
import type { SectionedLine } from './sections';
import { warning } from './warnings';

// "No degree required", "You don't need a degree": the posting asks for none.
const NO_DEGREE =
  /\bno (?:college |university |formal )?degree\b|\bdegrees? (?:is |are )?not (?:required|necessary|needed|mandatory)\b|\bwithout (?:a |any )?(?:college |university |formal )?degree\b|\b(?:don't|do not|doesn't|does not) (?:need|require) (?:a |any )?(?:college |university |formal )?degree\b/iu;
// "BA/BS degree required with a focus on Finance preferred": the degree's own word decides its importance.
const DEGREE_REQUIRED = /\b(?:degree|diploma)s?\s+(?:is\s+)?(?:required|mandatory)\b/iu;
// "Bachelor's degree, preferably in computer science": the preference is for the field, not the degree.
const PREFERRED_FIELD = /,?\s*\(?\b(?:preferably|ideally)\s+(?=in\b)/giu;

const DEGREE_CONTEXT =
  /\bdegree|\benrolled|\bpursuing|\bstudent|\bgraduat|\bdiploma|\bprogram|\bmajor|\bbachelor|\bmaster|\bph\.?\s?d/iu;

// Outside requirement and education sections a line must speak of a degree or of what is asked.
const ASKS_EDUCATION = /\b(?:degree|enrolled|pursuing|required|preferred|must|minimum|educated to)\b/iu;

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
  for (const [index, line] of lines.entries()) {
    if (line.heading) continue;
    const section = line.section;
    if (section === 'RESPONSIBILITIES' || section === 'LOCATIONS') continue;
    const underEducation = section === 'EDUCATION_REQUIRED' || section === 'EDUCATION_PREFERRED';
    if (!underEducation && section !== 'REQUIRED' && section !== 'PREFERRED' && !testPattern(DEGREE_CONTEXT, line.text))
      continue;
    if (!underEducation && (section === 'OTHER' || section === 'NONE') && !testPattern(ASKS_EDUCATION, line.text))
      continue;
    const text = line.text.replace(/[’‘`´]/gu, "'");
    if (testPattern(NO_DEGREE, text)) continue;
    const base = section === 'PREFERRED' || section === 'EDUCATION_PREFERRED' ? 'PREFERRED' : 'REQUIRED';
    // "Bachelor's degree or equivalent experience": a candidate with the experience and no degree qualifies.
    const clauses = splitByImportance(text.replace(PREFERRED_FIELD, ' '), base);
    // "Bachelor's degree. A graduate degree or equivalent experience is preferred": the equivalence offered in a
    // clause naming its own degree replaces that degree only.
    // A clause naming "the degree" without a level points back at the degree before it and owns nothing.
    const owners = clauses.filter((c) => acceptsEquivalent(c.text) && findDegrees(c.text).some((d) => !d.assumed));
    // "- Bachelor's degree in CS" then "- Or equivalent work experience": the alternative on the next line.
    const next = lines[index + 1]?.text ?? '';
    const lineEquivalent = acceptsEquivalent(text) || (/^or\b/iu.test(next) && acceptsEquivalent(next));
    const shortens = degreeShortensExperience(text);
    let equivalent = false;
    let any = false;
    for (const clause of clauses) {
      const degrees = findDegrees(clause.text);
      if (degrees.length === 0) continue;
      any = true;
      const level = lowestLevel(degrees.map((d) => d.level));
      if (level === null) continue;
      const replaced = owners.length > 0 ? owners.includes(clause) : lineEquivalent;
      equivalent = equivalent || replaced;
      const importance = testPattern(DEGREE_REQUIRED, clause.text) ? 'REQUIRED' : clause.importance;
      (importance === 'REQUIRED' && !replaced && !shortens ? required : preferred).push(level);
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

import type { EducationDraft } from '../../../domain/drafts';
import type { JsonRecord } from '../json-values';
import { parseResumeDate } from '../resume-date';
import { educationLevelFromStudyType } from '../study-type';
import { warn, type ImportContext } from './import-context';
import { readEntry, readSection, readText } from './json-fields';

/**
 * The education section: `studyType` read by `educationLevelFromStudyType` (an entry whose degree
 * maps to no level is skipped with a warning), COMPLETED when the end date lies wholly before today.
 */
export function importEducation(ctx: ImportContext, doc: JsonRecord): EducationDraft[] {
  const education: EducationDraft[] = [];
  readSection(ctx, doc, 'education').forEach((item, index) => {
    const path = `$.education[${index}]`;
    const entry = readEntry(ctx, item, path);
    if (entry === null) return;
    const studyType = readText(ctx, entry, 'studyType', path);
    const level = studyType === null ? null : educationLevelFromStudyType(studyType);
    if (level === null) {
      const message =
        studyType === null
          ? 'No studyType; the education entry is skipped'
          : `Unknown studyType "${studyType}"; the education entry is skipped`;
      warn(ctx, 'UNKNOWN_STUDY_TYPE', `${path}.studyType`, message);
      return;
    }
    const start = parseResumeDate(entry.startDate);
    if (start.kind === 'invalid')
      warn(ctx, 'INVALID_DATE', `${path}.startDate`, `Unreadable start date "${start.text}"; ignored`);
    const end = parseResumeDate(entry.endDate);
    if (end.kind === 'invalid') {
      warn(
        ctx,
        'INVALID_DATE',
        `${path}.endDate`,
        `Unreadable end date "${end.text}"; the degree is taken as in progress`,
      );
    }
    // Completed only when the whole written end date lies before today: "2025-05" read in
    // mid-May is a graduation still to come. No date, or an unreadable one, is not proof of completion.
    const completed = end.kind === 'date' && end.span.last < ctx.today;
    education.push({
      level,
      field: readText(ctx, entry, 'area', path),
      status: completed ? 'COMPLETED' : 'IN_PROGRESS',
    });
  });
  return education;
}

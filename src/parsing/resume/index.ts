export { importJsonResume, type JsonResumeImport, type JsonResumeOptions } from './import-json-resume';
export type { ResumeWarningCode } from './json/import-context';
export { NotAResumeError } from './not-a-resume-error';
export { educationLevelFromStudyType } from './study-type';
export { skillLevelFromText } from './skill-level';
export { parseResumeDate, type ResumeDate, type DaySpan } from './resume-date';
export { mergedDays, mergedMonths, DAYS_PER_MONTH, type DayInterval } from './day-intervals';

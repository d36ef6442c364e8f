export { parseResumeText } from './parse-resume-text';
export type {
  ParsedEducation,
  ParsedSkill,
  ParsedWork,
  Provenance,
  ResumeTextOptions,
  ResumeTextParse,
  ResumeTextWarningCode,
} from './resume-text-parse';
export { NotAResumeDocumentError } from './not-a-resume-document-error';
export { findDateRange, type DateRange, type MonthDate } from './date-ranges';
export type { ResumeSectionKind } from './section-headings';

export {
  parseResumeText,
  type ParsedEducation,
  type ParsedSkill,
  type ParsedWork,
  type Provenance,
  type ResumeTextOptions,
  type ResumeTextParse,
  type ResumeTextWarningCode,
} from './parse-resume-text';
export { NotAResumeDocumentError } from './not-a-resume-document-error';
export { findDateRange, type DateRange, type MonthDate } from './date-ranges';
export type { ResumeSectionKind } from './section-headings';

export { MAX_POSTING_TEXT_BYTES } from './limits';
export {
  emptyPosting,
  type ParsedPosting,
  type ParsedPostingText,
  parsePosting,
  parsePostings,
  parsePostingText,
  splitPostings,
} from './parse-posting';
export { POSTING_WARNING_CODES, type PostingWarningCode } from './warnings';
export { parseJobPostingPage } from './from-job-posting';
export { MAX_TERM_SUGGESTIONS, MAX_UNKNOWN_REQUIREMENTS, type UnknownRequirement } from './unknown-requirements';

import type { ImportWarning } from '../../domain/drafts';

/** Every warning the posting-text parser can emit, so callers can switch on a stable code. */
export const POSTING_WARNING_CODES = [
  'EMPTY_TEXT',
  'TEXT_TRUNCATED',
  'MOJIBAKE_REPAIRED',
  'DUPLICATE_BLOCK_REMOVED',
  'TRAILING_LISTINGS_DROPPED',
  'MULTIPLE_POSTINGS',
  'DUPLICATE_POSTING_REMOVED',
  'NO_TITLE',
  'NO_REQUIREMENTS',
  'CPP_REPAIRED',
  'UNKNOWN_TERM',
  'SECTION_INFERRED',
  'NOT_ASSESSABLE_UNNAMED',
  'EMPLOYMENT_TYPE_ASSUMED',
  'EDUCATION_EQUIVALENT_ACCEPTED',
  'EDUCATION_IN_PROGRESS_EXPECTED',
  'EDUCATION_LEVEL_ASSUMED',
  'EDUCATION_HIGHER_PREFERRED',
  'INTERNAL_ERROR',
  'JSON_LD_IGNORED',
] as const;
export type PostingWarningCode = (typeof POSTING_WARNING_CODES)[number];

/** Builds a warning; `at` is trimmed and shortened so one bad line cannot flood a response. */
export function warning(code: PostingWarningCode, message: string, at: string): ImportWarning {
  return { code, message, at: shorten(at.trim(), 200) };
}

/** Drops repeated warnings (same code and text), keeping the first of each. */
export function uniqueWarnings(warnings: readonly ImportWarning[]): ImportWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}\u0000${w.at.toLowerCase()}\u0000${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Cuts text to `max` characters with an ellipsis. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

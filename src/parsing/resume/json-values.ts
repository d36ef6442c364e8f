/**
 * Small readers for untrusted JSON. Imported documents come from other tools and from people,
 * so every field is checked for its type before it is used; the importers decide what a
 * mismatch means (a warning, a default), these helpers only tell what is there.
 */

/** A plain JSON object (not null, not an array). */
export type JsonRecord = Readonly<Record<string, unknown>>;

/** Whether `value` is a plain JSON object. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const INNER_WHITESPACE = /\s+/gu;
/** Whitespace that INNER_WHITESPACE would change: a run of two, or one that is not a plain space. */
const UNUSUAL_WHITESPACE = /\s\s|[^\S ]/u;

/** The trimmed text of a string with runs of whitespace made single spaces; null for blank or non-strings. */
export function cleanText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Most fields need no replacing: testing first spares a new string for each.
  const text = (UNUSUAL_WHITESPACE.test(value) ? value.replace(INNER_WHITESPACE, ' ') : value).trim();
  return text === '' ? null : text;
}

/**
 * Whether a value carries nothing: null, blank strings, empty arrays and objects whose values
 * are all blank. Resume builders leave such placeholder entries behind ("work": [{}]).
 */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  if (isRecord(value)) return Object.values(value).every(isBlank);
  return false;
}

/** A short description of a JSON value's type for messages ("an array", "a number"). */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

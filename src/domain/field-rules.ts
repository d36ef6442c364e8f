/**
 * The rules every piece of stored text obeys, wherever it comes from (the GraphQL inputs, the
 * command line, the importers): text that is only whitespace is refused rather than stored as "",
 * and control characters are refused, since a name holding ESC or CR/LF can rewrite a terminal
 * or forge a line in a report, and NUL is cut or refused differently by each database.
 */

/** A single line (names, emails, titles, labels, skill names, key names): no control character at all. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
/** Running text (a description): TAB, LF and CR are the text's own; every other control is refused. Empty is fine. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

export type TextKind = 'line' | 'text';

/** What is wrong with a piece of text, as a phrase to follow the field's name; null when nothing is. */
export function textProblem(value: string, kind: TextKind = 'line'): string | null {
  const control = (kind === 'line' ? LINE_CONTROL : TEXT_CONTROL).exec(value);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `must not contain control characters (U+${code} at position ${control.index})`;
  }
  // Running text may be empty (a posting without a description); a line that is blank says nothing.
  if (kind === 'line' && value.trim() === '') return 'must not be empty or only whitespace';
  return null;
}

/**
 * Digits and the punctuation people write phone numbers with (word processors turn a typed
 * hyphen into an en dash), and an optional extension.
 */
const PHONE_TEXT = /^\+?[\d\s()./\u2013-]+(?:\s*(?:ext\.?|x)\s*\d{1,6})?$/iu;

/**
 * What is wrong with a phone number as written, or null: the line rules, then the characters a
 * number is written with and 7 to 20 digits (E.164 allows 15; an extension adds a few). The
 * number is kept as written: it is for people to read, not to dial from here.
 */
export function phoneProblem(value: string): string | null {
  const problem = textProblem(value);
  if (problem) return problem;
  const digits = value.replace(/\D/gu, '').length;
  if (!PHONE_TEXT.test(value.trim()) || digits < 7 || digits > 20)
    return 'must be a phone number: 7 to 20 digits, with spaces, + ( ) . - – / and an optional extension ("ext. 12")';
  return null;
}

/** What is wrong with a date written YYYY-MM-DD, or null: it must be a real calendar date (2025-02-30 is not). */
export function calendarDateProblem(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value) return null;
  }
  return 'must be a date written YYYY-MM-DD';
}

/**
 * Dates as resumes write them. JSON Resume asks for ISO 8601 with optional precision
 * ("2019", "2019-11", "2019-11-04"); real files also carry "11/2019", "Nov 2019", "Present"
 * and plain mistakes. A written date covers a span of days — "2019" is all of 2019 — so a
 * start date means its first day and an end date its last day.
 *
 * Days are counted in UTC from the Unix epoch, which keeps the arithmetic exact and the
 * result independent of the machine's time zone.
 */

/** One written date: the first and last UTC day number it covers. */
export interface DaySpan {
  readonly first: number;
  readonly last: number;
}

export type ResumeDate =
  | { readonly kind: 'date'; readonly span: DaySpan }
  /** "Present", "current", "now": an open end. */
  | { readonly kind: 'present' }
  /** Absent, null or blank. */
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly text: string };

const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

// Compiled once: the importer runs on every line of a bulk import.
const ISO_DATE =
  /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/iu;
const MONTH_SLASH_YEAR = /^(\d{1,2})[/.-](\d{4})$/u;
const MONTH_NAME_YEAR = /^([a-z]+)\.?,?\s+(\d{4})$/u;
const PRESENT_WORDS = new Set(['present', 'current', 'currently', 'now', 'ongoing', 'today', 'to date', 'till date']);
const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  [
    ['jan', 'january'],
    ['feb', 'february'],
    ['mar', 'march'],
    ['apr', 'april'],
    ['may', 'may'],
    ['jun', 'june'],
    ['jul', 'july'],
    ['aug', 'august'],
    ['sep', 'september'],
    ['oct', 'october'],
    ['nov', 'november'],
    ['dec', 'december'],
  ].flatMap(([short, long], index): [string, number][] => [
    [short, index + 1],
    [long, index + 1],
    ...(short === 'sep' ? ([['sept', index + 1]] as [string, number][]) : []),
  ]),
);

/** The UTC day number of a calendar date (month 1-12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The UTC day number of an instant. */
export function dayOf(instant: Date): number {
  return Math.floor(instant.getTime() / MS_PER_DAY);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arithmetic, not a Date per call: every dated job of a bulk import asks this.
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
}

function spanOf(year: number, month: number | null, day: number | null): DaySpan | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month === null) return { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
  if (month < 1 || month > 12) return null;
  if (day === null) {
    return { first: dayNumber(year, month, 1), last: dayNumber(year, month, daysInMonth(year, month)) };
  }
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const only = dayNumber(year, month, day);
  return { first: only, last: only };
}

function parseText(text: string): DaySpan | null {
  const iso = ISO_DATE.exec(text);
  if (iso !== null) {
    return spanOf(
      Number(iso[1]),
      iso[2] === undefined ? null : Number(iso[2]),
      iso[3] === undefined ? null : Number(iso[3]),
    );
  }
  const slashed = MONTH_SLASH_YEAR.exec(text);
  if (slashed !== null) return spanOf(Number(slashed[2]), Number(slashed[1]), null);
  const named = MONTH_NAME_YEAR.exec(text);
  if (named !== null) {
    const month = MONTH_NAMES.get(named[1]);
    return month === undefined ? null : spanOf(Number(named[2]), month, null);
  }
  return null;
}

/**
 * Reads a resume date field. Accepts ISO dates of any precision (a time part is ignored),
 * "MM/YYYY", "Nov 2019" / "November 2019", a bare integer year, and words for an open end
 * ("Present"). Impossible dates ("2019-13-45", "2019-02-30") and years outside 1900-2100
 * are invalid rather than guessed at.
 */
export function parseResumeDate(value: unknown): ResumeDate {
  if (value === null || value === undefined) return { kind: 'missing' };
  if (typeof value === 'number') {
    const span = Number.isInteger(value) ? spanOf(value, null, null) : null;
    return span === null ? { kind: 'invalid', text: String(value) } : { kind: 'date', span };
  }
  if (typeof value !== 'string') return { kind: 'invalid', text: JSON.stringify(value) ?? String(value) };
  const text = value.trim().toLowerCase();
  if (text === '') return { kind: 'missing' };
  if (PRESENT_WORDS.has(text)) return { kind: 'present' };
  const span = parseText(text);
  return span === null ? { kind: 'invalid', text: value.trim() } : { kind: 'date', span };
}

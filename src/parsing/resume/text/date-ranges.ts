import { dayNumber } from '../resume-date';

/**
 * Date ranges as résumés write them: "Jan 2020 – Present", "January 2019 - March 2021",
 * "2018–2020", "03/2017 - 11/2019", "Summer 2022", "2021 – now", "Sep. 2020 to Aug. 2022",
 * "2019-03 – 2020-01", "since 2020". A written date covers a span (a year is all of its months,
 * a season its three), so a range runs from the first day of its start to the last day of its end.
 */

export interface MonthDate {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
}

export interface DateRange {
  readonly start: MonthDate;
  /** The last month covered; null when the range is open ("Present"). */
  readonly end: MonthDate | null;
  /** Where the range sits in its line, to cut it out of a title. */
  readonly index: number;
  readonly length: number;
  /** The range as written. */
  readonly text: string;
  /** The same span in later years, written after it: "Summer 2012 and 2013" is two summers. */
  /** The further ranges written after it: "2015 - 2017, 2022 - Present" is two spells of one job (end null: open). */
  readonly repeats?: readonly { readonly start: MonthDate; readonly end: MonthDate | null }[];
}

const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
  // French, as a French résumé writes its dates ("sept. 2017 - juin 2022", "août 2015").
  ['janv', 1],
  ['janvier', 1],
  ['fév', 2],
  ['févr', 2],
  ['février', 2],
  ['fev', 2],
  ['fevr', 2],
  ['fevrier', 2],
  ['mars', 3],
  ['avr', 4],
  ['avril', 4],
  ['mai', 5],
  ['juin', 6],
  ['juil', 7],
  ['juillet', 7],
  ['août', 8],
  ['aout', 8],
  ['septembre', 9],
  ['octobre', 10],
  ['novembre', 11],
  ['déc', 12],
  ['décembre', 12],
]);

// First and last month of each season (northern hemisphere, as résumés in English mean it).
const SEASONS: ReadonlyMap<string, readonly [number, number, number]> = new Map([
  ['spring', [3, 5, 0]],
  ['summer', [6, 8, 0]],
  ['fall', [9, 11, 0]],
  ['autumn', [9, 11, 0]],
  // Winter 2022 is December 2022 to February 2023.
  ['winter', [12, 2, 1]],
]);

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?' +
  '|janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|septembre|octobre|novembre|d[ée]c(?:embre)?)';
const YEAR = '(?:19[5-9]\\d|20\\d\\d)';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
// "2023 Mar.": a year before its month, as some templates set dates (Typst's vantage).
const YEAR_MONTH = `${YEAR}\\s+${MONTH}\\.?(?![\\p{L}])(?!\\s*['’‘]?\\d)`;
const DATE = `(?:${MONTH}\\.?,?\\s*'?${YEAR}|${YEAR_MONTH}|${SEASON},?\\s+${YEAR}|(?:0?[1-9]|1[0-2])\\s*[/.]\\s*${YEAR}|${YEAR}\\s*[-/.]\\s*(?:0[1-9]|1[0-2])(?![\\d])|${YEAR})`;
// French "aujourd'hui", "présent", "en cours", Portuguese "atual" end a range as "present" does.
const OPEN =
  "(?:present|current(?:ly)?|now|today|ongoing|to date|till date|date|till now|aujourd['’]hui|présent|en cours|actuel(?:lement)?|atual(?:mente)?)";
// A minus sign or figure dash between two dates is the range's dash ("Sep. 2017 − Aug. 2022", LaTeX math mode).
const SEP = '\\s*(?:[-–—~\u2012\u2015\u2212]+|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\bthru\\b)\\s*';

/** A written date and an open end ("Present"), as pattern sources for layouts that split a range. */
export const DATE_PATTERN = DATE;
export const OPEN_PATTERN = OPEN;

const RANGE = new RegExp(`(?<![\\p{L}\\d])(${DATE})${SEP}(${DATE}|${OPEN})(?![\\p{L}\\d])`, 'giu');
// Two month dates side by side are a range whose dash the PDF's font did not map to text
// ("Sep. 2023 Mar. 2024").
const MONTH_DATE = `${MONTH}\\.?,?\\s*'?${YEAR}`;
const ADJACENT = new RegExp(`(?<![\\p{L}\\d])(${MONTH_DATE})\\s+(${MONTH_DATE})(?![\\p{L}\\d])`, 'giu');
// "2015 - 2017, 2022 - aujourd'hui": a second range after a comma or "and" is the same entry's.
const FURTHER_RANGE = new RegExp(
  `^\\s*(?:[,;&]|\\band\\b|\\bet\\b)\\s*(${DATE})${SEP}(${DATE}|${OPEN})(?![\\p{L}\\d])`,
  'iu',
);
const SINCE = new RegExp(`(?<![\\p{L}\\d])(?:since|from)\\s+(${DATE})(?![\\p{L}\\d])`, 'giu');
// A lone month or season date ("Summer 2022", "Jun 2021") is a short stint; a lone year is not
// read as a range (a year alone is as often a graduation or an award).
const SINGLE = new RegExp(`(?<![\\p{L}\\d])(${MONTH}\\.?,?\\s*'?${YEAR}|${SEASON},?\\s+${YEAR})(?![\\p{L}\\d])`, 'giu');
// "Summer 2012 and 2013", "June 2019, 2020 and 2021": the same month or season in later years.
const REPEATED_YEARS = new RegExp(`^(?:\\s*(?:,|and|&)\\s*${YEAR})+(?![\\p{L}\\d])`, 'iu');
// "Sep 15 - NOW", "Jan 15 - Sep 15", "Sep’19 - Jan’24", "02/18-01/19": a month with a two-digit
// year, read only in a range of two such dates or to an open end, where a day of the month would
// make no range; a month in figures has its two digits, where a fraction ("9/10") has one.
const SHORT_DATE = `(?:${MONTH}\\.?\\s*['’‘]?\\d\\d|(?:0[1-9]|1[0-2])/\\d\\d)`;
const SHORT_RANGE = new RegExp(`(?<![\\p{L}\\d/])(${SHORT_DATE})${SEP}(${SHORT_DATE}|${OPEN})(?![\\p{L}\\d/])`, 'giu');
// "2011 / 11", "11/2011": a month written in figures alone, a short stint like "Nov 2011".
const NUMERIC_MONTH = `(?:0?[1-9]|1[0-2])\\s*/\\s*${YEAR}|${YEAR}\\s*/\\s*(?:0[1-9]|1[0-2])(?!\\d)`;
const NUMERIC_SINGLE = new RegExp(`(?<![\\p{L}\\d/.])(${NUMERIC_MONTH})(?![\\p{L}\\d/.])`, 'gu');
const ANY_DATE = new RegExp(`(?<![\\p{L}\\d])(${DATE})(?![\\p{L}\\d])`, 'giu');

interface Span {
  readonly first: MonthDate;
  readonly last: MonthDate;
}

function spanOf(text: string): Span | null {
  const t = text
    .toLowerCase()
    .replace(/[.,'’‘]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  let m = /^(\p{L}+) (\d{4})$/u.exec(t) ?? /^(\p{L}+)(\d{4})$/u.exec(t);
  if (m !== null) {
    const year = Number(m[2]);
    const month = MONTH_WORDS.get(m[1]);
    if (month !== undefined) return { first: { year, month }, last: { year, month } };
    const season = SEASONS.get(m[1]);
    if (season !== undefined) {
      return { first: { year, month: season[0] }, last: { year: year + season[2], month: season[1] } };
    }
    return null;
  }
  m = /^(\d{4}) (\p{L}+)$/u.exec(t);
  const yearFirst = m === null ? undefined : MONTH_WORDS.get(m[2]);
  if (m !== null && yearFirst !== undefined) {
    const year = Number(m[1]);
    return { first: { year, month: yearFirst }, last: { year, month: yearFirst } };
  }
  m = /^(\d{1,2}) ?[/] ?(\d{4})$/u.exec(t) ?? /^(\d{1,2}) (\d{4})$/u.exec(t);
  if (m !== null) {
    const month = Number(m[1]);
    return { first: { year: Number(m[2]), month }, last: { year: Number(m[2]), month } };
  }
  m = /^(\d{4}) ?[-/ ] ?(\d{1,2})$/u.exec(t);
  if (m !== null) {
    const month = Number(m[2]);
    return { first: { year: Number(m[1]), month }, last: { year: Number(m[1]), month } };
  }
  m = /^([a-z]+) ?(\d{2})$/u.exec(t) ?? /^(\d{1,2})\/(\d{2})$/u.exec(t);
  const month = m === null ? undefined : (MONTH_WORDS.get(m[1]) ?? (/^\d/u.test(m[1]) ? Number(m[1]) : undefined));
  if (m !== null && month !== undefined) {
    const yy = Number(m[2]);
    const year = yy > 50 ? 1900 + yy : 2000 + yy;
    return { first: { year, month }, last: { year, month } };
  }
  m = /^(\d{4})$/u.exec(t);
  if (m !== null) return { first: { year: Number(m[1]), month: 1 }, last: { year: Number(m[1]), month: 12 } };
  return null;
}

function monthIndex(d: MonthDate): number {
  return d.year * 12 + d.month - 1;
}

/**
 * The first date range in a line (a span from start to end, "Present" leaving the end open), or
 * null. A lone month or season ("Summer 2022") is a range of itself; a lone year is not.
 */
export function findDateRange(text: string): DateRange | null {
  for (const [pattern, kind] of [
    [RANGE, 'range'],
    [ADJACENT, 'range'],
    [SHORT_RANGE, 'range'],
    [SINCE, 'since'],
    [SINGLE, 'single'],
    [NUMERIC_SINGLE, 'single'],
  ] as const) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (m === null) continue;
    const start = spanOf(m[1]);
    if (start === null) continue;
    let end: MonthDate | null;
    if (kind === 'range') {
      const endSpan = spanOf(m[2]);
      end = endSpan === null ? null : endSpan.last;
    } else end = kind === 'since' ? null : start.last;
    if (pattern === RANGE) {
      const repeats: { start: MonthDate; end: MonthDate | null }[] = [];
      let at = m.index + m[0].length;
      for (let more = FURTHER_RANGE.exec(text.slice(at)); more !== null; more = FURTHER_RANGE.exec(text.slice(at))) {
        const from = spanOf(more[1]);
        if (from === null) break;
        repeats.push({ start: from.first, end: spanOf(more[2])?.last ?? null });
        at += more[0].length;
      }
      if (repeats.length > 0) {
        const written = text.slice(m.index, at);
        return { start: start.first, end, index: m.index, length: written.length, text: written, repeats };
      }
    }
    if (kind === 'single') {
      const more = REPEATED_YEARS.exec(text.slice(m.index + m[0].length));
      if (more !== null) {
        const repeats = more[0].match(/\d{4}/gu)!.map((y) => {
          const shift = Number(y) - start.first.year;
          return {
            start: { ...start.first, year: start.first.year + shift },
            end: { ...start.last, year: start.last.year + shift },
          };
        });
        const written = m[0] + more[0];
        return { start: start.first, end, index: m.index, length: written.length, text: written, repeats };
      }
    }
    return { start: start.first, end, index: m.index, length: m[0].length, text: m[0] };
  }
  return null;
}

const LONE_YEAR = new RegExp(`(?<![\\p{L}\\d./-])(${YEAR})(?![\\p{L}\\d./-])`, 'u');

/** A year written alone ("Custom Operating System  2002") as the range of its twelve months, or null. */
export function findLoneYear(text: string): DateRange | null {
  const m = LONE_YEAR.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  return { start: { year, month: 1 }, end: { year, month: 12 }, index: m.index, length: m[0].length, text: m[0] };
}

/** Every date written in a line, as spans (for education years and "expected" graduations). */
export function datesIn(text: string): { first: MonthDate; last: MonthDate }[] {
  const out: Span[] = [];
  ANY_DATE.lastIndex = 0;
  for (let m = ANY_DATE.exec(text); m !== null; m = ANY_DATE.exec(text)) {
    const span = spanOf(m[1]);
    if (span !== null) out.push(span);
  }
  return out;
}

/** Whether a range ends before it starts. */
export function isBackwards(range: DateRange): boolean {
  return range.end !== null && monthIndex(range.end) < monthIndex(range.start);
}

/** The UTC day number of a month's first day. */
export function firstDay(d: MonthDate): number {
  return dayNumber(d.year, d.month, 1);
}

/** The UTC day number just after a month's last day (an exclusive end). */
export function dayAfter(d: MonthDate): number {
  return d.month === 12 ? dayNumber(d.year + 1, 1, 1) : dayNumber(d.year, d.month + 1, 1);
}

/** "2020-01" */
export function formatMonth(d: MonthDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}`;
}

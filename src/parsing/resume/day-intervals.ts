/**
 * Experience as time: each dated job or project that names a skill contributes the days it
 * ran. Two jobs held at once both naming TypeScript still give one stretch of TypeScript, so
 * the days are merged before they are counted.
 */

/** Half-open interval of UTC day numbers: `start` inclusive, `end` exclusive. */
export interface DayInterval {
  readonly start: number;
  readonly end: number;
}

/** The mean Gregorian month, 365.2425 / 12 days. */
export const DAYS_PER_MONTH = 365.2425 / 12;

/** Total days covered by the union of the intervals; overlaps and duplicates count once. */
export function mergedDays(intervals: readonly DayInterval[]): number {
  if (intervals.length === 0) return 0;
  if (intervals.length === 1) return Math.max(0, intervals[0].end - intervals[0].start);
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  let total = 0;
  let runStart = sorted[0].start;
  let runEnd = sorted[0].end;
  for (let i = 1; i < sorted.length; i++) {
    const next = sorted[i];
    if (next.start <= runEnd) {
      if (next.end > runEnd) runEnd = next.end;
    } else {
      total += runEnd - runStart;
      runStart = next.start;
      runEnd = next.end;
    }
  }
  return total + (runEnd - runStart);
}

/**
 * Whole months of experience in the union of the intervals: merged days divided by the mean
 * month, rounded to the nearest whole month (halves up). Whole-month spans come out exact
 * ("2019-01" to "2019-06" is 181 days, 6 months; "2019" to "2019" is 12), and a job of a
 * fortnight or less rounds to 0 — known, but negligible, which is not the same as unknown.
 */
export function mergedMonths(intervals: readonly DayInterval[]): number {
  return Math.round(mergedDays(intervals) / DAYS_PER_MONTH);
}

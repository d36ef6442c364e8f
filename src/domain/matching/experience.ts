import { MAX_MONTHS, UNKNOWN_MONTHS_FACTOR } from './matching-defaults';

/**
 * Months as the model counts them: whole months in 0..MAX_MONTHS, or null when unknown. Both the
 * explainable matcher and the compiled index go through this, so they read the same number.
 */
export function normalizeMonths(months: number | null | undefined): number | null {
  if (months === null || months === undefined || Number.isNaN(months)) return null;
  if (months <= 0) return 0;
  if (months >= MAX_MONTHS) return MAX_MONTHS;
  return Math.round(months);
}

/** A group's minMonths, or null when the group sets no (positive) experience bar. */
export function effectiveMinMonths(minMonths: number | null | undefined): number | null {
  return minMonths !== null && minMonths !== undefined && minMonths > 0 ? minMonths : null;
}

/**
 * How much of a coverage's base credit survives the experience bar: 1 without a bar, the fraction
 * of the bar reached when months are known, and a partial factor when they are unknown (unknown is
 * not zero).
 */
export function experienceFactor(months: number | null, minMonths: number | null): number {
  if (minMonths === null) return 1;
  if (months === null) return UNKNOWN_MONTHS_FACTOR;
  return Math.min(1, months / minMonths);
}

/** Credit of one coverage after the experience factor; the single formula both matchers share. */
export function coverageCredit(baseCredit: number, months: number | null, minMonths: number | null): number {
  return baseCredit * experienceFactor(months, minMonths);
}

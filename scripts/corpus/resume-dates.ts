import { pick, type Random } from '../../src/domain/synthetic/prng';

/** Index of the current month (December 2026, year * 12 + month - 1), not covered by open jobs' label months. */
export const NOW_MONTH = 2026 * 12 + 11;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const short = (m: number) => MONTHS[m % 12].slice(0, 3);
const year = (m: number) => Math.floor(m / 12);

export type DateStyle = 'mon' | 'month' | 'year' | 'slash' | 'now' | 'dot-to' | 'iso';
export const DATE_STYLES: readonly DateStyle[] = ['mon', 'month', 'year', 'slash', 'now', 'dot-to', 'iso'];

/** Writes a range in one of the issue's forms; returns the span it covers as written. */
export function writeRange(
  random: Random,
  from: number,
  to: number | null,
  style: DateStyle,
): { text: string; from: number; to: number | null } {
  const dash = pick(random, [' – ', ' - ', '–', ' — ']);
  switch (style) {
    case 'mon':
      return {
        text: `${short(from)} ${year(from)}${dash}${to === null ? 'Present' : `${short(to)} ${year(to)}`}`,
        from,
        to,
      };
    case 'month':
      return {
        text: `${MONTHS[from % 12]} ${year(from)}${dash}${to === null ? 'Present' : `${MONTHS[to % 12]} ${year(to)}`}`,
        from,
        to,
      };
    case 'year': {
      const f = year(from) * 12;
      const t = to === null ? null : year(to) * 12 + 11;
      return {
        text: `${year(from)}${dash}${to === null ? 'Present' : year(to)}`,
        from: f,
        to: t === null ? null : Math.min(t, NOW_MONTH - 1),
      };
    }
    case 'slash': {
      const mm = (m: number) => String((m % 12) + 1).padStart(2, '0');
      return { text: `${mm(from)}/${year(from)}${dash}${to === null ? 'Current' : `${mm(to)}/${year(to)}`}`, from, to };
    }
    case 'now':
      return {
        text: `${short(from)} ${year(from)}${dash}${to === null ? 'now' : `${short(to)} ${year(to)}`}`,
        from,
        to,
      };
    case 'dot-to': {
      const dot = (m: number) => (short(m) === 'May' ? 'May' : `${short(m)}.`);
      return { text: `${dot(from)} ${year(from)} to ${to === null ? 'Present' : `${dot(to)} ${year(to)}`}`, from, to };
    }
    case 'iso': {
      const iso = (m: number) => `${year(m)}-${String((m % 12) + 1).padStart(2, '0')}`;
      return { text: `${iso(from)}${dash}${to === null ? 'present' : iso(to)}`, from, to };
    }
  }
}

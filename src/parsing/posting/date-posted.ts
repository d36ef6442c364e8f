import type { SectionedLine } from './sections';

/** "Posted on 2025-01-10", "Date posted: January 10, 2025" as an ISO date; null when absent or invalid. */
export function findDatePosted(lines: readonly SectionedLine[]): string | null {
  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  for (const line of lines) {
    if (!/\bposted\b|\bdate\b/iu.test(line.text)) continue;
    const iso = /\b(20\d\d)-(\d\d)-(\d\d)\b/u.exec(line.text);
    const named = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(20\d\d)\b/iu.exec(
      line.text,
    );
    let y: number | null = null;
    let mo = 0;
    let d = 0;
    if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else if (named) [y, mo, d] = [Number(named[3]), MONTHS.indexOf(named[1].toLowerCase()) + 1, Number(named[2])];
    if (y === null) continue;
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) {
      return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  return null;
}

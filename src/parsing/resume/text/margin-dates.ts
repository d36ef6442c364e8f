import { DATE_PATTERN, OPEN_PATTERN } from './date-ranges';
import type { ResumeLine } from './text-lines';

// moderncv-style layouts set the dates in a narrow margin column, where a range wraps: "2017 –"
// lands at the head of the title's line and "Present" (or the end date) at the head of the next.
const DANGLING = new RegExp(
  `^(${DATE_PATTERN})\\s*[-–—]+\\s+(?!(?:${DATE_PATTERN}|${OPEN_PATTERN})(?![\\p{L}\\d]))(\\S.*)$`,
  'iu',
);
const HEAD = new RegExp(`^(${DATE_PATTERN}|${OPEN_PATTERN})(?![\\p{L}\\d])[,.]?\\s*(.*)$`, 'iu');

/**
 * Puts a date range wrapped across two lines by a margin column back together: "2017 – Product
 * Manager, Google" over "Present Leading teams…" becomes "2017 – Present  Product Manager,
 * Google" over "Leading teams…", so the range is read whole and the entry keeps its lines.
 */
export function rejoinMarginDates(lines: readonly ResumeLine[]): ResumeLine[] {
  const out: ResumeLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const dangling = DANGLING.exec(lines[i].text);
    const head = dangling !== null && i + 1 < lines.length ? HEAD.exec(lines[i + 1].text) : null;
    if (dangling === null || head === null) {
      out.push(lines[i]);
      continue;
    }
    out.push({ ...lines[i], text: `${dangling[1]} – ${head[1]}  ${dangling[2]}` });
    if (head[2].trim() !== '') out.push({ ...lines[i + 1], text: head[2].trim() });
    i++;
  }
  return out;
}

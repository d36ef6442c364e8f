import { knownHeadingKind } from './headings';
import { looksLikeLocation } from './locations-pattern';
import type { TextLine } from './text-line';

const COMPANY_LINE = /^\S.{0,60}\s[-–—]$|^\S.{0,60}[-–—]$/u;
const NOISE_LINE =
  /^(?:\$[\d,.]+k?.*|posted .*|\d+\+?\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago|easy apply|apply(?: now)?|new|promoted|actively (?:recruiting|hiring)|be an early applicant|full[- ]time|part[- ]time|contract|internship|remote|hybrid|on[- ]site|save|share)$/iu;
const LISTINGS_HEADING =
  /^(?:similar jobs|more jobs(?: like this| from .*)?|people also viewed|jobs you may (?:be interested in|like)|recommended jobs|related jobs|other jobs|explore more jobs|see more jobs)\s*:?$/iu;

function isRequirementsHeading(text: string): boolean {
  const kind = text.length > 90 ? null : knownHeadingKind(text);
  return kind === 'REQUIRED' || kind === 'PREFERRED';
}

function isTitleLine(line: TextLine): boolean {
  const t = line.text;
  return (
    t.length <= 100 && !/[.!?]$/u.test(t) && !COMPANY_LINE.test(t) && !looksLikeLocation(t) && /[A-Za-z]{2}/u.test(t)
  );
}

/**
 * Drops other jobs' listings pasted after a posting: from the end, repeated blocks of a title
 * line, a "Company -" line and a location line ("Entry Level Back End Developer 2026 / IBM - /
 * Poughkeepsie, AR"), with listing noise between them (salaries, "3 days ago", "Easy Apply");
 * also everything under a "Similar jobs" style heading. Returns the kept lines and the dropped ones.
 */
export function dropTrailingListings(lines: readonly TextLine[]): { lines: TextLine[]; dropped: TextLine[] } {
  let end = lines.length;
  let blocks = 0;
  for (;;) {
    let e = end;
    while (e > 0 && NOISE_LINE.test(lines[e - 1].text)) e--;
    if (
      e >= 3 &&
      looksLikeLocation(lines[e - 1].text) &&
      COMPANY_LINE.test(lines[e - 2].text) &&
      isTitleLine(lines[e - 3])
    ) {
      end = e - 3;
      blocks++;
      continue;
    }
    if (e >= 2 && /^\S.{0,60}\s[-–—·|]\s+\S.{0,40}$/u.test(lines[e - 1].text) && isTitleLine(lines[e - 2])) {
      // "Upfluence - Lyon, MS" on one line under the title.
      const place = lines[e - 1].text.split(/\s[-–—·|]\s+/u).pop() ?? '';
      if (blocks > 0 && looksLikeLocation(place)) {
        end = e - 2;
        blocks++;
        continue;
      }
    }
    break;
  }
  // A page printed with its sidebar of other jobs beside the text puts "Similar Jobs" among the posting's own
  // lines: when a requirements heading comes after it, the posting goes on and only the heading is noise.
  let lastRequirementsHeading = -1;
  for (let i = end - 1; i >= 0 && lastRequirementsHeading < 0; i--)
    if (isRequirementsHeading(lines[i].text)) lastRequirementsHeading = i;
  for (let i = 0; i < end; i++) {
    if (LISTINGS_HEADING.test(lines[i].text) && i > 0) {
      if (i < lastRequirementsHeading) continue;
      end = i;
      blocks++;
      break;
    }
  }
  if (blocks === 0) return { lines: [...lines], dropped: [] };
  return { lines: lines.slice(0, end), dropped: lines.slice(end) };
}

import { classifyHeading, knownHeadingKind, type SectionKind } from './headings';
import { looksLikeJobTitle } from './job-title-pattern';
import type { TextLine } from './text-line';

function lineKey(line: TextLine): string {
  return line.text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/**
 * A known requirements heading opens a requirements section wherever it stands (its kind does
 * not depend on the section before it), so whether a run of lines holds one is a lookup.
 */
function opensRequirements(line: TextLine): boolean {
  const known = knownHeadingKind(line.text);
  if (known !== 'REQUIRED' && known !== 'PREFERRED') return false;
  return classifyHeading(line.text, { bullet: line.bullet, marked: line.marked, current: null }) === known;
}

/** For each index, the first index at or after it where `test` holds (lines.length when none). */
function nextWhere(lines: readonly TextLine[], test: (line: TextLine) => boolean): number[] {
  const next = new Array<number>(lines.length + 1).fill(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) next[i] = test(lines[i]) ? i : next[i + 1];
  return next;
}

/**
 * Splits the lines of text that holds several postings pasted one after another. A posting
 * starts at a job-title line (or after a horizontal rule) when the text before it already
 * had a requirements heading and the text after it has its own. Parts that are the same text
 * twice (a posting pasted twice) are reported through `duplicates` and kept once.
 */
export function splitPostingLines(lines: readonly TextLine[]): { parts: TextLine[][]; duplicates: number } {
  const starts: number[] = [0];
  // Precomputed so that each candidate boundary is checked in constant time: linear on any text.
  const nextRequirements = nextWhere(lines, opensRequirements);
  const nextSeparator = nextWhere(lines, (line) => line.separatorBefore);
  let seenRequirements = false;
  let current: SectionKind | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const kind = classifyHeading(line.text, { bullet: line.bullet, marked: line.marked, current });
    const boundary =
      i > starts[starts.length - 1] + 3 &&
      seenRequirements &&
      !line.bullet &&
      // "SPECIALIST SKILLS / EXPERTISE" names a job noun but opens the requirements of the same posting.
      kind !== 'REQUIRED' &&
      kind !== 'PREFERRED' &&
      (line.separatorBefore ||
        (looksLikeJobTitle(line.text.replace(/^(?:job|posting|role)\s*\d+\s*[:.)-]\s*/iu, '')) &&
          !isLeadIn(line.text) &&
          knownHeadingKind(line.text) === null &&
          (line.blankBefore || line.marked || i === 0)));
    // An Indeed page's summary and its "Full Job Description" name the same job ("Position: Junior Developer"):
    // one posting.
    if (boundary && sameTitle(lines, starts[starts.length - 1], i)) continue;
    if (boundary) {
      // The next candidate is the next rule at least four lines on; the part up to it needs a requirements heading.
      const next = i + 5 <= lines.length ? nextSeparator[i + 5] : lines.length;
      if (nextRequirements[i] < next && opensPosting(lines, i)) {
        starts.push(i);
        seenRequirements = false;
        current = null;
        continue;
      }
    }
    if (kind !== null) {
      current = kind;
      if ((kind === 'REQUIRED' || kind === 'PREFERRED') && knownHeadingKind(line.text) !== null)
        seenRequirements = true;
    }
  }
  const parts = starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length));
  const unique: TextLine[][] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const part of parts) {
    const key = part.map(lineKey).join('\n');
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    unique.push(part);
  }
  return { parts: unique, duplicates };
}

/**
 * "The engineer should be willing to work in the following shifts:": a sentence leading a list in names a job
 * noun but is no title, so it opens no posting.
 */
function isLeadIn(text: string): boolean {
  return /:\s*$/u.test(text) && text.trim().split(/\s+/u).length >= 5;
}

/** A posting opens with a title line, optionally after a rule, with a heading or prose soon after. */
function opensPosting(lines: readonly TextLine[], i: number): boolean {
  const first = lines[i].text.replace(/^(?:job|posting|role)\s*\d+\s*[:.)-]\s*/iu, '');
  if (looksLikeJobTitle(first)) return true;
  return lines.slice(i, i + 3).some((l) => looksLikeJobTitle(l.text));
}

const TITLE_LABEL = /^(?:job title|position title|position|title|role|job)\s*[:\-–]\s*/iu;
const titleKey = (text: string): string =>
  text
    .replace(TITLE_LABEL, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();

/**
 * Whether a candidate title line names the same job as the title line that opened the current part,
 * and goes on differently: a posting pasted twice repeats the lines after its title too, and is split
 * (then kept once).
 */
function sameTitle(lines: readonly TextLine[], start: number, i: number): boolean {
  const key = titleKey(lines[i].text);
  if (key === '') return false;
  const opening = lines.slice(start, start + 5).findIndex((l) => looksLikeJobTitle(l.text) && titleKey(l.text) === key);
  if (opening < 0) return false;
  const after = lines[start + opening + 1];
  return after === undefined || lines[i + 1] === undefined || lineKey(after) !== lineKey(lines[i + 1]);
}

import { classifyHeading, knownHeadingKind, type SectionKind } from './headings';
import { looksLikeJobTitle } from './job-title-pattern';
import type { TextLine } from './text-line';

function lineKey(line: TextLine): string {
  return line.text.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim();
}

/** Kinds of the known headings in a run of lines. */
function headingKinds(lines: readonly TextLine[]): SectionKind[] {
  const kinds: SectionKind[] = [];
  let current: SectionKind | null = null;
  for (const line of lines) {
    const kind = classifyHeading(line.text, { bullet: line.bullet, marked: line.marked, current });
    if (kind !== null) {
      current = kind;
      if (knownHeadingKind(line.text) !== null || kind === 'RESPONSIBILITIES') kinds.push(kind);
    }
  }
  return kinds;
}

function hasRequirements(lines: readonly TextLine[]): boolean {
  return headingKinds(lines).some((k) => k === 'REQUIRED' || k === 'PREFERRED');
}

/**
 * Splits the lines of text that holds several postings pasted one after another. A posting
 * starts at a job-title line (or after a horizontal rule) when the text before it already
 * had a requirements heading and the text after it has its own. Parts that are the same text
 * twice (a posting pasted twice) are reported through `duplicates` and kept once.
 */
export function splitPostingLines(lines: readonly TextLine[]): { parts: TextLine[][]; duplicates: number } {
  const starts: number[] = [0];
  let seenRequirements = false;
  let current: SectionKind | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const kind = classifyHeading(line.text, { bullet: line.bullet, marked: line.marked, current });
    const boundary =
      i > starts[starts.length - 1] + 3 &&
      seenRequirements &&
      !line.bullet &&
      (line.separatorBefore || (looksLikeJobTitle(line.text.replace(/^(?:job|posting|role)\s*\d+\s*[:.)-]\s*/iu, '')) && knownHeadingKind(line.text) === null && (line.blankBefore || line.marked || i === 0)));
    if (boundary) {
      const next = nextBoundaryCandidate(lines, i + 1);
      if (hasRequirements(lines.slice(i, next)) && opensPosting(lines, i)) {
        starts.push(i);
        seenRequirements = false;
        current = null;
        continue;
      }
    }
    if (kind !== null) {
      current = kind;
      if ((kind === 'REQUIRED' || kind === 'PREFERRED') && knownHeadingKind(line.text) !== null) seenRequirements = true;
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

/** A posting opens with a title line, optionally after a rule, with a heading or prose soon after. */
function opensPosting(lines: readonly TextLine[], i: number): boolean {
  const first = lines[i].text.replace(/^(?:job|posting|role)\s*\d+\s*[:.)-]\s*/iu, '');
  if (looksLikeJobTitle(first)) return true;
  return lines.slice(i, i + 3).some((l) => looksLikeJobTitle(l.text));
}

function nextBoundaryCandidate(lines: readonly TextLine[], from: number): number {
  for (let j = from; j < lines.length; j++) {
    if (lines[j].separatorBefore && j > from + 3) return j;
  }
  return lines.length;
}

import { classifyHeading, type SectionKind } from './headings';
import type { TextLine } from './text-line';

/** A block of lines dropped because it repeated earlier text. */
export interface RemovedBlock {
  readonly firstLine: string;
  readonly lines: number;
}

const MAX_CANDIDATES = 16;
const MIN_BLOCK_LINES = 4;
const MIN_BLOCK_CHARS = 120;
const MIN_SHORT_BLOCK_LINES = 3;
const MIN_SHORT_BLOCK_CHARS = 160;
const MIN_PARAGRAPH_CHARS = 300;
const MAX_RUN = 5000;

function lineKey(line: TextLine): string {
  return line.text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/**
 * Removes blocks of lines that repeat earlier text: a pasted description that appears twice,
 * or a long paragraph pasted again. A block counts when it is four lines and 120 characters
 * long, three lines and 160 characters, or one paragraph of 300 characters. A short list repeated under a different
 * heading (the same skills required and preferred) is content, not a duplicate, and is kept.
 * Runs in near-linear time: each line is compared with at most a few earlier occurrences.
 */
export function removeRepeatedBlocks(lines: readonly TextLine[]): { lines: TextLine[]; removed: RemovedBlock[] } {
  const keys = lines.map(lineKey);
  const kept: number[] = [];
  const positions = new Map<string, number[]>();
  const removed: RemovedBlock[] = [];
  const headingKinds = headingsOf(lines);
  const before = headingsBefore(headingKinds);
  let i = 0;
  const keep = (index: number): void => {
    const list = positions.get(keys[index]) ?? [];
    if (list.length < MAX_CANDIDATES) list.push(kept.length);
    positions.set(keys[index], list);
    kept.push(index);
  };
  while (i < lines.length) {
    const key = keys[i];
    let bestLength = 0;
    let bestChars = 0;
    let bestStart = -1;
    for (const start of key === '' ? [] : (positions.get(key) ?? [])) {
      let length = 0;
      let chars = 0;
      while (
        length < MAX_RUN &&
        start + length < kept.length &&
        i + length < lines.length &&
        keys[kept[start + length]] === keys[i + length] &&
        keys[i + length] !== ''
      ) {
        chars += lines[i + length].text.length;
        length++;
      }
      if (chars > bestChars) {
        bestLength = length;
        bestChars = chars;
        bestStart = start;
      }
    }
    const isBlock =
      (bestLength >= MIN_BLOCK_LINES && bestChars >= MIN_BLOCK_CHARS) ||
      (bestLength >= MIN_SHORT_BLOCK_LINES && bestChars >= MIN_SHORT_BLOCK_CHARS) ||
      bestChars >= MIN_PARAGRAPH_CHARS;
    if (!isBlock) {
      keep(i);
      i++;
    } else if (isListUnderOtherHeading(headingKinds, before, kept, bestStart, i, bestLength)) {
      // The same list under another heading: keep all of it now so it is not re-examined line by line.
      for (let k = 0; k < bestLength; k++) keep(i + k);
      i += bestLength;
    } else {
      removed.push({ firstLine: lines[i].text, lines: bestLength });
      i += bestLength;
    }
  }
  return { lines: kept.map((k) => lines[k]), removed };
}

/** For each line, the kind of the heading it is (null for content lines). */
function headingsOf(lines: readonly TextLine[]): (SectionKind | null)[] {
  let current: SectionKind | null = null;
  return lines.map((line) => {
    const kind = classifyHeading(line.text, { bullet: line.bullet, marked: line.marked, current });
    if (kind !== null) current = kind;
    return kind;
  });
}

/** For each line, the kind of the nearest heading above it (null before the first heading). */
function headingsBefore(kinds: readonly (SectionKind | null)[]): (SectionKind | null)[] {
  let last: SectionKind | null = null;
  return kinds.map((kind) => {
    const previous = last;
    if (kind !== null) last = kind;
    return previous;
  });
}

function isListUnderOtherHeading(
  kinds: readonly (SectionKind | null)[],
  before: readonly (SectionKind | null)[],
  kept: readonly number[],
  keptStart: number,
  copyStart: number,
  length: number,
): boolean {
  for (let k = 0; k < length; k++) if (kinds[copyStart + k] !== null) return false;
  const original = before[kept[keptStart]];
  const copy = before[copyStart];
  return original !== null && copy !== null && original !== copy;
}

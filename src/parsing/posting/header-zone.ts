import { knownHeadingKind } from './headings';
import type { SectionedLine } from './sections';

/** How many opening lines come before the first known heading (at most twelve): the header. */
export function headerZone(lines: readonly SectionedLine[]): number {
  const limit = Math.min(lines.length, 12);
  for (let i = 0; i < limit; i++) if (lines[i].heading && knownHeadingKind(lines[i].text) !== null) return i;
  return limit;
}

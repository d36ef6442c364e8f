import { headerZone } from './header-zone';
import { looksLikeJobTitle } from './job-title-pattern';
import { looksLikeLocation, tidyLocation } from './locations-pattern';
import type { SectionedLine } from './sections';

/**
 * Where the job is: the items under "the following locations:" or a Locations heading, a
 * "Location:" field, and place lines among the opening lines ("Poughkeepsie, United States").
 */
export function findLocations(lines: readonly SectionedLine[]): string[] {
  const zone = headerZone(lines);
  const found: string[] = [];
  const add = (text: string): void => {
    const t = tidyLocation(text);
    if (t !== '' && !found.some((f) => f.toLowerCase() === t.toLowerCase())) found.push(t);
  };
  for (const [i, line] of lines.entries()) {
    const field = /^(?:job |work |office )?locations?\s*:\s*(.{2,200})$/iu.exec(line.text);
    if (field) {
      field[1].split(/\s*(?:;|\||\s\/\s|\bor\b)\s*/u).forEach((p) => p.trim() !== '' && add(p));
      continue;
    }
    if (
      line.section === 'LOCATIONS' &&
      !line.heading &&
      line.text.length <= 80 &&
      !/[.!?:]$/u.test(line.text) &&
      !/:\s/u.test(line.text)
    ) {
      add(line.text);
      continue;
    }
    if (i < zone) {
      // Header lines: "Kestrel Systems | Denver, CO", "New York, NY or Remote (US)", "Toronto, ON (Hybrid)".
      if (looksLikeJobTitle(line.text)) continue;
      for (const part of line.text.split(/\s+(?:\||·|•|or|\/|[-–—])\s+|;\s*/u)) {
        const place = part.replace(/\s*\((?:hybrid|on-?site|remote|in[- ]office)[^)]*\)\s*$/iu, '').trim();
        if (looksLikeLocation(place)) add(place);
      }
    }
  }
  return found;
}

import type { ResumeLine } from './text-lines';

// "Example St. 1", "Hauptstraße 12a", "Grenseveien 6": a street name and its house number, as
// European addresses write them.
const STREET_LINE = /^[\p{Lu}][\p{L}.'-]*(?:\s[\p{L}][\p{L}.'-]*){0,3}\s\d{1,4}[a-z]?$/u;
// "12345 Somewhere", "9011 Tromsø": a postcode before its town.
const POSTCODE_TOWN = /^\d{4,5}\s+[\p{Lu}][\p{L}.'-]*(?:[\s-][\p{Lu}][\p{L}.'-]*){0,2}$/u;
// "1234 Broadway", "12 Elm Street": a house number before its street, as American addresses write it.
const NUMBER_STREET = /^\d{1,5}[a-z]?\s+[\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*){0,3}$/u;
// "New York", "San Francisco, CA": the town under such a street.
const TOWN =
  /^[\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*){0,2}(?:,\s*[\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*)?)?$/u;
// A lone icon glyph a template sets between the lines of a contact block ("½", "#").
const ICON_LINE = /^[^\p{L}]{1,2}$/u;

// An icon glyph (a private-use character of an icon font) set before or after a contact line.
const ICON_EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu;

function bare(text: string): string {
  return text.replace(ICON_EDGES, '');
}

/**
 * A postal address set over two lines of a contact block — a street and house number, then a
 * postcode and town ("Example St. 1" over "12345 Somewhere"), or a house number and street, then
 * a town ("1234 Broadway" over "New York") — as one location, "Example St. 1, 12345 Somewhere"
 * (the address as printed, its lines joined), with the line it starts on; or null. Neither line alone reads as a place, so the line-by-line reading misses the pair.
 */
export function addressBlock(lines: readonly ResumeLine[]): { text: string; line: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const street = bare(lines[i].text);
    const european = STREET_LINE.test(street);
    if (!european && !NUMBER_STREET.test(street)) continue;
    let j = i + 1;
    while (j < lines.length && ICON_LINE.test(lines[j].text.trim())) j++;
    const town = j < lines.length ? bare(lines[j].text) : undefined;
    if (town !== undefined && (european ? POSTCODE_TOWN : TOWN).test(town))
      return { text: `${street}, ${town}`, line: lines[i].line };
  }
  return null;
}

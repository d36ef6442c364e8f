import { classifyHeading, type RunIn, type SectionKind, splitRunInHeading } from './headings';
import type { TextLine } from './text-line';

/** A line with the section it belongs to; heading lines open sections and carry no content. */
export interface SectionedLine extends TextLine {
  /** NONE before the first heading. */
  readonly section: SectionKind | 'NONE';
  readonly heading: boolean;
}

/**
 * Splits run-in headings out of their lines ("...great products.Requirements:", "Nice to
 * have: Kafka") so that every heading stands on a line of its own. Content after an inline
 * heading becomes a list item of that heading.
 */
export function separateRunInHeadings(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    let rest: TextLine | null = line;
    let guard = 0;
    while (rest !== null && guard++ < 5) {
      // A list item's inline label ("- Nice to have: Kafka") qualifies that item only, so it is not split out.
      const current: TextLine = rest;
      const split: RunIn | null = current.text.length > 2000 ? null : splitRunInHeading(current.text, !current.bullet);
      if (split === null) {
        out.push(current);
        rest = null;
        break;
      }
      if (split.before !== '') out.push({ ...current, text: split.before });
      out.push({
        text: split.heading,
        bullet: false,
        marked: true,
        blankBefore: split.before === '' && current.blankBefore,
        separatorBefore: false,
      });
      rest =
        split.after === ''
          ? null
          : { text: split.after, bullet: true, marked: false, blankBefore: false, separatorBefore: false };
    }
    if (rest !== null) out.push(rest);
  }
  return out;
}

/** Assigns each line to the section its nearest heading above opened. */
export function assignSections(lines: readonly TextLine[]): SectionedLine[] {
  let current: SectionKind | 'NONE' = 'NONE';
  return lines.map((line) => {
    const kind = classifyHeading(line.text, {
      bullet: line.bullet,
      marked: line.marked,
      current: current === 'NONE' ? null : current,
    });
    if (kind !== null) {
      current = kind;
      return { ...line, section: kind, heading: true };
    }
    return { ...line, section: current, heading: false };
  });
}

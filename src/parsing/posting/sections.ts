import { classifyHeading, type RunIn, type SectionKind, splitRunInHeading } from './headings';
import { statedImportance, withoutOtherCriteria } from './importance';
import { withQualificationBlocks } from './qualification-blocks';
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
      // Content after the heading is its first list item ("Nice to have: Kafka"), unless it is a sentence of prose
      // ("Desired Skills: Applicants need to understand ... and should have ..."), which leads the list in.
      rest =
        split.after === ''
          ? null
          : {
              text: split.after,
              bullet: !isLeadSentence(split.after),
              marked: false,
              blankBefore: false,
              separatorBefore: false,
            };
    }
    if (rest !== null) out.push(rest);
  }
  return out;
}

// A sentence of prose, not a list item: a dozen words or more and a closing full stop.
const LEAD_WORDS = 12;

function isLeadSentence(text: string): boolean {
  return /[.!]$/u.test(text) && text.split(/\s+/u).length >= LEAD_WORDS;
}

const MAX_PLACE_LINE = 200;

/** Assigns each line to the section its nearest heading above opened. */
export function assignSections(lines: readonly TextLine[]): SectionedLine[] {
  let current: SectionKind | 'NONE' = 'NONE';
  const sectioned = lines.map((line): SectionedLine => {
    const kind = classifyHeading(line.text, {
      bullet: line.bullet,
      marked: line.marked,
      current: current === 'NONE' ? null : current,
    });
    if (kind !== null) {
      current = kind;
      return { ...line, section: kind, heading: true };
    }
    // A list of places holds short lines: a paragraph (the heading after the last place lost with the line breaks,
    // "Poughkeepsie - NYBeing You @ IBMis committed to ...") ends it.
    if (current === 'LOCATIONS' && line.text.length > MAX_PLACE_LINE) current = 'OTHER';
    return { ...line, section: current, heading: false };
  });
  return withQualificationBlocks(withLeadSentences(sectioned));
}

// A lead sentence that says its list is asked for outright ("Applicants need to understand ...").
const LEAD_MUST = /\b(?:need to|needs to|must|required|are expected to|mandatory|essential)\b/iu;

/** What a lead sentence says of the list under it: PREFERRED, REQUIRED, or nothing. */
function leadSays(text: string): 'REQUIRED' | 'PREFERRED' | null {
  if (statedImportance(text) === 'PREFERRED') return 'PREFERRED';
  return LEAD_MUST.test(withoutOtherCriteria(text)) ? 'REQUIRED' : null;
}

/**
 * The sentence that opens a requirements section decides it when it says otherwise than the heading:
 * "Desired Experience and Skills" over "Applicants need to understand ... and should have ..." and a
 * list is required; "Requirements" over "While the following are not required, they are a plus." a
 * preferred list. Only a plain sentence right under the heading with a list after it counts.
 */
function withLeadSentences(lines: SectionedLine[]): SectionedLine[] {
  const out = [...lines];
  for (let i = 1; i + 1 < out.length; i++) {
    const heading = out[i - 1];
    const lead = out[i];
    if (!heading.heading || lead.heading || lead.bullet || !out[i + 1].bullet) continue;
    if (heading.section !== 'REQUIRED' && heading.section !== 'PREFERRED') continue;
    if (!/[.!:]$/u.test(lead.text) || lead.text.length > 400) continue;
    const says = leadSays(lead.text);
    if (says === null || says === heading.section) continue;
    // "3-5 years of Cloud deployments with the following skills desired:": what comes before "the following" is the
    // lead's own requirement, at the heading's importance unless it says otherwise.
    const own = leadSays(lead.text.replace(/\bthe following\b.*$/iu, '')) ?? heading.section;
    out[i] = { ...lead, section: own };
    for (let k = i + 1; k < out.length && !out[k].heading; k++) out[k] = { ...out[k], section: says };
  }
  return out;
}

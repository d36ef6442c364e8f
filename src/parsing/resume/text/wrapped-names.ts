import { findSkillMentions } from '../../../domain/taxonomy/mentions';
import type { Taxonomy } from '../../../domain/taxonomy/taxonomy';
import { findDateRange } from './date-ranges';
import { sectionHeading } from './section-headings';
import type { ResumeLine } from './text-lines';
import { INLINE_LABEL } from './text-skills';

/**
 * Joins back a line the layout wrapped inside a skill's name: "…using Java and Spring" over
 * "Boot", "…, Google Cloud" over "Platform, Firebase, …, Test-Driven" over "Development, …". The
 * text-only joining (text-lines.ts) cannot tell these from a new line, as the next one starts
 * with a capital; a taxonomy name that runs across the break can. Never across a bullet, a
 * heading, a line ending a sentence or a line holding a date range (the next job's own line).
 */
export function rejoinWrappedNames(lines: readonly ResumeLine[], taxonomy: Taxonomy): ResumeLine[] {
  const out: ResumeLine[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous !== undefined && splitsAName(previous, line, taxonomy))
      out[out.length - 1] = { ...previous, text: `${previous.text} ${line.text}` };
    else out.push(line);
  }
  return out;
}

function splitsAName(previous: ResumeLine, line: ResumeLine, taxonomy: Taxonomy): boolean {
  if (line.bullet || /[.:;!?]$/u.test(previous.text)) return false;
  if (sectionHeading(previous.text) !== null || sectionHeading(line.text) !== null) return false;
  // "Cloud & DevOps: Spring Boot" after "Tools: Java, AWS": a labelled row of its own.
  if (findDateRange(line.text) !== null || INLINE_LABEL.test(line.text)) return false;
  const joined = `${previous.text} ${line.text}`;
  const at = previous.text.length;
  const across = (m: { start: number; end: number }) => m.start < at && m.end > at + 1;
  // A name running across the break that neither line holds whole.
  return findSkillMentions(taxonomy, joined).some(across);
}

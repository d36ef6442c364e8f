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
  for (const hyphenated of lines) {
    const line = withoutSkillHyphens(hyphenated, taxonomy);
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

// A word with a hyphen inside, its second part lower-case: "Jenk-ins" as a hyphenated line break left it.
const HYPHENATED_WORD = /(?<![\p{L}\d-])(\p{L}+)-(\p{Ll}+)(?![\p{L}\d-])/gu;

/**
 * A line with the hyphen taken out of each word that, without it, spells a skill the hyphenated
 * word does not ("Jenk-ins", a word LaTeX hyphenated at a line's end); "cloud-native" and
 * "role-based" keep theirs.
 */
function withoutSkillHyphens(line: ResumeLine, taxonomy: Taxonomy): ResumeLine {
  if (!line.text.includes('-')) return line;
  const text = line.text.replace(HYPHENATED_WORD, (word: string, head: string, tail: string) =>
    taxonomy.resolve(word) === undefined && taxonomy.resolve(head + tail) !== undefined ? head + tail : word,
  );
  return text === line.text ? line : { ...line, text };
}

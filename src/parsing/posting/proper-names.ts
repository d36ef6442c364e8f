/** Where a skill was found in a line (offsets into the line). */
interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether a one-word capitalised mention is the last word of a name in running text: "the
 * Department of Homeland Security's e-Verify" names an agency, not information security. The
 * word before must be capitalised too (not an acronym, not another skill) and follow a
 * lower-case word, so "Strong Security skills" at the start of a line and "AWS Security Hub" stay.
 */
export function endsProperName(line: string, mention: Span, others: readonly Span[]): boolean {
  const word = line.slice(mention.start, mention.end);
  if (!/^[A-Z][a-z]+$/u.test(word)) return false;
  const before = /(?:^|\s)([a-z][\w'’]*)\s+([A-Z][a-z]+)\s$/u.exec(
    line.slice(Math.max(0, mention.start - 60), mention.start),
  );
  if (before === null) return false;
  const nameStart = mention.start - before[2].length - 1;
  return !others.some((o) => o !== mention && o.start < mention.start && o.end > nameStart);
}

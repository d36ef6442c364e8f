import type { ResumeLine } from './text-lines';
import { ROLE_WORDS } from './skill-list-words';

const ROLE_WORD = new RegExp(`\\b(?:${ROLE_WORDS.join('|')})\\b`, 'iu');

/** The headline under the name: a short line of the first five naming a role, not taken by a contact field. */
export function headlineOf(header: readonly ResumeLine[], taken: ReadonlySet<number>): string | null {
  for (const [i, line] of header.slice(0, 5).entries()) {
    if (taken.has(line.line)) continue;
    const text = line.text;
    if (text.length <= 60 && !/[@\d|]/u.test(text) && ROLE_WORD.test(text)) {
      // "Software" over "Developer": a headline set a word to a line, as a stacked name above it.
      const above = header[i - 1];
      const stacked = above !== undefined && !taken.has(above.line) && /^\p{L}+$/u.test(above.text + text);
      return stacked ? `${above.text} ${text}` : text;
    }
  }
  return null;
}

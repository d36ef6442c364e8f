import type { ResumeLine } from './text-lines';
import { ROLE_WORDS } from './skill-list-words';

const ROLE_WORD = new RegExp(`\\b(?:${ROLE_WORDS.join('|')})\\b`, 'iu');

/** The headline under the name: a short line of the first five naming a role, not taken by a contact field. */
export function headlineOf(header: readonly ResumeLine[], taken: ReadonlySet<number>): string | null {
  for (const line of header.slice(0, 5)) {
    if (taken.has(line.line)) continue;
    const text = line.text;
    if (text.length <= 60 && !/[@\d|]/u.test(text) && ROLE_WORD.test(text)) {
      return text;
    }
  }
  return null;
}

import { knownHeadingKind } from './headings';

// A paragraph that lost its line breaks is long; ordinary lines are left alone.
const PARAGRAPH = 800;
// Two to four capitalised words between a word or sentence end and a capitalised word: where a heading can stand.
const CANDIDATE = /(?<=[a-z0-9.!?)] )((?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+)(?= [A-Z])/gu;

/**
 * A page shown as one paragraph (its line breaks collapsed to spaces by the browser) keeps its
 * requirements headings as words between sentences: "... to join the team. Minimum Qualifications
 * Love for building software 6+ years ... Preferred Qualifications Thorough understanding ...". A
 * known requirements heading of two to four capitalised words, standing between other text and a
 * capitalised word in such a paragraph, is put on a line of its own, and so is any known heading after it
 * ("Our Tech Stack"), which ends the requirements (linear: one pass per line).
 */
export function splitSpacedHeadings(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length < PARAGRAPH) return line;
      // Once the requirements have started, the next known heading ("Our Tech Stack") ends them.
      let started = false;
      return line.replace(CANDIDATE, (words: string) => {
        // The capitalised run may start with the last word of the text before ("... with Java Preferred Qualifications").
        const parts = words.split(' ');
        for (let k = 0; k + 1 < parts.length; k++) {
          const heading = parts.slice(k).join(' ');
          const kind = knownHeadingKind(heading);
          if (kind === 'REQUIRED' || kind === 'PREFERRED') started = true;
          else if (kind === null || !started) continue;
          return `${parts.slice(0, k).join(' ')}\n${heading}\n`;
        }
        return words;
      });
    })
    .join('\n');
}

/**
 * Placeholder text: the Latin filler ("Lorem ipsum dolor sit amet, consectetur adipiscing elit,
 * sed do eiusmod …") a template sets where the person's own words go. Its words are no claim,
 * though some spell a skill ("sed", the stream editor).
 */

const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    'lorem ipsum dolor amet consectetur adipiscing elit eiusmod tempor incididunt labore dolore aliqua ' +
    'nunc praesent pede vitae justo vehicula eget aliquam proin tincidunt volutpat sapien interdum ' +
    'pellentesque vestibulum curabitur donec mauris quis nulla etiam lectus neque'
  ).split(' '),
);

/** Whether a line is Latin filler: two or more of the filler's own words (no English word is one). */
export function isFillerText(text: string): boolean {
  let found = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (FILLER_WORDS.has(word) && ++found >= 2) return true;
  }
  return false;
}

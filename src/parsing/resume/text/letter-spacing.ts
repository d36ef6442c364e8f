/**
 * Letter-spaced words in a PDF's text layer. HTML résumé themes set headings and names with wide
 * letter spacing ("E X P E R I E N C E", "J O H N"); a browser prints the spacing as spaces, so
 * the text layer holds single letters where a reader sees a word, and no heading or name is found.
 */

// A letter pair the browser kerned closer ("N ew Yo r k", "e@em a il") leaves a short piece
// among the letters; a longer piece is a word, and the run is text.
const MAX_PIECE = 4;
// Three letters or figures standing alone in a row: one-letter words ("a", "I", "C") stand beside
// words, and rating dots ("○ ○ ○") or a page number ("1 / 2") are no word.
const MIN_LETTERS_IN_A_ROW = 3;

/**
 * A run of text with its letter spacing taken out ("E X P E R I E N C E" → "EXPERIENCE"): when
 * two thirds or more of its pieces are single characters, three in a row, and none is longer than
 * a kerned pair or two. A wider gap inside the run ("S O F T  S K I L L S") stays a word space.
 * Any other run is returned as it is, so one-letter words in text ("C, C++ and R", "a B.Sc.") stay apart.
 */
export function withoutLetterSpacing(str: string): string {
  const words = str.trim().split(/\s{2,}/u);
  const pieces = words.flatMap((w) => w.split(' '));
  if (pieces.length < MIN_LETTERS_IN_A_ROW) return str;
  let single = 0;
  let row = 0;
  let longestRow = 0;
  for (const piece of pieces) {
    if (piece.length > MAX_PIECE) return str;
    row = [...piece].length === 1 && /[\p{L}\p{N}]/u.test(piece) ? row + 1 : 0;
    if (row > 0) single++;
    longestRow = Math.max(longestRow, row);
  }
  if (longestRow < MIN_LETTERS_IN_A_ROW || single * 3 < pieces.length * 2) return str;
  return words.map((w) => w.replace(/ /gu, '').replace(CASE_TURN, ' ')).join(' ');
}

// "M a t t h e w B e a u l i e u": a name whose word gap the text layer lost between its letters;
// a capital after three small letters, before three more, opens the next word ("Matthew Beaulieu";
// "McDonald" and "DeVries" keep theirs).
const CASE_TURN = /(?=\p{Lu}\p{Ll}{2})(?<=\p{Lu}\p{Ll}{2,})/gu;

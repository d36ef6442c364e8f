/**
 * A skill list copied as one paragraph runs each item's last name into the next item: "…Vue or
 * AngularBackend development using NodeJSHTML and CSSWeb services", "MongoDBGIT version control",
 * "Less/Sass PreprocessorsNPM, Webpack". No pattern tells "AngularBackend" from "JavaScript"; the
 * names the reader knows do. A word that is no known name but starts with one ("Angular", "NodeJS",
 * "CSS") or, after a lower-case word, ends with one ("NPM") is split there, so each item stands on
 * a line of its own and its names are read.
 */

/** Whether the reader knows a name (a skill or one of its aliases). */
export type KnowsName = (name: string) => boolean;

// Only lines this long are a paragraph that lost its line breaks; shorter ones keep their names as written.
const GLUED_LINE_MIN = 800;
// A run of letters, digits and the marks names carry ("C++", "C#"); longer runs are not looked into.
const WORD = /[A-Za-z][A-Za-z0-9+#]*/gu;
const MAX_WORD = 40;

/** Splits known names glued to the next item in the long lines of a text (linear: bounded work per word). */
export function splitGluedNames(text: string, knows: KnowsName): string {
  return text
    .split('\n')
    .map((line) => (line.length < GLUED_LINE_MIN ? line : line.replace(WORD, (word) => splitWord(word, knows))))
    .join('\n');
}

function splitWord(word: string, knows: KnowsName): string {
  // A word in capitals ("CDS", "POSITION") is one word, whatever names it starts with.
  if (word.length > MAX_WORD || !/[a-z]/u.test(word) || !/[a-z0-9][A-Z]|[A-Z][A-Z]/u.test(word)) return word;
  const parts: string[] = [];
  let rest = word;
  for (let guard = 0; guard < 8 && rest.length > 1; guard++) {
    if (knows(rest)) break;
    const at = splitPoint(rest, knows);
    if (at === null) break;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  parts.push(rest);
  return parts.join('\n');
}

/** Where a word glued from two items splits: after the longest known name it starts with, or before a known name. */
function splitPoint(word: string, knows: KnowsName): number | null {
  if (/^[A-Z]/u.test(word)) {
    for (let i = word.length - 1; i >= 2; i--) {
      const next = nextPiece(word, i);
      if (next !== null && knows(word.slice(0, i)) && (letters(next) >= MIN_NEXT || knows(next))) return i;
    }
  }
  const tail = /^[A-Za-z]*?[a-z]{4,}(?=[A-Z])/u.exec(word);
  if (tail !== null) {
    const next = nextPiece(word, tail[0].length);
    if (next !== null && knows(next)) return tail[0].length;
  }
  return null;
}

// A piece after a known name that is neither known nor this long is the tail of one name ("JupyterHub", "GitHub2").
const MIN_NEXT = 4;

function letters(piece: string): number {
  return piece.replace(/[^A-Za-z]/gu, '').length;
}

/**
 * The name or word that starts at `i` when two glued names can meet there, or null: a capital after a letter or digit
 * starts either a capitalised word ("Angular|Backend", "SQL|Working") or a run of capitals ("NodeJS|HTML"); a run
 * of capitals ends the word ("NodeJS|HTML", not "POS|ITIONThe").
 */
function nextPiece(word: string, i: number): string | null {
  if (!/[A-Z]/u.test(word[i]) || !/[A-Za-z0-9+#]/u.test(word[i - 1])) return null;
  const piece = /^[A-Z][a-z0-9+#]+|^[A-Z]+[0-9+#]*$/u.exec(word.slice(i));
  return piece === null ? null : piece[0];
}

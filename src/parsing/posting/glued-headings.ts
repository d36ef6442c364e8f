import { knownHeadingKind } from './headings';

/**
 * A heading copied from a job board with its line breaks gone runs into the line before it and
 * the text after it: "Strong UI design skillsNice-to-havesExperience with Figma", "Preferred
 * EducationBachelor's DegreeRequired Technical And Professional ExpertiseMust have", "Interview
 * process1. You apply". The job board's few fixed headings are split by pattern; this finds any
 * heading the section reader knows, so requirements stop where the posting's next section starts.
 */

// Where a glued heading can start: the start of a line, or a capital right after a lower-case letter, digit, ")" or "…",
// or a heading in capitals right after a sentence's end mark ("…as assigned.PREFERRED SKILLS- Professional").
// A line's Markdown marks ("##What we look for") stay before its heading.
// A capitalised heading glued to an acronym ("…with SQLPreferred Qualifications") starts at the acronym's end.
const START = /(?<=^(?:#{2,6} ?)?|[a-z0-9)…])[A-Z]|(?<=[a-z0-9)][.;!?])[A-Z](?=[A-Z])|(?<=[A-Z]{2})[A-Z](?=[a-z])/gmu;
// A heading is short; a piece is looked at only up to here, and only at its first few possible ends.
const HEADING_REACH = 80;
const ENDS_TRIED = 5;
const MIN_HEADING = 4;
// A one-word heading inside a line must be long enough not to be the tail of a name ("OneNote", "MyTeam").
const MIN_INLINE_WORD = 8;

/** Puts headings the section reader knows onto lines of their own (linear: bounded work per capital letter). */
export function splitGluedHeadings(text: string): string {
  let out = '';
  let from = 0;
  START.lastIndex = 0;
  for (let m = START.exec(text); m !== null; m = START.exec(text)) {
    const start = m.index;
    const lineStart = startsLine(text, start);
    const window = text.slice(start, start + HEADING_REACH + 1).split('\n', 1)[0];
    // A line longer than the reach is cut: its cut end is no end of a heading.
    const line = window.slice(0, HEADING_REACH);
    const end = headingEnd(line, lineStart, window.length <= HEADING_REACH);
    if (end === null) continue;
    const rest = start + end;
    const lineEnd = end === line.length && (rest === text.length || text[rest] === '\n');
    out += `${text.slice(from, start)}${lineStart ? '' : '\n'}${text.slice(start, rest).trimEnd()}${lineEnd ? '' : '\n'}`;
    from = rest;
    while (from < text.length && (text[from] === ' ' || text[from] === '\t')) from++;
    START.lastIndex = from;
  }
  return out + text.slice(from);
}

/** Whether only a line break and Markdown heading marks come before `start`. */
function startsLine(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && start - k < 8 && (text[k - 1] === '#' || text[k - 1] === ' ')) k--;
  return k === 0 || text[k - 1] === '\n';
}

/** Where a heading glued to text can end: a capital or digit glued to it, or a bullet after a colon or "…" ("..."). */
function isEnd(line: string, i: number, complete: boolean): boolean {
  if (i === line.length) return complete;
  const before = line[i - 1];
  // Inside a run of capitals only the start of a word counts ("About CDSWe believe"), so "TVO" is not cut as "TV".
  if (/[A-Z]/u.test(before) && /[A-Z]/u.test(line[i])) return /[a-z]/u.test(line[i + 1] ?? '');
  if (before !== ' ' && before !== '\t' && /[A-Z0-9]/u.test(line[i])) return true;
  // A heading in capitals glued to its first bullet ("PREFERRED SKILLS- Professional"): the dash and space mark the item.
  if (/[A-Z]/u.test(before) && /^[-–•][ \t]+[A-Z0-9]/u.test(line.slice(i, i + 4))) return true;
  const ellipsis = before === '…' || line.slice(i - 3, i) === '...';
  return (before === ':' || ellipsis) && /^[ \t]*[-–•][ \t]/u.test(line.slice(i, i + 4));
}

/**
 * The end of the longest known heading at the start of `line`, or null: null too when the heading
 * is the whole line (nothing is glued to it) or a short single word inside a line.
 */
function headingEnd(line: string, lineStart: boolean, complete: boolean): number | null {
  let best: number | null = null;
  let tried = 0;
  for (let i = 1; i <= line.length && tried < ENDS_TRIED; i++) {
    if (!isEnd(line, i, complete)) continue;
    // A heading has no lower-case letter glued to a capital inside it: no longer piece can be one.
    const hump = i < line.length && /[a-z]/u.test(line[i - 1]) && /[A-Z]/u.test(line[i]);
    if (i >= MIN_HEADING) {
      tried++;
      const piece = line.slice(0, i).trimEnd();
      const inlineWord = !lineStart && !/\s/u.test(piece) && piece.length < MIN_INLINE_WORD;
      if (!inlineWord && !(i === line.length && lineStart) && knownHeadingKind(piece) !== null) best = i;
    }
    if (hump) break;
  }
  return best;
}

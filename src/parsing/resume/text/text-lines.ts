/**
 * A résumé as numbered lines. Documents arrive from PDF and DOCX extraction and from e-mail
 * pastes, so bullets, tabs, non-breaking spaces and Windows line ends are normalised once here
 * and every later step works on the same clean, numbered lines (the numbers are what a warning
 * or a provenance record points at).
 */

import { withoutLetterSpacing } from './letter-spacing';
import { rejoinMarginDates } from './margin-dates';
import { withoutHtmlComments, withoutMarkdownMarks } from './markdown-marks';
import { sectionHeading } from './section-headings';

export interface ResumeLine {
  /** 1-based line number in the document text. */
  readonly line: number;
  /** The line without its bullet, spaces collapsed. */
  readonly text: string;
  /** Whether the line started with a bullet mark. */
  readonly bullet: boolean;
}

const BULLET = /^(?:[•·▪◦●○►▶✓✔➢➤■□‣⁃∙*]|\+(?!\d)|-(?!\d)|–(?!\s*\d))\s*/u;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/gu;
// Icon fonts map their glyphs to C1 control characters (U+0080-U+009F), which are never text.
// eslint-disable-next-line no-control-regex -- stray control characters come out of PDF and DOCX extraction
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/gu;

// "Computer ScienceAug. 2016 – May 2019": a date set flush right that the text layer glued to the
// word before it (no space between the two boxes); two spaces part them again, as a gap would.
const GLUED_DATE =
  /(?<=\p{Ll})(?=(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s?(?:19|20)\d\d(?!\d))/gu;

// A line wrapped by the layout (PDF text, narrow columns) goes on with a lower-case word, or its
// first part ends with a comma, dash or "and": it is joined back to the line it continues.
const OPEN_END = /(?:[,&/–—-]|\band|\bor|\bwith|\bof|\bin)$/u;
const CONTINUATION = /^\p{Ll}/u;
const MONTH_END = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/iu;

function continues(previous: ResumeLine | undefined, text: string, blankBefore: boolean): boolean {
  if (previous === undefined || blankBefore || sectionHeading(previous.text) !== null) return false;
  // An e-mail address or a link on its own line starts lower-case but goes on nothing.
  if (/@|^(?:https?:|www\.)|^\S+\.[a-z]{2,}\/\S*$|^[\w-]+\.(?:com|org|net|io|me|dev|edu|co)\b/u.test(text))
    return false;
  // A web address ends in "/" but goes on nothing ("https://acme.com/" over "Education").
  if (OPEN_END.test(previous.text)) return !/(?:https?:\/\/|www\.)\S*\/$/u.test(previous.text);
  // A user name under the person's name ("John Doe" over "johndoe") is a field of its own.
  if (/^[\p{Ll}\d._-]+$/u.test(text) && /^\p{Lu}\p{L}+(?: \p{Lu}[\p{L}.]*){1,3}$/u.test(previous.text)) return false;
  // "(November 2020 — August" / "2024)": a date range cut in two.
  if (MONTH_END.test(previous.text) && /^(?:19|20)\d\d\b/u.test(text)) return true;
  return CONTINUATION.test(text) && !/[.:;!?]$/u.test(previous.text) && !/^[a-z]+[A-Z]/u.test(text);
}

/**
 * Splits a document text into numbered, cleaned lines; blank lines are dropped but keep their
 * numbers, and a line the layout wrapped is joined to the one it continues (keeping that one's number).
 */
export function resumeLines(text: string): ResumeLine[] {
  const out: ResumeLine[] = [];
  let blank = false;
  const raw = withoutHtmlComments(text)
    .normalize('NFC')
    .replace(CONTROL, '')
    .split(/\r\n|\r|\n/u);
  raw.forEach((rawLine, index) => {
    // A gap of two or more spaces (or a tab) is kept as two: it is what separates table cells and
    // the fields of a contact line ("Jane Roe  jane@x.org") once a layout is flattened to text.
    // "E X P E R I E N C E" pasted from a PDF viewer: a word set letter-spaced is read as the word.
    const spaced = rawLine.replace(SPACES, (gap) => (gap.length > 1 || gap === '\t' ? '  ' : ' ')).trim();
    const marked = withoutMarkdownMarks(withoutLetterSpacing(spaced).replace(GLUED_DATE, '  '));
    let text = marked.text.trim();
    const bullet = marked.item || BULLET.test(text);
    if (bullet) text = text.replace(BULLET, '').trim();
    if (text === '') {
      blank = true;
      return;
    }
    const previous = out[out.length - 1];
    if (!bullet && continues(previous, text, blank)) {
      // "Jenk-" over "ins and Git": a word the layout hyphenated is one word again ("Jenk-ins";
      // rejoinWrappedNames drops the hyphen where that spells a skill).
      const hyphenated = /\p{L}-$/u.test(previous.text) && CONTINUATION.test(text);
      out[out.length - 1] = { ...previous, text: `${previous.text}${hyphenated ? '' : ' '}${text}` };
    } else out.push({ line: index + 1, text, bullet });
    blank = false;
  });
  return rejoinMarginDates(out);
}

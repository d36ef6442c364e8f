import { knownHeadingKind } from './headings';
import { BULLET_MARK, HEADING_MARK, SEPARATOR_MARK } from './markers';
import type { TextLine } from './text-line';

// Bullet glyphs, dashes, stars, numbered and lettered items. A hyphen, star or plus needs a
// space after it so that "-5 years" or "*args" are not bullets; "1 year" is not "1.".
const BULLET =
  /^(?:[\u2022\u25cf\u25e6\u25aa\u25a0\u25a1\u25cb\u25c6\u25c7\u25ba\u25b8\u25b9\u27a2\u27a4\u2713\u2714\u2717\u2043\u2219\u00b7\u30fb\u2023\u25b6\u2192\u00bb>]\s*|[-\u2013\u2014*+~]\s+|\(?\d{1,2}[.)]\s+|\(?[a-hA-H][.)]\s+|[ivx]{1,4}[.)]\s+)/u;

/** Whether a line starts with a list item's mark, as the posting reader reads one (bullet glyph, dash, number, letter). */
export function startsListItem(line: string): boolean {
  return BULLET.test(line);
}

const INLINE_BULLETS = /\s[\u2022\u25cf\u25aa\u25e6\u00b7]\s/u;

/**
 * Splits cleaned text into lines, reading bullets (•, *, -, ·, numbered, lettered, `<li>`),
 * heading and separator markers, and blank lines. A line holding several "•" items is split
 * into one line per item. Empty lines are not returned; they set `blankBefore` on the next.
 */
export function toLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let blank = false;
  let separator = false;
  for (const raw of text.split('\n')) {
    let line = raw.trim();
    if (line === SEPARATOR_MARK) {
      separator = true;
      blank = true;
      continue;
    }
    let marked = false;
    let bullet = false;
    if (line.startsWith(HEADING_MARK)) {
      marked = true;
      line = line.slice(1).trim();
    }
    if (line.startsWith(BULLET_MARK)) {
      bullet = true;
      line = line.slice(1).trim();
    }
    line = line.replace(/[\uE000-\uE002]/gu, '').trim();
    const match = BULLET.exec(line);
    if (match && match[0].length < line.length) {
      bullet = true;
      line = line.slice(match[0].length).trim();
      // "- - item" or "• * item": nested markers.
      const again = BULLET.exec(line);
      if (again && /^[\u2022\u25cf\u25aa\-*]/u.test(again[0]) && again[0].length < line.length)
        line = line.slice(again[0].length).trim();
    } else if (match) {
      line = '';
    }
    // A line with no letter or digit ("----", ",", "* * *") carries nothing to read: it separates, like a blank line.
    if (line === '' || !/[\p{L}\p{N}]/u.test(line)) {
      blank = true;
      continue;
    }
    const items = INLINE_BULLETS.test(line) ? line.split(/\s[\u2022\u25cf\u25aa\u25e6\u00b7]\s/u) : [line];
    items.forEach((item, i) => {
      const text = item.trim();
      if (text === '') return;
      lines.push({
        text,
        bullet: bullet || i > 0 || (items.length > 1 && i === 0 && bullet),
        marked: marked && i === 0,
        blankBefore: blank && i === 0,
        separatorBefore: separator && i === 0,
      });
    });
    blank = false;
    separator = false;
  }
  return lines;
}

const CONNECTOR_END = /(?:,|\b(?:and|or|and\/or|of|with|in|the|to|for|a|an|such as|including|e\.g\.|i\.e\.)|&|\/)$/iu;

/**
 * Joins a line that was wrapped mid-sentence ("...; Internet Services; and/or" + "Managed
 * Services") back to its start: the first ends with a connecting word or comma and the second
 * is not a bullet, heading or new paragraph.
 */
export function joinWrappedLines(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    // A heading set over two rows ("## What are the characteristics of people who have" + "## succeeded in this
    // role?", as a PDF's large type wraps): the second row goes on in lower case.
    if (
      prev !== undefined &&
      prev.marked &&
      line.marked &&
      !prev.bullet &&
      !line.bullet &&
      /^[a-z]/u.test(line.text) &&
      // "# Senior Automation Engineer" over "### dLocal": a name written in camel case starts a line of its own.
      !/^[a-z]+[A-Z]/u.test(line.text) &&
      !/[.:!?]$/u.test(prev.text) &&
      prev.text.length + line.text.length < 200
    ) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${line.text}` };
      continue;
    }
    if (
      prev !== undefined &&
      !line.bullet &&
      !line.marked &&
      !line.blankBefore &&
      !prev.marked &&
      CONNECTOR_END.test(prev.text) &&
      // "We'll be looking for" over "We're looking for someone ...": a heading of its own, not a wrapped sentence.
      !(/^[A-Z]/u.test(line.text) && knownHeadingKind(prev.text) !== null) &&
      /^[A-Za-z(]/u.test(line.text) &&
      prev.text.length + line.text.length < 2000
    ) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${line.text}` };
      continue;
    }
    out.push(line);
  }
  return out;
}

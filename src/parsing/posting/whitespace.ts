/**
 * Normalizes the invisible differences pasted text is full of: line-ending styles, tabs,
 * no-break and other Unicode spaces, zero-width characters, soft hyphens, control characters
 * and replacement characters. Runs of spaces collapse to one; line breaks are kept.
 */
export function normalizeWhitespace(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
      .replace(/\f|\v/gu, '\n')
      .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu, ' ')
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad\ufffd\ufffe\uffff]/gu, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/gu, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, '')
      .replace(/ {2,}/gu, ' ')
  );
}

const CURLY_OR_DASH = /[\u2010-\u201f\u2032\u2033\u2212\u00b4`]/u;

/** Straight quotes and dashes for matching; the text shown to users keeps the originals. */
export function foldPunctuation(text: string): string {
  // One scan instead of three for the many lines that hold none of them.
  if (!CURLY_OR_DASH.test(text)) return text;
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, '-');
}

// A long line whose breaks a copy turned into runs of spaces: how long, and how many such runs it needs.
const SPACED_LINE = 300;
const SPACED_RUNS = 3;

/**
 * Puts back the line breaks of text pasted as one long line whose breaks became runs of three or more
 * spaces ("...to join the team.   Responsibilities   Build amazing ..."): the runs are where the
 * headings and paragraphs stood. Only long lines holding several such runs are touched, so spacing
 * inside an ordinary line stays as it is (and collapses later).
 */
export function restoreSpacedBreaks(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length < SPACED_LINE) return line;
      const runs = line.match(/ {3,}/gu)?.length ?? 0;
      return runs >= SPACED_RUNS ? line.replace(/ {3,}/gu, '\n') : line;
    })
    .join('\n');
}

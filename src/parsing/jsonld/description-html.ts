/**
 * JobPosting descriptions are HTML (Google asks for it), drafts hold plain text. Our own
 * export uses a minimal encoding with an exact inverse, so a description survives a round
 * trip byte for byte; descriptions from job boards get a forgiving HTML-to-text reading.
 */

const OWN_DECODES = /<br>\n|&(?:amp|lt|gt);/gu;
const ESCAPE: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\n': '<br>\n' };
const UNESCAPE: Readonly<Record<string, string>> = { '<br>\n': '\n', '&amp;': '&', '&lt;': '<', '&gt;': '>' };
const ESCAPE_OR_NEWLINE = /[&<>\n]/gu;

/** Plain text as HTML: `&`, `<`, `>` escaped and each line break written `<br>` + newline. */
export function textToHtml(text: string): string {
  return text.replace(ESCAPE_OR_NEWLINE, (c) => ESCAPE[c]);
}

/** The exact inverse of `textToHtml`, for descriptions this module wrote. */
export function textFromOwnHtml(html: string): string {
  return html.replace(OWN_DECODES, (m) => UNESCAPE[m]);
}

const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9]*\b[^>]*>/iu;
const ENCODED_HTML = /&lt;\/?[a-z][a-z0-9]*\b/iu;
const COMMENTS = /<!--[\s\S]*?-->/gu;
const SCRIPTS = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
const WHITESPACE_RUN = /\s+/gu;
const LINE_BREAK = /<br\s*\/?>/giu;
const LIST_ITEM = /<li\b[^>]*>/giu;
const ROW_END = /<\/(?:tr|dt|dd)\s*>/giu;
const BLOCK =
  /<\/?(?:p|div|h[1-6]|ul|ol|dl|table|thead|tbody|section|article|header|footer|blockquote|pre|hr)\b[^>]*>/giu;
const ANY_TAG = /<\/?[a-z][^>]*>/giu;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|([a-z][a-z0-9]*));/giu;
const SPACES_AROUND_NEWLINES = /[ \t]*\n[ \t]*/gu;
const INLINE_SPACES = /[ \t\u00a0]+/gu;
const EXTRA_BLANK_LINES = /\n{3,}/gu;
const CRLF = /\r\n?/gu;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  euro: '\u20ac',
  pound: '\u00a3',
};

function decodeEntities(text: string): string {
  return text.replace(
    ENTITY,
    (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (decimal !== undefined || hex !== undefined) {
        const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? whole;
    },
  );
}

function tidy(text: string): string {
  return text
    .replace(INLINE_SPACES, ' ')
    .replace(SPACES_AROUND_NEWLINES, '\n')
    .replace(EXTRA_BLANK_LINES, '\n\n')
    .trim();
}

/**
 * Readable plain text from a job board's description: blocks and `<br>` become line breaks,
 * list items "- " lines, scripts and tags go, entities are decoded. Descriptions that were
 * HTML-escaped once too often ("&lt;p&gt;") are unescaped first; plain text stays as written,
 * with its line breaks.
 */
export function htmlToText(description: string): string {
  let html = description.replace(CRLF, '\n');
  if (!LOOKS_LIKE_HTML.test(html) && ENCODED_HTML.test(html)) html = decodeEntities(html);
  if (!LOOKS_LIKE_HTML.test(html)) return tidy(decodeEntities(html));
  const text = html
    .replace(COMMENTS, '')
    .replace(SCRIPTS, '')
    .replace(WHITESPACE_RUN, ' ')
    .replace(LINE_BREAK, '\n')
    .replace(LIST_ITEM, '\n- ')
    .replace(ROW_END, '\n')
    .replace(BLOCK, '\n\n')
    .replace(ANY_TAG, '');
  return tidy(decodeEntities(text));
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  rsquo: '\u2019',
  lsquo: '\u2018',
  ldquo: '\u201c',
  rdquo: '\u201d',
  sbquo: '\u201a',
  bdquo: '\u201e',
  ndash: '\u2013',
  mdash: '\u2014',
  bull: '\u2022',
  middot: '\u00b7',
  hellip: '\u2026',
  trade: '\u2122',
  reg: '\u00ae',
  copy: '\u00a9',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
  deg: '\u00b0',
  plusmn: '\u00b1',
  times: '\u00d7',
  divide: '\u00f7',
  rarr: '\u2192',
  larr: '\u2190',
  laquo: '\u00ab',
  raquo: '\u00bb',
  shy: '',
  zwj: '',
  zwnj: '',
  lrm: '',
  rlm: '',
  sect: '\u00a7',
  para: '\u00b6',
  eacute: '\u00e9',
  egrave: '\u00e8',
  ecirc: '\u00ea',
  euml: '\u00eb',
  aacute: '\u00e1',
  agrave: '\u00e0',
  acirc: '\u00e2',
  auml: '\u00e4',
  aring: '\u00e5',
  iacute: '\u00ed',
  igrave: '\u00ec',
  icirc: '\u00ee',
  iuml: '\u00ef',
  oacute: '\u00f3',
  ograve: '\u00f2',
  ocirc: '\u00f4',
  ouml: '\u00f6',
  otilde: '\u00f5',
  uacute: '\u00fa',
  ugrave: '\u00f9',
  ucirc: '\u00fb',
  uuml: '\u00fc',
  ntilde: '\u00f1',
  ccedil: '\u00e7',
  szlig: '\u00df',
  Eacute: '\u00c9',
  Ouml: '\u00d6',
  Uuml: '\u00dc',
  Auml: '\u00c4',
  oslash: '\u00f8',
  check: '\u2713',
  starf: '\u2605',
  rArr: '\u21d2',
  hyphen: '-',
  dash: '\u2010',
  lowast: '*',
  sol: '/',
  colon: ':',
  comma: ',',
  period: '.',
  lpar: '(',
  rpar: ')',
  num: '#',
  plus: '+',
  excl: '!',
  quest: '?',
};

/**
 * Decodes HTML character references: named (`&amp;`, `&rsquo;`, `&nbsp;` ...), decimal
 * (`&#39;`) and hexadecimal (`&#x2019;`). Unknown names and invalid code points stay as written,
 * so text that merely contains an ampersand is never damaged.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});?/gu, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    const named = Object.prototype.hasOwnProperty.call(NAMED, body) ? NAMED[body] : undefined;
    if (named === undefined) return whole;
    // Without the semicolon only the common few are entities ("R&D" and "AT&T" stay as they are).
    if (!whole.endsWith(';') && !['amp', 'lt', 'gt', 'quot', 'nbsp'].includes(body)) return whole;
    return named;
  });
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * The simple HTML mammoth writes (p, h1-h6, ul/ol/li, table/tr/td, strong, em, a, br) as text
 * lines: block elements end a line, list items get a bullet, a table row's cells are joined by
 * " | " so the cells stay apart.
 */
export function htmlToLines(html: string): string {
  const text = html
    .replace(/<tr[^>]*>/giu, '\n')
    .replace(/<\/t[dh]>\s*(?=<t[dh])/giu, ' | ')
    .replace(/<\/t[dh]>/giu, '')
    // A cell holding paragraphs: each paragraph its own line, inside the row.
    .replace(/<li[^>]*>/giu, '\n• ')
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/<\/(?:p|h[1-6]|li|tr|table|ul|ol)>/giu, '\n')
    .replace(/<(?:p|h[1-6])[^>]*>/giu, '\n')
    .replace(/<[^>]+>/gu, '');
  return decode(text)
    .split('\n')
    .map((l) =>
      l
        .replace(/[ \t]+/gu, ' ')
        .trim()
        .replace(/^\|\s*|\s*\|$/gu, ''),
    )
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n');
}

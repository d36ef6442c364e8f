/** Characters that force a CSV field into quotes (RFC 4180 section 2, rules 5 and 6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field per RFC 4180: quoted when it holds a quote, a comma, CR or LF, with embedded
 * quotes doubled. null and undefined are empty fields; numbers keep their shortest form.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with the CRLF line break RFC 4180 prescribes. */
export function csvRecord(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

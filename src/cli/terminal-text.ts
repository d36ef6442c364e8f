/** Control characters, and the invisible line and paragraph separators, as a terminal would act on them. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;

/**
 * Text stored by others, made safe to print to a terminal: every control character is shown as
 * an escape (`\x1b`, `\n`) instead of being sent, so a name cannot move the cursor, recolour or
 * clear the screen, or forge a line of the listing. Names written before the input rules existed
 * may hold them.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    const code = c.codePointAt(0)!;
    return named[c] ?? (code > 0xff ? `\\u{${code.toString(16)}}` : `\\x${code.toString(16).padStart(2, '0')}`);
  });
}

/** printable() for text of several lines: the line breaks between them stay, every other control is escaped. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

/**
 * A text with each HTML comment ("<!-- … -->") replaced by what `replace` makes of it. Both
 * posting and résumé sources carry comments their rendering hides; the readers differ only in
 * what a comment leaves behind and in whether an unclosed one hides the rest of the text
 * (`unclosed: 'hides'`) or nothing (`'kept'`). Linear: each comment is found by one forward search.
 */
export function replaceHtmlComments(
  text: string,
  replace: (comment: string) => string,
  unclosed: 'hides' | 'kept',
): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1 && unclosed === 'kept') break;
    const end = close === -1 ? text.length : close + 3;
    out += text.slice(at, open) + replace(text.slice(open, end));
    at = end;
  }
  return out + text.slice(at);
}

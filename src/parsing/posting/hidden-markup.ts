/**
 * Postings copied from a site's sources carry text no reader of the page sees: HTML comments
 * (editors' notes, lists of links on how to write the posting) and template directives
 * ("{% extends "base.html" %}", "{{#include intro.md}}"). Left in, they glue themselves to the
 * title or a heading and their words read as content.
 */

// A comment longer than this, or one spanning lines, stood between blocks: it becomes a line break.
const INLINE_COMMENT_CHARS = 80;
// Directives are short; a longer "{% … %}" is text that happens to hold the marks.
const DIRECTIVE = /\{%[^%\n]{1,200}%\}|\{\{[#>/!][^{}\n]{1,200}\}\}/gu;

/** Removes HTML comments and template directives (linear: one scan for comments, one regex pass). */
export function stripHiddenMarkup(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    // An unclosed comment hides nothing: the rest is kept as written, and no later opening can close either.
    if (close === -1) break;
    const body = text.slice(open + 4, close);
    out += text.slice(from, open) + (body.includes('\n') || body.length > INLINE_COMMENT_CHARS ? '\n' : ' ');
    from = close + 3;
  }
  out += text.slice(from);
  return out.replace(DIRECTIVE, (d: string) => (d.startsWith('{%') || d.startsWith('{{#') ? '\n' : ''));
}

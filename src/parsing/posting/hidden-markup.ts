/**
 * Postings copied from a site's sources carry text no reader of the page sees: HTML comments
 * (editors' notes, lists of links on how to write the posting) and template directives
 * ("{% extends "base.html" %}", "{{#include intro.md}}"). Left in, they glue themselves to the
 * title or a heading and their words read as content.
 */

import { replaceHtmlComments } from '../html-comments';

// A comment longer than this, or one spanning lines, stood between blocks: it becomes a line break.
const INLINE_COMMENT_CHARS = 80;
// Directives are short; a longer "{% … %}" is text that happens to hold the marks.
const DIRECTIVE = /\{%[^%\n]{1,200}%\}|\{\{[#>/!][^{}\n]{1,200}\}\}/gu;

/** Removes HTML comments and template directives (linear: one scan for comments, one regex pass). */
export function stripHiddenMarkup(text: string): string {
  // An unclosed comment hides nothing: the rest is kept as written, and no later opening can close either.
  const out = replaceHtmlComments(
    text,
    (comment) => {
      const body = comment.slice('<!--'.length, -'-->'.length);
      return body.includes('\n') || body.length > INLINE_COMMENT_CHARS ? '\n' : ' ';
    },
    'kept',
  );
  return out.replace(DIRECTIVE, (d: string) => (d.startsWith('{%') || d.startsWith('{{#') ? '\n' : ''));
}

/**
 * Markdown marks in a résumé written as Markdown (or pasted from it): a heading's "#"s, a quote's
 * ">", a link's brackets, emphasis stars and underscores, a definition's ":" and a numbered list's
 * "1.". They frame the words a reader sees and are no part of them: "# Jane Roe" is a name,
 * "[jane@x.org](mailto:jane@x.org)" an address, "__2004-2005__" a date, "<span>2011</span>" a year.
 */

import { replaceHtmlComments } from '../../html-comments';

const HEADING_MARK = /^#{1,6}\s+(?=\S)/u;
const QUOTE_MARK = /^(?:>\s?)+/u;
const DEFINITION_MARK = /^:\s+(?=\S)/u;
const NUMBERED_ITEM = /^\d{1,2}[.)]\s+(?=\p{L})/u;
const LINK = /\[([^\][]+)\]\((?:[^()\s]+)\)/gu;
// Emphasis wraps words; a run of stars with no letter or figure inside ("+49 176 *** *** **", a
// masked phone) is printed text.
const STRONG = /(?<![\p{L}\p{N}*_])(\*\*|__)(?=[^\s*_])([^*_]*?[\p{L}\p{N}][^*_]*?)(?<=[^\s*_])\1(?![\p{L}\p{N}*_])/gu;
const EMPHASIS = /(?<![\p{L}\p{N}*_])([*_])(?=[^\s*_])([^*_]*?[\p{L}\p{N}][^*_]*?)(?<=[^\s*_])\1(?![\p{L}\p{N}*_])/gu;
// Inline HTML a Markdown résumé sets its columns with ("<span>BA, Oklahoma</span> <span>2011 -- 2014</span>"):
// the tags part the cells they wrap, as a table's gap does.
const INLINE_TAG = /<\/?(?:span|div|p|b|i|em|strong|small|sub|sup|u|br|font)\b[^<>]{0,200}>/giu;
// A horizontal rule ("------", "***", "___") between sections: no text.
const RULE = /^(?:[-*_=]\s*){3,}$/u;

/** A line with its Markdown marks taken off, and whether it was a numbered list item ("1. PHP"). */
export function withoutMarkdownMarks(text: string): { text: string; item: boolean } {
  if (RULE.test(text)) return { text: '', item: false };
  let out = text.replace(QUOTE_MARK, '').replace(HEADING_MARK, '');
  if (out.includes('<')) out = out.replace(INLINE_TAG, '  ').replace(/ {3,}/gu, '  ').trim();
  const item = NUMBERED_ITEM.test(out);
  out = out.replace(NUMBERED_ITEM, '').replace(DEFINITION_MARK, '');
  out = out.replace(LINK, '$1').replace(STRONG, '$2').replace(EMPHASIS, '$2');
  return { text: out, item };
}

/**
 * A Markdown (or HTML) source without its comments ("<!-- … -->"), which its rendering hides: a
 * template's notes to its user or sample sections it left in, no claim of the person's. Each
 * comment leaves its line breaks, so the lines after it keep their numbers; one left open runs to
 * the end, as a renderer hides it.
 */
export function withoutHtmlComments(text: string): string {
  return replaceHtmlComments(text, (comment) => comment.replace(/[^\n]+/gu, ''), 'hides');
}

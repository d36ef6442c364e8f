import { decodeEntities } from './entities';
import { BULLET_MARK, HEADING_MARK, SEPARATOR_MARK } from './markers';

const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/gu;
const HAS_TAG =
  /<\/?(?:p|br|li|ul|ol|div|span|h[1-6]|strong|b|em|i|a|table|tr|td|th|section|article|font|u)\b[^<>]*>/iu;

/**
 * Turns pasted HTML into text lines: block tags become line breaks, list items become bullet
 * lines, headings become heading lines, everything else is dropped, and character references
 * are decoded. Escaped HTML (`&lt;li&gt;`) is unwrapped once more.
 */
export function stripHtml(text: string): string {
  let current = text;
  for (let round = 0; round < 2; round++) {
    if (!HAS_TAG.test(current)) break;
    current = current
      .replace(/<!--[\s\S]*?-->/gu, ' ')
      .replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, ' ')
      .replace(/<br\s*\/?>/giu, '\n')
      .replace(/<li\b[^>]*>/giu, `\n${BULLET_MARK} `)
      .replace(/<h[1-6]\b[^>]*>/giu, `\n${HEADING_MARK}`)
      .replace(/<hr\b[^>]*>/giu, `\n${SEPARATOR_MARK}\n`)
      .replace(/<\/(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote)\s*>/giu, '\n')
      .replace(/<(?:p|div|ul|ol|tr|table|section|article|blockquote)\b[^>]*>/giu, '\n')
      .replace(/<\/?(?:td|th)\b[^>]*>/giu, ' ')
      .replace(TAG, '');
    current = decodeEntities(current);
  }
  return decodeEntities(current);
}

const MARKDOWN_CHARACTER = /[-*_=#()[\]{}!<>`\\]/u;

/**
 * Turns Markdown into text lines: `#` headings become heading lines, a line that is only bold
 * text becomes a heading line, links keep their text, images, emphasis markers, inline-code
 * ticks and backslash escapes go, and horizontal rules become separators. List markers are
 * left for the line splitter, which reads them as bullets.
 */
export function stripMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      // Very long lines are prose or garbage; skipping them keeps the pass linear on any input.
      if (line.length > 5000) return line;
      // Every rule below needs one of these characters; most lines of prose have none, and skipping them saves ten
      // passes per line on texts of many short lines.
      if (!MARKDOWN_CHARACTER.test(line)) return line;
      if (/^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/u.test(line)) return SEPARATOR_MARK;
      if (/^\s{0,3}(?:={3,}|-{3,})\s*$/u.test(line)) return SEPARATOR_MARK;
      // A MyST target line ("(role:infrastructure-engineer)=") names the heading below for links; it is no text.
      if (/^\s*\([\w:./-]{1,100}\)=\s*$/u.test(line)) return '';
      let out = line
        // Kramdown attribute lists ("### GitHub repos {.h4}", "[Apply](...){.usa-link--external}") style the text.
        .replace(/\{:?\s?[.#][\w-]{1,60}(?:\s[.#][\w-]{1,60}){0,5}\s?\}/gu, '')
        .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
        .replace(/\[([^\]]+)\]\((?:[^)\s]*)(?:\s+"[^"]*")?\)/gu, '$1')
        .replace(/<(https?:\/\/[^<>\s]+)>/gu, '$1')
        .replace(/`([^`]+)`/gu, '$1');
      // "##Required Qualifications": authors who skip the space after the marks still mean a heading ("#Tag" may not).
      const heading = /^\s{0,3}(?:#{1,6}\s+|#{2,6}(?=[A-Z]))(.*?)\s*#*\s*$/u.exec(out);
      if (heading) return `${HEADING_MARK}${stripEmphasis(heading[1])}`;
      const bold = /^\s*(\*\*|__)([^*_].*?)\1\s*(:?)\s*$/u.exec(out);
      if (bold && !bold[2].includes(bold[1])) return `${HEADING_MARK}${bold[2].trim()}${bold[3]}`;
      out = stripEmphasis(out);
      return out.replace(/\\([\\`*_{}[\]()#+\-.!|])/gu, '$1');
    })
    .join('\n');
}

function stripEmphasis(text: string): string {
  return text
    .replace(/\*\*(?=\S)(.+?)\*\*/gu, '$1')
    .replace(/__(?=\S)(.+?)__/gu, '$1')
    .replace(/(^|[\s(])\*(?=[^\s*])([^*\n]+?)\*(?=[\s).,:;!?]|$)/gu, '$1$2');
}

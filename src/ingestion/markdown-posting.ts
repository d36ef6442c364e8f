import { readHtmlPosting } from './html-posting';
import type { PostingDocument } from './posting-format';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;
const MARKDOWN_SIGNS = [
  /^#{1,6}\s+\S/mu,
  /^\s{0,3}(?:[-*+]|\d{1,2}\.)\s+\S/mu,
  /\*\*[^*\n]+\*\*/u,
  /\[[^\]\n]+\]\([^)\s]+\)/u,
];

/** Whether a text is written in Markdown: front matter, or at least two kinds of Markdown markup. */
export function looksLikeMarkdown(text: string): boolean {
  return FRONT_MATTER.test(text) || looksLikeMarkdownBody(text);
}

/**
 * Whether a text is a static site's Markdown page: YAML front matter, then a body written in
 * Markdown. Such a page may embed a few HTML blocks (an "Apply" button) and is still Markdown.
 */
export function looksLikeMarkdownPage(text: string): boolean {
  const front = FRONT_MATTER.exec(text);
  return front !== null && looksLikeMarkdownBody(text.slice(front[0].length));
}

const PAGE_SIGNS = /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/iu;
const ATX_HEADING = /^#{1,6}[ \t]+\S/gmu;

/**
 * Whether a text is Markdown that embeds a few HTML blocks (a GOV.UK summary list, an "Apply"
 * button) without front matter: no page around it, and its sections are Markdown headings at the
 * start of lines, which HTML never writes. Read as HTML, the headings and lists would run together.
 */
export function looksLikeMarkdownWithHtmlBlocks(text: string): boolean {
  const sample = text.slice(0, 20_000);
  if (PAGE_SIGNS.test(sample)) return false;
  return (sample.match(ATX_HEADING)?.length ?? 0) >= 2;
}

function looksLikeMarkdownBody(body: string): boolean {
  return MARKDOWN_SIGNS.filter((sign) => sign.test(body)).length >= 2 || /^#{1,6}\s+\S/mu.test(body);
}

/**
 * A Markdown posting for the parser: YAML front matter (a blog's `title:`, `layout:`, tags)
 * is not posting text, except its title, which becomes the first line. Lines the author's editor
 * wrapped are joined (see joinSoftWraps); the rest of the Markdown (headings, lists, bold) is read
 * by the parser itself.
 */
export function readMarkdownPosting(text: string): PostingDocument {
  const front = FRONT_MATTER.exec(text);
  if (front === null) return { format: 'MARKDOWN', text: joinSoftWraps(htmlBlocksAsText(text)), jobPosting: null };
  const title = /^title:\s*["']?(.+?)["']?\s*$/mu.exec(front[1])?.[1] ?? null;
  const body = [joinSoftWraps(htmlBlocksAsText(text.slice(front[0].length))), ...frontMatterProse(front[1])].join(
    '\n\n',
  );
  return { format: 'MARKDOWN', text: title === null ? body : `${title}\n\n${body}`, jobPosting: null };
}

const HTML_BLOCK_START = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/u;

/**
 * The HTML blocks a Markdown page embeds (a summary list of grade and salary, a button), as the
 * text a reader sees: Markdown ends such a block at a blank line, and its tags are no posting text.
 */
function htmlBlocksAsText(body: string): string {
  const out: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    if (block.length > 0) out.push(readHtmlPosting(block.join('\n')).text.trim());
    block = [];
  };
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(?:```|~~~)/u.test(line)) fenced = !fenced;
    if (block.length > 0) {
      if (line.trim() === '') {
        flush();
        out.push(line);
      } else block.push(line);
    } else if (!fenced && HTML_BLOCK_START.test(line)) block.push(line);
    else out.push(line);
  }
  flush();
  return out.join('\n');
}

// A double-quoted YAML scalar on one line; its line breaks are escapes ("* Great communication\r\n* ...").
const QUOTED_FIELD = /^[A-Za-z_][\w-]*:[ \t]*"((?:[^"\\\n]|\\.)*)"[ \t]*$/gmu;

/**
 * Posting text a job board keeps in its front matter: a quoted field holding several lines
 * (the Open Source Design board's `deliverables`, where the requirements list often is).
 * One-line values are metadata and stay out.
 */
function frontMatterProse(front: string): string[] {
  const out: string[] = [];
  for (const m of front.matchAll(QUOTED_FIELD)) {
    if (!/\\[rn]/u.test(m[1])) continue;
    const value = m[1]
      .replace(/\\r\\n|\\n|\\r/gu, '\n')
      .replace(/\\t/gu, ' ')
      .replace(/\\u([0-9a-fA-F]{4})/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/\\(.)/gu, '$1')
      .trim();
    if (value.length >= 80) out.push(value);
  }
  return out;
}

/** A line that starts a Markdown block of its own: heading, list item, quote, table, HTML, fence, rule, a bold label. */
const BLOCK_START =
  /^\s*(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\||<|```|~~~)|^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$|^\s*(\*\*|__)[^*_].*\2\s*:?\s*$/u;
/** A line that cannot go on into the next: a heading, a fence, a table row, HTML, a label, a hard break. */
const CLOSED = /^\s*(?:#{1,6}\s|```|~~~|\||<)|:\s*$|(?: {2}|\\)$|^\s*(\*\*|__)[^*_].*\1\s*:?\s*$/u;
const CONNECTOR_END = /(?:,|\b(?:and|or|of|with|in|the|to|for|a|an|on|at|by|as|e\.g\.|i\.e\.)|[&/(])\s*$/iu;

/**
 * Joins the lines of a Markdown paragraph or list item that the author's editor wrapped
 * ("- Writing up documentation and provide support for working with" + "    “Forskermaskine”
 * (research engine on Statistics Denmark or" + "    Sundhedsdatastyrelsen) projects"): Markdown
 * reads them as one line, and split they are read as separate requirement lines. A line goes on
 * into the next when the next starts no block of its own and continues it: it starts in lower
 * case, is indented under a list item, follows a connecting word or comma, or closes a link the
 * line opened. Lines in fenced code stay as they are.
 */
export function joinSoftWraps(body: string): string {
  const out: string[] = [];
  let fenced = false;
  let open = false;
  let inItem = false;
  for (const line of body.split('\n')) {
    if (/^\s*(?:```|~~~)/u.test(line)) fenced = !fenced;
    const prev = out[out.length - 1];
    const blank = line.trim() === '';
    const continues =
      !fenced &&
      open &&
      prev !== undefined &&
      !blank &&
      !BLOCK_START.test(line) &&
      line.length < 2000 &&
      (/^\s*[a-z(]/u.test(line) ||
        (inItem && /^\s{2,}\S/u.test(line)) ||
        CONNECTOR_END.test(prev) ||
        (prev.split('[').length > prev.split(']').length && prev.length < 4000));
    if (continues) {
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    } else {
      out.push(line);
      inItem = /^\s*(?:[-*+]|\d{1,3}[.)])\s/u.test(line);
    }
    const last = out[out.length - 1];
    open = !fenced && !blank && !CLOSED.test(last) && !/^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$/u.test(last);
    if (blank) inItem = false;
  }
  return out.join('\n');
}

import { looksLikeJobTitle } from '../parsing/posting/job-title-pattern';
import { readHtmlPosting } from './html-posting';
import type { PostingDocument } from './posting-format';

// YAML front matter (Jekyll, Hugo) between "---" lines, or Hugo's TOML front matter between "+++" lines.
const FRONT_MATTER =
  /^\uFEFF?(?:---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)|\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+)[ \t]*(?:\r?\n|$)/u;
// A MultiMarkdown / Pelican metadata block: "Key: value" lines at the very top, ended by a blank line, one of them the title.
const METADATA_BLOCK = /^\uFEFF?((?:[A-Za-z][\w-]{0,30}:[ \t]*\S[^\n]*\r?\n){1,20})[ \t]*\r?\n/u;
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
  if (front === null) return { format: 'MARKDOWN', text: withMetadataTitle(text), jobPosting: null };
  const fields = front[1] ?? front[2];
  const rest = joinSoftWraps(htmlBlocksAsText(text.slice(front[0].length)));
  const title = fieldValue(fields, 'title') ?? roleTitle(fields, rest);
  const head = [title, scheduleField(fields)].filter((l) => l !== null).join('\n');
  const body = [rest, ...frontMatterProse(fields)].join('\n\n');
  return { format: 'MARKDOWN', text: head === '' ? body : `${head}\n\n${body}`, jobPosting: null };
}

/**
 * A page's front matter apart from its body: the lines it gives the posting (its title, its schedule field) and
 * the body; null without front matter.
 */
export function splitFrontMatter(text: string): { head: string; body: string } | null {
  const front = FRONT_MATTER.exec(text);
  if (front === null) return null;
  const fields = front[1] ?? front[2];
  const head = [fieldValue(fields, 'title'), scheduleField(fields)].filter((l) => l !== null).join('\n');
  return { head, body: text.slice(front[0].length) };
}

/** A schedule field ("hours: Full-time", "employment_type: Contract") as the posting's "Employment type:" line. */
function scheduleField(fields: string): string | null {
  const value = fieldValue(
    fields,
    '(?:hours|employment[_-]?type|employmenttype|job[_-]?type|contract[_-]?type|schedule)',
  );
  return value === null || value.length > 40 ? null : `Employment type: ${value}`;
}

/** A one-line front matter field, YAML ("title: X") or TOML ("title = \"X\""), without its quotes. */
function fieldValue(fields: string, name: string): string | null {
  const m = new RegExp(String.raw`^${name}[ \t]*[:=][ \t]*["']*(.+?)["']*[ \t]*$`, 'mu').exec(fields);
  return m === null || m[1].trim() === '' ? null : m[1].trim();
}

// How far into the body a title line is looked for, in non-empty lines.
const TITLE_LINES = 3;

/**
 * The front matter's role ("role: Quality_Assurance_Analyst", a slug whose underscores are spaces) as the
 * title, when the posting pasted under it has no title line of its own near the top: then the role is the
 * only place the text names the job. A title line in the body stays the title.
 */
function roleTitle(fields: string, body: string): string | null {
  const role = fieldValue(fields, '(?:role|position|job_title|job-title|jobtitle)');
  if (role === null) return null;
  const name = role.replace(/_/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!looksLikeJobTitle(name)) return null;
  const opening = body
    .replace(/<!--[\s\S]*?-->/gu, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, TITLE_LINES);
  return opening.some((l) => looksLikeJobTitle(l.replace(/^#{1,6}\s+|\*\*/gu, ''))) ? null : name;
}

/**
 * A page that opens with a metadata block ("Title: Senior Engineer" / "license: ..." then a blank
 * line): its title goes first and each field stands on a line of its own. Joined to the title line as
 * a wrapped paragraph, the fields made one long title.
 */
function withMetadataTitle(text: string): string {
  const block = METADATA_BLOCK.exec(text);
  const title = block === null ? null : fieldValue(block[1], '[Tt]itle');
  if (block === null || title === null) return joinSoftWraps(htmlBlocksAsText(text));
  const others = block[1]
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== '' && !/^title[ \t]*:/iu.test(l))
    .map((l) => l.trim());
  return [title, ...others, joinSoftWraps(htmlBlocksAsText(text.slice(block[0].length)))].join('\n\n');
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

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

function looksLikeMarkdownBody(body: string): boolean {
  return MARKDOWN_SIGNS.filter((sign) => sign.test(body)).length >= 2 || /^#{1,6}\s+\S/mu.test(body);
}

/**
 * A Markdown posting for the parser: YAML front matter (a blog's `title:`, `layout:`, tags)
 * is not posting text, except its title, which becomes the first line. The rest of the
 * Markdown (headings, lists, bold) is read by the parser itself.
 */
export function readMarkdownPosting(text: string): PostingDocument {
  const front = FRONT_MATTER.exec(text);
  if (front === null) return { format: 'MARKDOWN', text, jobPosting: null };
  const title = /^title:\s*["']?(.+?)["']?\s*$/mu.exec(front[1])?.[1] ?? null;
  const body = [text.slice(front[0].length), ...frontMatterProse(front[1])].join('\n\n');
  return { format: 'MARKDOWN', text: title === null ? body : `${title}\n\n${body}`, jobPosting: null };
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

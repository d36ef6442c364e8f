import { load, type CheerioAPI } from 'cheerio';
import { looksLikeJobTitle } from '../parsing/posting/job-title-pattern';
import type { PostingDocument } from './posting-format';

const HTML_SIGNS =
  /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<(?:div|p|ul|ol|li|h[1-6]|br|section|article|table|span|strong|b)\b[^<>]*>/iu;

/** Whether a text is HTML (a page or a fragment of one), not text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const tags = sample.match(/<\/?[a-z][a-z0-9]*\b[^<>]*>/giu)?.length ?? 0;
  return HTML_SIGNS.test(sample) && tags >= 2;
}

// Page furniture, never part of the posting.
const NOT_CONTENT =
  'script, style, noscript, template, svg, iframe, nav, footer, header, aside, form, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]';
const BLOCKS = 'p, div, section, article, main, ul, ol, table, tr, dl, dt, dd, blockquote, pre, br';

function isJobPosting(node: unknown): node is Record<string, unknown> {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return false;
  const type = (node as Record<string, unknown>)['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
}

/** The first schema.org JobPosting in the page's JSON-LD blocks (top level, in a list or in an @graph). */
function jobPostingOf($: CheerioAPI): Record<string, unknown> | null {
  for (const element of $('script[type="application/ld+json"]').toArray()) {
    let doc: unknown;
    try {
      doc = JSON.parse($(element).text());
    } catch {
      continue;
    }
    const candidates: unknown[] = Array.isArray(doc) ? doc : [doc];
    for (const c of [...candidates]) {
      const graph = typeof c === 'object' && c !== null ? (c as Record<string, unknown>)['@graph'] : undefined;
      if (Array.isArray(graph)) candidates.push(...graph);
    }
    const found = candidates.find(isJobPosting);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * Source whitespace as a browser shows it, a space, except where the text itself is laid out in lines: a
 * blank line (a paragraph break) and a break before a list or heading mark ("- Python", "## Essential skills").
 * Markdown with an HTML block, and text templates, write their structure that way; a wrapped sentence
 * ("…more than just Photoshop" / "mockups; …") is still one line.
 */
function collapseSourceBreaks(text: string): string {
  return text.replace(/\s+/gu, (space: string, at: number) => {
    if (!space.includes('\n')) return ' ';
    if (/\n[^\S\n]*\n/u.test(space)) return '\n\n';
    return /^(?:[-*+•]\s|#|\d{1,2}[.)]\s)/u.test(text.slice(at + space.length, at + space.length + 5)) ? '\n' : ' ';
  });
}

/** The visible text of the page's main part as Markdown-style lines: headings `#`, list items `-`. */
function visibleText($: CheerioAPI): string {
  $(NOT_CONTENT).remove();
  const main = $('main, [role=main], article').first();
  // load() always wraps a fragment in html/body, so there is a body to fall back to.
  const root = main.length > 0 ? main : $('body');
  // A line break in the page's source is a space, as a browser shows it ("…on our mobile apps (native" /
  // "Android and iOS)." is one sentence); only the markup breaks lines. Preformatted text keeps its breaks.
  root
    .find('*')
    .addBack()
    .contents()
    .each((_, node) => {
      if (node.type === 'text' && $(node).parents('pre').length === 0) node.data = collapseSourceBreaks(node.data);
    });
  root.find('h1, h2, h3, h4, h5, h6').each((_, el) => {
    $(el).replaceWith(`\n\n# ${$(el).text().replace(/\s+/gu, ' ').trim()}\n\n`);
  });
  root.find('li').each((_, el) => {
    // One line break before each item only: a blank line between items would end the list.
    $(el).prepend('\n- ');
  });
  root.find('strong, b').each((_, el) => {
    const text = $(el).text().trim();
    // A bold line on its own is a heading in job-board markup ("<p><strong>Requirements</strong></p>").
    if (text !== '' && $(el).parent().text().trim() === text) $(el).replaceWith(`\n# ${text}\n`);
  });
  root.find(BLOCKS).each((_, el) => {
    // Paragraphs inside a list item stay on the item's line.
    if ($(el).parents('li').length > 0) $(el).before(' ').after(' ');
    else $(el).before('\n').after('\n');
  });
  return root
    .text()
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/**
 * An HTML posting (a job board's page or a fragment): the schema.org JobPosting when the page
 * carries one, and the visible text of the page's main part, without scripts, navigation,
 * headers, footers and forms. Read with an HTML parser (cheerio), so markup in attributes,
 * comments or scripts never leaks into the text.
 */
export function readHtmlPosting(html: string): PostingDocument {
  const $ = load(html);
  const jobPosting = jobPostingOf($);
  const title = pageTitle($);
  const text = visibleText($);
  // The page's own name for the job, kept first when the page header it sits in is dropped as chrome.
  const named = title !== null && !text.slice(0, 2000).toLowerCase().includes(title.toLowerCase());
  return { format: 'HTML', text: named ? `# ${title}\n\n${text}` : text, jobPosting };
}

/**
 * The job the page is named for: its first <h1>, else its og:title, else its <title> (or the part of one
 * between " | " that names a job: "Senior Engineer | Acme Careers"). Null when none names a job.
 */
function pageTitle($: CheerioAPI): string | null {
  const candidates = [
    $('h1').first().text(),
    $('meta[property="og:title"]').attr('content') ?? '',
    $('head > title').first().text(),
  ];
  for (const candidate of candidates) {
    const text = candidate.replace(/\s+/gu, ' ').trim();
    if (text === '') continue;
    const name = [text, ...text.split(/\s+\|\s+/u)].find((part) => part.length <= 80 && looksLikeJobTitle(part));
    if (name !== undefined) return name;
  }
  return null;
}

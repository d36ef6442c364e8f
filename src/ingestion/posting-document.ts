import { DocumentError } from '../documents';
import { pdfText } from '../documents/pdf-text';
import { readHtmlPosting, looksLikeHtml } from './html-posting';
import {
  looksLikeMarkdown,
  looksLikeMarkdownPage,
  looksLikeMarkdownWithHtmlBlocks,
  readMarkdownPosting,
  splitFrontMatter,
} from './markdown-posting';
import type { PostingDocument, PostingFormat } from './posting-format';

/** A posting document's bytes (a file, an upload) could not be read. */
export class PostingDocumentError extends Error {}

/** The form of a posting text: HTML, Markdown or plain text (PDF is told apart by its bytes). */
export function postingFormatOf(text: string): PostingFormat {
  if (looksLikeMarkdownPage(text) || looksLikeMarkdownWithHtmlBlocks(text)) return 'MARKDOWN';
  if (looksLikeHtml(text)) return 'HTML';
  if (looksLikeMarkdown(text)) return 'MARKDOWN';
  return 'TEXT';
}

/** A posting given as text (pasted, or a text file): read as the form it is written in. */
export function readPostingText(text: string): PostingDocument {
  const format = postingFormatOf(text);
  if (format === 'HTML') return readHtmlPage(text);
  if (format === 'MARKDOWN') return readMarkdownPosting(text);
  return { format: 'TEXT', text, jobPosting: null };
}

/**
 * An HTML page body under a static site's front matter (Jekyll's "title: JavaScript Developer", "layout: ..."):
 * the front matter's title and schedule first, as a Markdown page's, and none of its other fields.
 */
function readHtmlPage(text: string): PostingDocument {
  const front = splitFrontMatter(text);
  if (front === null) return readHtmlPosting(text);
  const doc = readHtmlPosting(front.body);
  return front.head === '' ? doc : { ...doc, text: `${front.head}\n\n${doc.text}` };
}

function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

/**
 * A posting file's bytes: a PDF by its header (its text layer, read with unpdf, headings and
 * wrapped lines read from the layout), else UTF-8
 * text read as HTML, Markdown or plain text.
 */
export async function readPostingBytes(bytes: Uint8Array, source: string): Promise<PostingDocument> {
  if (isPdf(bytes)) {
    try {
      return { format: 'PDF', text: await pdfText(bytes, source, { posting: true }), jobPosting: null };
    } catch (err) {
      if (err instanceof DocumentError) throw new PostingDocumentError(err.message);
      throw err;
    }
  }
  return readPostingText(Buffer.from(bytes).toString('utf8'));
}

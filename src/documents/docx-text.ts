import mammoth from 'mammoth';
import { DocumentError } from './document-error';
import { htmlToLines } from './html-lines';
import { checkZipBomb } from './zip-directory';

/**
 * The text of a DOCX: paragraphs one per line, list items as bullets, and each table row on one
 * line with its cells apart (two-column résumé templates are often tables). The zip is checked
 * for bombs before mammoth inflates it.
 */
export async function docxText(bytes: Buffer, source: string): Promise<string> {
  checkZipBomb(bytes, source);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (err) {
    throw new DocumentError(
      source,
      'CORRUPT',
      `corrupt or unreadable DOCX (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
    );
  }
  return htmlToLines(html);
}

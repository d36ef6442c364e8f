import mammoth from 'mammoth';
import { DocumentError } from './document-error';
import { htmlToLines } from './html-lines';
import { checkZipBomb, zipParts } from './zip-directory';

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
  const header = pageHeaderText(bytes, source);
  return header === '' ? htmlToLines(html) : `${header}\n${htmlToLines(html)}`;
}

/**
 * The text of the page headers, where Word résumé templates often put the name and contact
 * lines (mammoth reads the body only): each paragraph a line, tabs as wide gaps, each distinct
 * header once.
 */
function pageHeaderText(bytes: Buffer, source: string): string {
  const texts = zipParts(bytes, source, /^word\/header\d*\.xml$/u).map(({ data }) =>
    data
      .toString('utf8')
      .replace(/<w:tab\/>/gu, '  ')
      .replace(/<\/w:p>/gu, '\n')
      .replace(/<[^>]+>/gu, '')
      .replace(/&amp;/gu, '&')
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"')
      .replace(/&apos;/gu, "'")
      .split('\n')
      .filter((line) => line.trim() !== '')
      .join('\n'),
  );
  return [...new Set(texts.filter((t) => t !== ''))].join('\n');
}

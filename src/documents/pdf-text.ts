import { DocumentError } from './document-error';
import { laidOutPages } from './pdf-columns';
import { withoutPageFurniture } from './pdf-page-furniture';
import { bodySize, type LaidOutRow, postingColumnText } from './pdf-posting-layout';
import { type PdfTextItem, rows, rowText, runsOf, type TextRun } from './pdf-rows';

/** Minimum characters of text in the whole document below which it has no usable text layer. */
const MIN_TEXT_CHARS = 20;

function pageText(parts: readonly TextRun[][]): string {
  return parts
    .filter((part) => part.length > 0)
    .map((part) => rows(part).map(rowText).join('\n'))
    .join('\n');
}

function laidOut(row: readonly TextRun[]): LaidOutRow {
  const text = rowText(row);
  const chars = row.reduce((n, r) => n + r.str.length, 0);
  return {
    text,
    right: Math.max(...row.map((r) => r.x + r.width)),
    size: Math.min(...row.map((r) => r.height)),
    charWidth: row.reduce((w, r) => w + r.width, 0) / Math.max(1, chars),
    y: row[0].y,
  };
}

/**
 * The pages of a posting PDF, without a printing browser's header and footer rows, with headings and wrapped lines read
 * from the layout (see postingColumnText).
 */
function postingText(pages: readonly { runs: TextRun[]; width: number }[]): string {
  const columns = laidOutPages(withoutPageFurniture(pages), { sidebars: true })
    .filter((part) => part.length > 0)
    .map((part) => rows(part).map(laidOut));
  const body = bodySize(columns.flat());
  return columns.map((column) => postingColumnText(column, body)).join('\n');
}

/**
 * The text of a PDF's text layer, in reading order: rows by position (so table cells and
 * flush-right dates stay on their line) and, on a page set in two columns, the left column
 * before the right. No OCR: a scanned, image-only PDF is refused as having no text layer.
 * With `posting`, headings and wrapped lines are read from the layout as well (postingColumnText).
 */
export async function pdfText(
  bytes: Uint8Array,
  source: string,
  options: { readonly posting?: boolean } = {},
): Promise<string> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false, verbosity: 0 });
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException')
      throw new DocumentError(source, 'ENCRYPTED', 'encrypted PDF (password protected); export it without a password');
    throw new DocumentError(
      source,
      'CORRUPT',
      `corrupt or unreadable PDF (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  try {
    const pages: { runs: TextRun[]; width: number }[] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const runs = runsOf(content.items as PdfTextItem[]);
      for (const r of runs) chars += r.str.trim().length;
      pages.push({ runs, width: page.getViewport({ scale: 1 }).width });
      page.cleanup();
    }
    if (chars < MIN_TEXT_CHARS)
      throw new DocumentError(source, 'NO_TEXT_LAYER', 'no text layer (OCR is not supported)');
    return options.posting === true ? postingText(pages) : pageText(laidOutPages(pages));
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    throw new DocumentError(
      source,
      'CORRUPT',
      `corrupt or unreadable PDF (${err instanceof Error ? err.message : String(err)})`,
    );
  } finally {
    await pdf.destroy();
  }
}

import { DocumentError } from './document-error';
import { MAX_DOCUMENT_BYTES, MAX_TEXT_CHARS, tooLargeReason } from './document-limits';
import { docxText } from './docx-text';
import { pdfText } from './pdf-text';

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const TEXT = 'text/plain';
/** Media types a résumé document may have. */
export const RESUME_MEDIA_TYPES: readonly string[] = [PDF, DOCX, TEXT];

const BY_EXTENSION: Readonly<Record<string, string>> = { '.pdf': PDF, '.docx': DOCX, '.txt': TEXT, '.text': TEXT };

/** The media type of a file name by its extension (.pdf, .docx, .txt), or null. */
export function mediaTypeOfName(name: string): string | null {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : (BY_EXTENSION[name.slice(dot).toLowerCase()] ?? null);
}

function isPdf(bytes: Buffer): boolean {
  // The header may follow some junk; PDF readers look in the first KiB.
  return bytes.subarray(0, 1024).includes('%PDF-');
}

function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
}

/** Text bytes as a string: UTF-16 by its BOM, UTF-8 when valid, else Windows-1252 (old e-mail exports). */
function decodeText(bytes: Buffer, source: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 4096).includes(0))
    throw new DocumentError(source, 'CORRUPT', 'binary file, not text (expected PDF, DOCX or plain text)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The plain text of a résumé document. The content decides the format where it is clear (a
 * PDF sent as text/plain is read as a PDF); a declared PDF or DOCX that is not one is refused.
 */
export async function documentText(bytes: Buffer, mediaType: string, source: string): Promise<string> {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(source, 'TOO_LARGE', tooLargeReason(bytes.length));
  }
  if (bytes.length === 0) throw new DocumentError(source, 'CORRUPT', 'empty file');
  const type = mediaType.split(';')[0].trim().toLowerCase();
  if (!RESUME_MEDIA_TYPES.includes(type) && type !== 'application/octet-stream') {
    throw new DocumentError(
      source,
      'UNSUPPORTED_TYPE',
      `unsupported media type "${mediaType}" (expected ${RESUME_MEDIA_TYPES.join(', ')})`,
    );
  }
  let text: string;
  if (isPdf(bytes)) text = await pdfText(bytes, source);
  else if (type === PDF) throw new DocumentError(source, 'CORRUPT', 'not a PDF (no %PDF header)');
  else if (isZip(bytes)) text = await docxText(bytes, source);
  else if (type === DOCX) throw new DocumentError(source, 'CORRUPT', 'not a DOCX (not a zip archive)');
  else text = decodeText(bytes, source);
  if (text.length > MAX_TEXT_CHARS)
    throw new DocumentError(
      source,
      'TOO_LARGE',
      `${text.length} characters of text; a résumé is limited to ${MAX_TEXT_CHARS}`,
    );
  return text;
}

import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import { NotAResumeDocumentError, parseResumeText, type ResumeTextParse } from '../parsing/resume/text';
import { DocumentError } from './document-error';
import { documentText } from './document-text';

/**
 * A résumé document (PDF, DOCX or text) read into a parsed candidate: the format adapter gives
 * the text, the pure parser reads it. Every refusal is a DocumentError naming `source`.
 */
export async function readResumeDocument(
  bytes: Buffer,
  mediaType: string,
  source: string,
  taxonomy: Taxonomy,
  now: Date,
): Promise<ResumeTextParse> {
  const text = await documentText(bytes, mediaType, source);
  try {
    return parseResumeText(text, taxonomy, { now });
  } catch (err) {
    if (err instanceof NotAResumeDocumentError) throw new DocumentError(source, 'NOT_A_RESUME', err.message);
    throw err;
  }
}

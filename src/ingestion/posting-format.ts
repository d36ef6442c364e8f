/** The form a posting arrived in, as the readers tell them apart. */
export type PostingFormat = 'TEXT' | 'MARKDOWN' | 'HTML' | 'PDF';

export const POSTING_FORMATS: readonly PostingFormat[] = ['TEXT', 'MARKDOWN', 'HTML', 'PDF'];

/** A posting document turned into what the pure parser reads. */
export interface PostingDocument {
  readonly format: PostingFormat;
  /** Text for the posting parser: Markdown-style headings and bullets where the source had them. */
  readonly text: string;
  /** The schema.org JobPosting the page carried, when it had one (HTML only). */
  readonly jobPosting: Record<string, unknown> | null;
}

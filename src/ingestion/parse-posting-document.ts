import type { ImportWarning, PostingDraft } from '../domain/drafts';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import { parseJobPostingPage, parsePosting, type UnknownRequirement } from '../parsing/posting';
import { readPostingText } from './posting-document';
import type { PostingDocument, PostingFormat } from './posting-format';

/** The first posting of a document, its warnings and the form it was read from. */
export interface ParsedPostingForm {
  readonly posting: PostingDraft;
  readonly unknownRequirements: readonly UnknownRequirement[];
  readonly warnings: readonly ImportWarning[];
  readonly format: PostingFormat;
}

/** The first posting of a document already read into text: a page's JobPosting with its text, or the text alone. */
export function parsePostingDocument(doc: PostingDocument, taxonomy: Taxonomy): ParsedPostingForm {
  const parsed =
    doc.jobPosting !== null
      ? parseJobPostingPage(doc.jobPosting, doc.text, taxonomy)
      : parsePosting(doc.text, taxonomy);
  return { ...parsed, format: doc.format };
}

/** The first posting of a text in whatever form it is written (plain text, Markdown, HTML). */
export function parsePostingInAnyForm(text: string, taxonomy: Taxonomy): ParsedPostingForm {
  return parsePostingDocument(readPostingText(text), taxonomy);
}

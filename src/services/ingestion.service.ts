import {
  DocumentError,
  MAX_DOCUMENT_BYTES,
  MAX_POSTING_DOCUMENT_BYTES,
  RESUME_MEDIA_TYPES,
  type ResumeDocumentReader,
  sizeName,
} from '../documents';
import type { CandidateDraft, ImportWarning, PostingDraft } from '../domain/drafts';
import { NotAJobPostingError, postingFromJsonLd } from '../parsing/jsonld';
import {
  type ParsedPostingForm,
  PostingDocumentError,
  type PostingDocument,
  type PostingFormat,
  parsePostingDocument,
  parsePostingInAnyForm,
  readPostingBytes,
  readPostingText,
} from '../ingestion';
import { MAX_POSTING_TEXT_BYTES, parsePostings, type UnknownRequirement } from '../parsing/posting';
import { NotAResumeError, importJsonResume } from '../parsing/resume';
import type { ResumeTextParse } from '../parsing/resume/text';
import type { CandidateEntity } from '../entities/candidate.entity';
import type { PostingEntity } from '../entities/posting.entity';
import type { CandidateService } from './candidate.service';
import { UserInputError } from './errors';
import { fitCandidateDraft, fitPostingDraft } from '../domain/draft-fit';
import { fitResumeParse } from './fit-resume-parse';
import type { OffloadPool } from './offload/offload-pool';
import type { PostingService } from './posting.service';
import type { TaxonomyService } from './taxonomy.service';

export interface Parsed<T> {
  readonly draft: T;
  readonly warnings: readonly ImportWarning[];
}

/** A posting read from a document, and the form the document was in. */
export interface ParsedPostingDocument extends Parsed<PostingDraft> {
  readonly format: PostingFormat;
  /** Terms the requirement lines name that the taxonomy does not know: shown to the person, never scored. */
  readonly unknownRequirements: readonly UnknownRequirement[];
}

/** A posting document as sent: base64 content; the form is told from the content. */
export interface PostingDocumentUpload {
  readonly content: string;
}

/** A résumé document as sent: base64 content and its media type. */
export interface ResumeDocument {
  readonly content: string;
  readonly mediaType: string;
}

/** A résumé document read: everything the parser found, and the candidate draft to store. */
export interface ParsedResumeDocument extends Parsed<CandidateDraft> {
  readonly parse: ResumeTextParse;
}

export interface Imported<E> {
  readonly entity: E;
  readonly warnings: readonly ImportWarning[];
}

/** A document to import in bulk, with a name for its errors (a file, a line). */
export interface Source<T> {
  readonly source: string;
  readonly document: T;
}

/**
 * Turns documents as they are found (pasted posting text, JSON Resume, schema.org JobPosting)
 * into stored postings and candidates, and says what was uncertain. The parsers are pure; this
 * service adds the limits, the clock and the storage.
 */
export class IngestionService {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly postings: PostingService,
    private readonly candidates: CandidateService,
    private readonly now: () => Date = () => new Date(),
    private readonly documents: ResumeDocumentReader | null = null,
    /** Where parsing runs when given: a worker thread, so a long text never holds the event loop. */
    private readonly offload: OffloadPool | null = null,
  ) {}

  /**
   * Reads the first posting of a text, in whatever form it is written (plain text, Markdown,
   * HTML with or without a schema.org JobPosting); a dry run, nothing is stored.
   */
  async parsePosting(text: string, field = 'text'): Promise<ParsedPostingDocument> {
    checkSize(text, field);
    const taxonomy = this.taxonomy.current();
    const parsed = this.offload
      ? await this.offload.run('parsePosting', { text }, taxonomy)
      : parsePostingInAnyForm(text, taxonomy);
    return readPostingForm(parsed);
  }

  /** Every posting of a text (two pasted into one are two), in whatever form it is written. */
  parsePostings(text: string, field = 'text'): Parsed<PostingDraft>[] {
    checkSize(text, field);
    const doc = readPostingText(text);
    if (doc.jobPosting !== null) return [this.readPostingDocument(doc)];
    return parsePostings(doc.text, this.taxonomy.current()).map((p) => fitPostingDraft(p.posting, p.warnings));
  }

  /** Reads a posting document sent as base64 (PDF, HTML, Markdown or text); nothing is stored. */
  async parsePostingUpload(upload: PostingDocumentUpload, field = 'document'): Promise<ParsedPostingDocument> {
    const bytes = decodeBase64(upload.content, `${field}.content`, MAX_POSTING_DOCUMENT_BYTES, 'a posting file');
    if (this.offload) {
      // A PDF's text layer or a large page is seconds of CPU at worst: off the event loop.
      const read = await this.offload.run(
        'parsePostingDocument',
        { bytes, source: `${field}.content` },
        this.taxonomy.current(),
      );
      if ('refused' in read) throw new UserInputError(read.refused, `${field}.content`);
      return readPostingForm(read);
    }
    let doc: PostingDocument;
    try {
      doc = await readPostingBytes(bytes, `${field}.content`);
    } catch (err) {
      if (err instanceof PostingDocumentError) throw new UserInputError(err.message, `${field}.content`);
      throw err;
    }
    return this.readPostingDocument(doc);
  }

  /** The posting of a document already read into text (and its JobPosting, for a page that had one). */
  readPostingDocument(doc: PostingDocument): ParsedPostingDocument {
    return readPostingForm(parsePostingDocument(doc, this.taxonomy.current()));
  }

  /** Parses and stores the first posting of a text. A text with no posting in it is refused. */
  async importPosting(text: string, field = 'text'): Promise<Imported<PostingEntity>> {
    const parsed = await this.parsePosting(text, field);
    requireSomething(parsed.draft, field);
    return { entity: await this.postings.create(parsed.draft), warnings: parsed.warnings };
  }

  /** Parses every posting of every text and stores them all in one transaction, or none. */
  async importPostingTexts(sources: readonly Source<string>[]): Promise<Imported<PostingEntity>[]> {
    const parsed = sources.flatMap((s) =>
      this.parsePostings(s.document, s.source).map((p) => {
        requireSomething(p.draft, s.source);
        return p;
      }),
    );
    const entities = await this.postings.createMany(parsed.map((p) => p.draft));
    return entities.map((entity, i) => ({ entity, warnings: parsed[i].warnings }));
  }

  /** Reads a schema.org JobPosting (ours or a job board's) and stores it. */
  async importJobPosting(doc: unknown, field = 'jsonLd'): Promise<Imported<PostingEntity>> {
    let parsed;
    try {
      parsed = postingFromJsonLd(doc, this.taxonomy.current());
    } catch (err) {
      if (err instanceof NotAJobPostingError) throw new UserInputError(`${field}: ${err.message}`, field);
      throw err;
    }
    const fitted = fitPostingDraft(parsed.posting, parsed.warnings);
    return { entity: await this.postings.create(fitted.draft), warnings: fitted.warnings };
  }

  /** Reads one JSON Resume; throws only when the document is not a resume at all. */
  readJsonResume(doc: unknown, field = 'resume'): Parsed<CandidateDraft> {
    try {
      const imported = importJsonResume(doc, this.taxonomy.current(), { now: this.now() });
      return fitCandidateDraft(imported.candidate, imported.warnings);
    } catch (err) {
      if (err instanceof NotAResumeError) throw new UserInputError(`${field}: ${err.message}`, field);
      throw err;
    }
  }

  async importJsonResume(doc: unknown, field = 'resume'): Promise<Imported<CandidateEntity>> {
    const parsed = this.readJsonResume(doc, field);
    return { entity: await this.candidates.create(parsed.draft), warnings: parsed.warnings };
  }

  /**
   * Reads a résumé document (PDF, DOCX or text, base64) in a worker thread; nothing is stored
   * and nothing of the document is kept or logged. Bad input is a UserInputError naming the field.
   */
  async readResumeDocument(doc: ResumeDocument, field = 'document'): Promise<ParsedResumeDocument> {
    if (this.documents === null) throw new Error('no résumé document reader is configured');
    const mediaType = doc.mediaType.split(';')[0].trim().toLowerCase();
    if (!RESUME_MEDIA_TYPES.includes(mediaType)) {
      throw new UserInputError(
        `${field}.mediaType: unsupported media type "${doc.mediaType}" (expected ${RESUME_MEDIA_TYPES.join(', ')})`,
        `${field}.mediaType`,
      );
    }
    const bytes = decodeBase64(doc.content, `${field}.content`, MAX_DOCUMENT_BYTES, 'a résumé document');
    try {
      const parse = await this.documents.read(
        bytes,
        mediaType,
        `${field}.content`,
        this.taxonomy.current(),
        this.now(),
      );
      const fitted = fitCandidateDraft(parse.candidate, parse.warnings);
      return { ...fitted, parse: fitResumeParse(parse, fitted.warnings) };
    } catch (err) {
      if (err instanceof DocumentError) throw new UserInputError(err.message, `${field}.content`, { reason: err.kind });
      throw err;
    }
  }

  /** Reads a résumé document and stores the candidate. */
  async importResumeDocument(
    doc: ResumeDocument,
    field = 'document',
  ): Promise<Imported<CandidateEntity> & { parse: ResumeTextParse }> {
    const parsed = await this.readResumeDocument(doc, field);
    return { entity: await this.candidates.create(parsed.draft), warnings: parsed.warnings, parse: parsed.parse };
  }
}

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/u;

/** Base64 content, refused before decoding when it is malformed or would decode past the size limit. */
function decodeBase64(content: string, field: string, limit: number, what: string): Buffer {
  const decodedSize = Math.floor((content.replace(/\s+/gu, '').length * 3) / 4);
  if (decodedSize > limit + 2) {
    throw new UserInputError(
      `${field}: the document is about ${decodedSize} bytes; ${what} is limited to ${limit} bytes (${sizeName(limit)})`,
      field,
      { reason: 'TOO_LARGE' },
    );
  }
  if (!BASE64.test(content)) throw new UserInputError(`${field}: not valid base64`, field);
  const bytes = Buffer.from(content, 'base64');
  if (bytes.length === 0) throw new UserInputError(`${field}: the document is empty`, field);
  return bytes;
}

/** A posting read in some form, its draft fitted to the stored limits. */
function readPostingForm(parsed: ParsedPostingForm): ParsedPostingDocument {
  return {
    ...fitPostingDraft(parsed.posting, parsed.warnings),
    format: parsed.format,
    unknownRequirements: parsed.unknownRequirements,
  };
}

function checkSize(text: string, field: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_POSTING_TEXT_BYTES) {
    throw new UserInputError(
      `${field} is ${bytes} bytes; posting text is limited to ${MAX_POSTING_TEXT_BYTES} bytes (100 KB)`,
      field,
    );
  }
}

function requireSomething(draft: PostingDraft, field: string): void {
  if (draft.requirements.length === 0 && draft.title === 'Untitled posting') {
    throw new UserInputError(`${field}: no posting found in the text (no title and no requirements)`, field);
  }
}

import type { CandidateDraft, ImportWarning, PostingDraft } from '../domain/drafts';
import { NotAJobPostingError, postingFromJsonLd } from '../parsing/jsonld';
import { MAX_POSTING_TEXT_BYTES, parsePosting, parsePostings } from '../parsing/posting';
import { NotAResumeError, importJsonResume } from '../parsing/resume';
import type { CandidateEntity } from '../entities/candidate.entity';
import type { PostingEntity } from '../entities/posting.entity';
import type { CandidateService } from './candidate.service';
import { UserInputError } from './errors';
import { fitCandidateDraft, fitPostingDraft } from './fit-draft';
import type { PostingService } from './posting.service';
import type { TaxonomyService } from './taxonomy.service';

export interface Parsed<T> {
  readonly draft: T;
  readonly warnings: readonly ImportWarning[];
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
  ) {}

  /** Reads the first posting of a text; a dry run, nothing is stored. */
  parsePosting(text: string, field = 'text'): Parsed<PostingDraft> {
    checkSize(text, field);
    const parsed = parsePosting(text, this.taxonomy.current());
    return fitPostingDraft(parsed.posting, parsed.warnings);
  }

  /** Every posting of a text (two pasted into one are two). */
  parsePostings(text: string, field = 'text'): Parsed<PostingDraft>[] {
    checkSize(text, field);
    return parsePostings(text, this.taxonomy.current()).map((p) => fitPostingDraft(p.posting, p.warnings));
  }

  /** Parses and stores the first posting of a text. A text with no posting in it is refused. */
  async importPosting(text: string, field = 'text'): Promise<Imported<PostingEntity>> {
    const parsed = this.parsePosting(text, field);
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
}

function checkSize(text: string, field: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_POSTING_TEXT_BYTES) {
    throw new UserInputError(`${field} is ${bytes} bytes; posting text is limited to ${MAX_POSTING_TEXT_BYTES} bytes (100 KB)`, field);
  }
}

function requireSomething(draft: PostingDraft, field: string): void {
  if (draft.requirements.length === 0 && draft.title === 'Untitled posting') {
    throw new UserInputError(`${field}: no posting found in the text (no title and no requirements)`, field);
  }
}

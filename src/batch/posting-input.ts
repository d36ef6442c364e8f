import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { checkPostingDraft } from '../domain/draft-rules';
import type { ImportWarning, PostingDraft } from '../domain/drafts';
import type { PostingSpec } from '../domain/matching/profiles';
import { postingSpecFromDraft } from '../domain/matching/spec-from-draft';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import { NotAJobPostingError, postingFromJsonLd } from '../parsing/jsonld';
import { MAX_POSTING_DOCUMENT_BYTES, sizeName } from '../documents';
import {
  parsePostingDocument as parseFormDocument,
  PostingDocumentError,
  type PostingDocument,
  type PostingFormat,
  readPostingBytes,
  readPostingText,
} from '../ingestion';
import { MAX_POSTING_TEXT_BYTES, type UnknownRequirement } from '../parsing/posting';
import { fitPostingDraft } from '../domain/draft-fit';
import { InputError } from './input-error';
import { looksLikePostingDraft, readPostingDraftJson } from './posting-draft-json';

export { InputError };

/** A posting read from a file, ready to score. */
export interface PostingInput {
  readonly spec: PostingSpec;
  readonly draft: PostingDraft;
  readonly warnings: readonly ImportWarning[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A posting read from a file, and the form it was in. */
export interface ReadPosting {
  readonly draft: PostingDraft;
  readonly warnings: readonly ImportWarning[];
  readonly format: PostingFormat;
  /** Terms the requirement lines name that the taxonomy does not know: shown, never scored. */
  readonly unknownRequirements: readonly UnknownRequirement[];
}

/**
 * Reads the first posting of a text the way the service's `parsePosting` does: the same size
 * limit, form detection (text, Markdown, HTML), parser and fitting. A text with neither a
 * title nor a requirement holds no posting.
 */
export function parsePostingText(taxonomy: Taxonomy, text: string, source: string): ReadPosting {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_POSTING_TEXT_BYTES) {
    throw new InputError(
      `${source} is ${bytes} bytes; posting text is limited to ${MAX_POSTING_TEXT_BYTES} bytes (100 KB)`,
    );
  }
  return parsePostingDocument(taxonomy, readPostingText(text), source);
}

/** The first posting of a document already read into text (PDF, HTML, Markdown or text). */
export function parsePostingDocument(taxonomy: Taxonomy, doc: PostingDocument, source: string): ReadPosting {
  const parsed = parseFormDocument(doc, taxonomy);
  const fitted = fitPostingDraft(parsed.posting, parsed.warnings);
  if (fitted.draft.requirements.length === 0 && fitted.draft.title === 'Untitled posting') {
    throw new InputError(`${source}: no posting found in the text (no title and no requirements)`);
  }
  return { ...fitted, format: doc.format, unknownRequirements: parsed.unknownRequirements };
}

/**
 * A posting file's bytes read as the form they are in: a PDF's text layer, an HTML page (up to
 * 700 KiB, the posting document limit; its text is then read like any posting text), Markdown or text
 * (100 KB, the posting text limit).
 */
export async function readPostingDocumentBytes(bytes: Buffer, source: string): Promise<PostingDocument> {
  if (bytes.length > MAX_POSTING_DOCUMENT_BYTES)
    throw new InputError(
      `${source} is ${bytes.length} bytes; a posting file is limited to ${MAX_POSTING_DOCUMENT_BYTES} bytes (${sizeName(MAX_POSTING_DOCUMENT_BYTES)})`,
    );
  let doc: PostingDocument;
  try {
    doc = await readPostingBytes(bytes, source);
  } catch (err) {
    if (err instanceof PostingDocumentError) throw new InputError(err.message);
    throw err;
  }
  if ((doc.format === 'TEXT' || doc.format === 'MARKDOWN') && bytes.length > MAX_POSTING_TEXT_BYTES) {
    throw new InputError(
      `${source} is ${bytes.length} bytes; posting text is limited to ${MAX_POSTING_TEXT_BYTES} bytes (100 KB)`,
    );
  }
  return doc;
}

/**
 * A posting draft as the matcher sees it, held to the API's rules (checkPostingDraft) and converted
 * as the service converts it (postingSpecFromDraft): every skill name must be known (an unknown one
 * is refused with suggestions, never dropped), a name listed twice in a group counts once, groups
 * are numbered `<id>-r<n>`.
 */
export function postingSpecOf(taxonomy: Taxonomy, id: string, draft: PostingDraft, source: string): PostingSpec {
  const issues = checkPostingDraft(draft, '$');
  if (issues.length > 0) throw new InputError(`${source}: ${issues[0].field}: ${issues[0].message}`);
  const { spec, unknownSkills } = postingSpecFromDraft(taxonomy, id, draft);
  if (unknownSkills.length > 0) {
    const { name, at } = unknownSkills[0];
    const hints = taxonomy.suggest(name, 3).map((s) => s.name);
    throw new InputError(
      `${source}: unknown skill "${name}" at ${at}${hints.length ? ` (did you mean ${hints.join(', ')}?)` : ''}`,
    );
  }
  return spec;
}

/**
 * Reads a posting file: `.json` holds a PostingDraft or a schema.org JobPosting (detected),
 * anything else is posting text, parsed. The posting is named after the file.
 */
export async function readPostingFile(taxonomy: Taxonomy, path: string): Promise<PostingInput> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputError(`cannot read posting ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const id = basename(path, extname(path));
  if (extname(path).toLowerCase() !== '.json') {
    const { draft, warnings } = parsePostingDocument(taxonomy, await readPostingDocumentBytes(bytes, path), path);
    return { spec: postingSpecOf(taxonomy, id, draft, path), draft, warnings };
  }
  const text = bytes.toString('utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (isRecord(doc) && looksLikePostingDraft(doc)) {
    const draft = readPostingDraftJson(doc, path);
    return { spec: postingSpecOf(taxonomy, id, draft, path), draft, warnings: [] };
  }
  try {
    const parsed = postingFromJsonLd(doc, taxonomy);
    const fitted = fitPostingDraft(parsed.posting, parsed.warnings);
    return { spec: postingSpecOf(taxonomy, id, fitted.draft, path), draft: fitted.draft, warnings: fitted.warnings };
  } catch (err) {
    if (err instanceof NotAJobPostingError)
      throw new InputError(`${path}: neither a posting draft nor a JobPosting: ${err.message}`);
    throw err;
  }
}

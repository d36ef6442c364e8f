import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { checkPostingDraft } from '../domain/draft-rules';
import type { ImportWarning, PostingDraft, RequirementDraft } from '../domain/drafts';
import type { PostingSpec } from '../domain/matching/profiles';
import type { Taxonomy } from '../domain/taxonomy/taxonomy';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, IMPORTANCES, SKILL_CATEGORIES } from '../domain/vocabulary';
import { NotAJobPostingError, postingFromJsonLd } from '../parsing/jsonld';
import { MAX_DOCUMENT_BYTES } from '../documents';
import {
  parsePostingDocument as parseFormDocument,
  PostingDocumentError,
  type PostingDocument,
  type PostingFormat,
  readPostingBytes,
  readPostingText,
} from '../ingestion';
import { MAX_POSTING_TEXT_BYTES } from '../parsing/posting';
import { fitPostingDraft } from '../services/fit-draft';

/** A posting read from a file, ready to score. */
export interface PostingInput {
  readonly spec: PostingSpec;
  readonly draft: PostingDraft;
  readonly warnings: readonly ImportWarning[];
}

/** A problem with the input the user gave: reported as is, exit code 1. */
export class InputError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A posting read from a file, and the form it was in. */
export interface ReadPosting {
  readonly draft: PostingDraft;
  readonly warnings: readonly ImportWarning[];
  readonly format: PostingFormat;
}

/** A group's `assessable` flag: absent means true; anything but a boolean is refused. */
function assessable(value: unknown, at: string): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'boolean') throw new InputError(`${at} must be true or false`);
  return value;
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
  return { ...fitted, format: doc.format };
}

/**
 * A posting file's bytes read as the form they are in: a PDF's text layer, an HTML page (up to
 * 700 KiB, the document limit; its text is then read like any posting text), Markdown or text
 * (100 KB, the posting text limit).
 */
export async function readPostingDocumentBytes(bytes: Buffer, source: string): Promise<PostingDocument> {
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new InputError(
      `${source} is ${bytes.length} bytes; a posting file is limited to ${MAX_DOCUMENT_BYTES} bytes (700 KiB)`,
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

/** A PostingDraft-shaped JSON document: a title and requirement groups of skill names. */
function looksLikeDraft(doc: Record<string, unknown>): boolean {
  return (
    typeof doc.title === 'string' &&
    Array.isArray(doc.requirements) &&
    doc['@type'] === undefined &&
    doc['@context'] === undefined
  );
}

function oneOf<T extends string>(values: readonly T[], value: unknown, at: string, fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${at} must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`);
}

/** A PostingDraft from JSON, checked field by field; optional fields take the API's defaults. */
function readDraft(doc: Record<string, unknown>, source: string): PostingDraft {
  const requirements = (doc.requirements as unknown[]).map((g, i): RequirementDraft => {
    const at = `${source}: requirements[${i}]`;
    if (!isRecord(g)) throw new InputError(`${at} must be an object`);
    if (!Array.isArray(g.skills) || !g.skills.every((s) => typeof s === 'string'))
      throw new InputError(`${at}.skills must be a list of skill names`);
    const number = (key: string, fallback: number | null): number | null => {
      const v = g[key];
      if (v === undefined) return fallback;
      if (v === null && fallback === null) return null;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw new InputError(`${at}.${key} must be a number >= 0`);
      return v;
    };
    return {
      importance: oneOf(IMPORTANCES, g.importance, `${at}.importance`, 'REQUIRED'),
      category: oneOf(SKILL_CATEGORIES, g.category, `${at}.category`, 'OTHER'),
      label: typeof g.label === 'string' ? g.label : (g.skills as string[]).join(', '),
      skills: g.skills as string[],
      minMatches: number('minMatches', 1)!,
      minMonths: number('minMonths', null),
      weight: number('weight', 1)!,
      ...(assessable(g.assessable, `${at}.assessable`) ? {} : { assessable: false }),
    };
  });
  let education: PostingDraft['education'] = null;
  if (isRecord(doc.education)) {
    education = {
      level: oneOf(EDUCATION_LEVELS, doc.education.level, `${source}: education.level`),
      required: doc.education.required === true,
    };
  }
  return {
    title: doc.title as string,
    company: typeof doc.company === 'string' ? doc.company : null,
    employmentType: oneOf(EMPLOYMENT_TYPES, doc.employmentType, `${source}: employmentType`, 'FULL_TIME'),
    locations: Array.isArray(doc.locations) ? doc.locations.filter((l): l is string => typeof l === 'string') : [],
    description: typeof doc.description === 'string' ? doc.description : '',
    datePosted: typeof doc.datePosted === 'string' ? doc.datePosted : null,
    education,
    requirements,
    scoring: isRecord(doc.scoring) ? (doc.scoring as PostingDraft['scoring']) : null,
  };
}

/**
 * A posting draft as the matcher sees it, resolved as the service resolves it: every skill name
 * must be known (an unknown one is refused with suggestions, never dropped), a name listed twice
 * in a group counts once, groups are numbered `<id>-r<n>`.
 */
export function postingSpecOf(taxonomy: Taxonomy, id: string, draft: PostingDraft, source: string): PostingSpec {
  const issues = checkPostingDraft(draft, source);
  if (issues.length > 0) throw new InputError(`${issues[0].field}: ${issues[0].message}`);
  const requirements = draft.requirements.map((group, i) => {
    const skillIds: number[] = [];
    group.skills.forEach((name, j) => {
      const def = taxonomy.resolve(name);
      if (def === undefined) {
        const hints = taxonomy.suggest(name, 3).map((s) => s.name);
        throw new InputError(
          `${source}: unknown skill "${name}" at requirements[${i}].skills[${j}]${hints.length ? ` (did you mean ${hints.join(', ')}?)` : ''}`,
        );
      }
      if (!skillIds.includes(def.id)) skillIds.push(def.id);
    });
    return {
      id: `${id}-r${i + 1}`,
      importance: group.importance,
      category: group.category,
      label: group.label,
      skillIds,
      minMatches: group.minMatches,
      minMonths: group.minMonths,
      weight: group.weight,
      ...(group.assessable === false ? { assessable: false } : {}),
    };
  });
  return {
    id,
    employmentType: draft.employmentType,
    requirements,
    education: draft.education,
    scoring: draft.scoring ?? null,
  };
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
  if (isRecord(doc) && looksLikeDraft(doc)) {
    const draft = readDraft(doc, path);
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

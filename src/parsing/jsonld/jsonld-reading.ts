import type { ImportWarning } from '../../domain/drafts';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import { cleanText, isRecord } from '../resume/json-values';

/** Every warning code the JobPosting importer emits; `at` is always a JSON path. */
export type JsonLdWarningCode =
  /** The document holds several JobPostings; only the first is imported. */
  | 'MULTIPLE_POSTINGS'
  | 'MISSING_TITLE'
  | 'MISSING_DESCRIPTION'
  | 'MISSING_EMPLOYMENT_TYPE'
  | 'UNKNOWN_EMPLOYMENT_TYPE'
  /** Several employment types; a draft has one, the first is kept. */
  | 'MULTIPLE_EMPLOYMENT_TYPES'
  | 'INVALID_DATE'
  | 'INVALID_FIELD'
  | 'UNKNOWN_EDUCATION'
  /** experienceRequirements with no figure that could be read. */
  | 'UNREAD_EXPERIENCE'
  /** monthsOfExperience but no skills to attach it to. */
  | 'EXPERIENCE_UNUSED'
  /** A skill the taxonomy (when given) does not know: left out, since the service could not resolve it. */
  | 'UNKNOWN_SKILL'
  /** No `skills`: the posting has no requirement groups. */
  | 'NO_SKILLS'
  /** A malformed `skillmatch:` extension value. */
  | 'INVALID_EXTENSION';

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/u;

/** What reading one JobPosting collects as it goes: warnings, and the taxonomy names are resolved with. */
export interface Context {
  readonly warnings: ImportWarning[];
  readonly taxonomy: Taxonomy | undefined;
}

/** Records a warning at a JSON path. */
export function warn(ctx: Context, code: JsonLdWarningCode, at: string, message: string): void {
  ctx.warnings.push({ code, message, at });
}

/** The JSON path of `key` under `path`. */
export function prop(path: string, key: string): string {
  return PLAIN_KEY.test(key) ? `${path}.${key}` : `${path}['${key}']`;
}

/** A schema.org value that may be one thing or a list, as a list. */
export function asList(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A name from text, or from an object's `name` (Organization, Country, DefinedTerm...). */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return cleanText(value);
  if (isRecord(value)) return cleanText(value.name) ?? cleanText(value.termCode) ?? cleanText(value.alternateName);
  return null;
}

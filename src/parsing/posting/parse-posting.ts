import type { ImportWarning, PostingDraft } from '../../domain/drafts';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import { cleanPostingText } from './clean-text';
import { removeRepeatedBlocks } from './dedupe';
import { extractEducation } from './education-requirement';
import { findDatePosted } from './date-posted';
import { findEmploymentType } from './employment-type';
import { findLocations } from './locations';
import { findTitleAndCompany } from './title';
import { extractRequirements } from './requirements';
import { assignSections } from './sections';
import { splitPostingLines } from './split';
import type { TextLine } from './text-line';
import type { UnknownRequirement } from './unknown-requirements';
import { uniqueWarnings, warning } from './warnings';

/** One posting read from text, with everything the parser was unsure of. */
export interface ParsedPosting {
  readonly posting: PostingDraft;
  /** Terms the requirement lines name that the taxonomy does not know: shown, never scored. */
  readonly unknownRequirements: readonly UnknownRequirement[];
  readonly warnings: readonly ImportWarning[];
}

/** Every posting found in a text, and the warnings about the text as a whole. */
export interface ParsedPostingText {
  readonly postings: readonly ParsedPosting[];
  /** About the whole text (truncation, encoding repair, dropped listings, several postings). */
  readonly warnings: readonly ImportWarning[];
}

/** The posting a text with nothing usable in it gives: no title, no requirements. */
export function emptyPosting(): PostingDraft {
  return {
    title: '',
    company: null,
    employmentType: 'FULL_TIME',
    locations: [],
    description: '',
    datePosted: null,
    education: null,
    requirements: [],
  };
}

/**
 * Reads every posting in a pasted text. Never throws: any input, including an empty string,
 * binary garbage or HTML with no text, gives at least one (possibly empty) posting and
 * warnings saying what was missing or repaired.
 */
export function parsePostingText(text: string, taxonomy: Taxonomy): ParsedPostingText {
  try {
    const raw = typeof text === 'string' ? text : '';
    const cleaned = cleanPostingText(raw, (name) => taxonomy.resolve(name) !== undefined);
    const textWarnings = [...cleaned.warnings];
    if (cleaned.lines.length === 0) {
      textWarnings.push(warning('EMPTY_TEXT', 'the text has no readable lines', raw.slice(0, 80)));
      return { postings: [readPosting([], taxonomy)], warnings: uniqueWarnings(textWarnings) };
    }
    const split = splitPostingLines(cleaned.lines);
    if (split.duplicates > 0) {
      textWarnings.push(
        warning(
          'DUPLICATE_POSTING_REMOVED',
          `the same posting was pasted ${split.duplicates + 1} times; it was read once`,
          split.parts[0][0]?.text ?? '',
        ),
      );
    }
    if (split.parts.length > 1) {
      textWarnings.push(
        warning(
          'MULTIPLE_POSTINGS',
          `the text holds ${split.parts.length} postings`,
          split.parts.map((p) => p[0]?.text ?? '').join(' / '),
        ),
      );
    }
    return { postings: split.parts.map((part) => readPosting(part, taxonomy)), warnings: uniqueWarnings(textWarnings) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      postings: [
        {
          posting: emptyPosting(),
          unknownRequirements: [],
          warnings: [warning('INTERNAL_ERROR', `the text could not be read: ${message}`, '')],
        },
      ],
      warnings: [],
    };
  }
}

/**
 * The first (main) posting of a text, with the text's warnings and its own. When the text
 * holds more postings, a MULTIPLE_POSTINGS warning says so; `parsePostings` reads them all.
 */
export function parsePosting(text: string, taxonomy: Taxonomy): ParsedPosting {
  const parsed = parsePostingText(text, taxonomy);
  const first = parsed.postings[0] ?? { posting: emptyPosting(), unknownRequirements: [], warnings: [] };
  return {
    posting: first.posting,
    unknownRequirements: first.unknownRequirements,
    warnings: uniqueWarnings([...parsed.warnings, ...first.warnings]),
  };
}

/** Every posting of a text (two pasted into one come back as two), each with the text's warnings too. */
export function parsePostings(text: string, taxonomy: Taxonomy): ParsedPosting[] {
  const parsed = parsePostingText(text, taxonomy);
  return parsed.postings.map((p) => ({
    posting: p.posting,
    unknownRequirements: p.unknownRequirements,
    warnings: uniqueWarnings([...parsed.warnings, ...p.warnings]),
  }));
}

/**
 * The cleaned text of each posting in a text that may hold several pasted one after another
 * (bullets as "• ", blank lines kept). Never throws; empty input gives an empty list.
 */
export function splitPostings(text: string): string[] {
  try {
    const cleaned = cleanPostingText(typeof text === 'string' ? text : '');
    if (cleaned.lines.length === 0) return [];
    return splitPostingLines(cleaned.lines).parts.map(renderLines);
  } catch {
    return typeof text === 'string' && text.trim() !== '' ? [text] : [];
  }
}

function renderLines(lines: readonly TextLine[]): string {
  return lines.map((l, i) => `${l.blankBefore && i > 0 ? '\n' : ''}${l.bullet ? '• ' : ''}${l.text}`).join('\n');
}

function readPosting(lines: readonly TextLine[], taxonomy: Taxonomy): ParsedPosting {
  const warnings: ImportWarning[] = [];
  const deduped = removeRepeatedBlocks(lines);
  for (const block of deduped.removed) {
    warnings.push(
      warning(
        'DUPLICATE_BLOCK_REMOVED',
        `a block of ${block.lines} line(s) repeated earlier text and was removed`,
        block.firstLine,
      ),
    );
  }
  const sectioned = assignSections(deduped.lines);
  const { title, company } = findTitleAndCompany(sectioned);
  if (title === null) warnings.push(warning('NO_TITLE', 'no job title was found', sectioned[0]?.text ?? ''));
  const ignore = company === null ? [] : [company, ...company.split(/\s+/u)];
  const requirements = extractRequirements(taxonomy, sectioned, ignore);
  warnings.push(...requirements.warnings);
  if (requirements.requirements.length === 0)
    warnings.push(warning('NO_REQUIREMENTS', 'no requirement naming a known skill was found', ''));
  const education = extractEducation(sectioned);
  warnings.push(...education.warnings);
  let employmentType = findEmploymentType(title, sectioned);
  if (employmentType === null) {
    employmentType = 'FULL_TIME';
    if (sectioned.length > 0)
      warnings.push(
        warning('EMPLOYMENT_TYPE_ASSUMED', 'the text does not say the employment type: FULL_TIME assumed', ''),
      );
  }
  const posting: PostingDraft = {
    title: title ?? '',
    company,
    employmentType,
    locations: findLocations(sectioned),
    description: renderLines(deduped.lines),
    datePosted: findDatePosted(sectioned),
    education: education.education,
    requirements: requirements.requirements,
  };
  return { posting, unknownRequirements: requirements.unknown, warnings: uniqueWarnings(warnings) };
}

import type { EducationRequirementDraft, ImportWarning, PostingDraft } from '../../domain/drafts';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import { educationRank, type EducationLevel, type EmploymentType } from '../../domain/vocabulary';
import { cleanText, describeJsonType, isRecord, type JsonRecord } from '../resume/json-values';
import { educationLevelOfCredential } from './credential-category';
import { htmlToText, textFromOwnHtml } from './description-html';
import { employmentTypeFromText } from './employment-type';
import { NotAJobPostingError } from './not-a-job-posting-error';
import { formatLocation } from './postal-location';
import { readForeignRequirements } from './foreign-requirements';
import { type Context, type JsonLdWarningCode, asList, nameOf, prop, warn } from './jsonld-reading';
import {
  EDUCATION_PROPERTY,
  LOCATIONS_PROPERTY,
  readEducation,
  readLocations,
  readRequirements,
  REQUIREMENTS_PROPERTY,
} from './skillmatch-extension';

export type { JsonLdWarningCode };

export interface JsonLdImport {
  readonly posting: PostingDraft;
  readonly warnings: ImportWarning[];
}

const UNTITLED_POSTING = 'Untitled posting';
const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/u;
const MAX_DEPTH = 4;

interface Found {
  readonly node: JsonRecord;
  readonly path: string;
}

function typeNames(value: unknown): string[] {
  return asList(value)
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(SCHEMA_PREFIX, ''));
}

/** JobPosting nodes at the top, in arrays and in `@graph` wrappers, in document order. */
function collectPostings(value: unknown, path: string, depth: number, found: Found[], seenTypes: Set<string>): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectPostings(item, `${path}[${index}]`, depth + 1, found, seenTypes));
    return;
  }
  if (!isRecord(value)) return;
  const types = typeNames(value['@type']);
  if (types.includes('JobPosting')) {
    found.push({ node: value, path });
    return;
  }
  for (const type of types) seenTypes.add(type);
  if (value['@graph'] !== undefined)
    collectPostings(value['@graph'], prop(path, '@graph'), depth + 1, found, seenTypes);
}

function readTitle(ctx: Context, node: JsonRecord, path: string, own: boolean): string {
  if (own && typeof node.title === 'string' && node.title !== '') return node.title;
  const raw = typeof node.title === 'string' ? node.title : node.name;
  const title = typeof raw === 'string' ? cleanText(htmlToText(raw)) : null;
  if (title !== null) return title;
  warn(ctx, 'MISSING_TITLE', prop(path, 'title'), `No title; the posting is called "${UNTITLED_POSTING}"`);
  return UNTITLED_POSTING;
}

function readDescription(ctx: Context, node: JsonRecord, path: string, own: boolean): string {
  const raw = node.description;
  if (typeof raw === 'string') return own ? textFromOwnHtml(raw) : htmlToText(raw);
  warn(ctx, 'MISSING_DESCRIPTION', prop(path, 'description'), 'No description; left empty');
  return '';
}

function readCompany(node: JsonRecord, own: boolean): string | null {
  for (const organization of asList(node.hiringOrganization)) {
    if (own && isRecord(organization) && typeof organization.name === 'string') return organization.name;
    const name = nameOf(organization);
    if (name !== null) return name;
  }
  return null;
}

function readEmploymentType(ctx: Context, node: JsonRecord, path: string): EmploymentType {
  const at = prop(path, 'employmentType');
  const values = asList(node.employmentType);
  if (values.length === 0) {
    warn(ctx, 'MISSING_EMPLOYMENT_TYPE', at, 'No employmentType; OTHER is used');
    return 'OTHER';
  }
  const types: EmploymentType[] = [];
  values.forEach((value, index) => {
    const itemAt = Array.isArray(node.employmentType) ? `${at}[${index}]` : at;
    const type = typeof value === 'string' ? employmentTypeFromText(value) : null;
    if (type === null) {
      warn(ctx, 'UNKNOWN_EMPLOYMENT_TYPE', itemAt, `Unknown employment type ${JSON.stringify(value)}; ignored`);
    } else if (!types.includes(type)) {
      types.push(type);
    }
  });
  if (types.length > 1) {
    warn(ctx, 'MULTIPLE_EMPLOYMENT_TYPES', at, `Several employment types (${types.join(', ')}); ${types[0]} is kept`);
  }
  return types[0] ?? 'OTHER';
}

function readDatePosted(ctx: Context, node: JsonRecord, path: string): string | null {
  const raw = node.datePosted;
  if (raw === undefined || raw === null) return null;
  const match = typeof raw === 'string' ? ISO_DATE.exec(raw.trim()) : null;
  if (match !== null) {
    const [, year, month, day] = match;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)) return `${year}-${month}-${day}`;
  }
  warn(ctx, 'INVALID_DATE', prop(path, 'datePosted'), `Unreadable datePosted ${JSON.stringify(raw)}; left empty`);
  return null;
}

function addressLocation(address: unknown): string | null {
  if (typeof address === 'string') return cleanText(address);
  if (!isRecord(address)) return null;
  return formatLocation(
    cleanText(address.addressLocality),
    cleanText(address.addressRegion),
    nameOf(address.addressCountry),
  );
}

/** jobLocation places as "Locality, Region, Country", then one "Remote (Country)" per applicant country for TELECOMMUTE jobs. */
function readForeignLocations(ctx: Context, node: JsonRecord, path: string): string[] {
  const locations: string[] = [];
  const add = (location: string | null): void => {
    if (location !== null && !locations.includes(location)) locations.push(location);
  };
  const places = asList(node.jobLocation);
  places.forEach((place, index) => {
    const at = Array.isArray(node.jobLocation) ? `${prop(path, 'jobLocation')}[${index}]` : prop(path, 'jobLocation');
    const location =
      typeof place === 'string'
        ? cleanText(place)
        : isRecord(place)
          ? (addressLocation(place.address) ?? nameOf(place))
          : null;
    if (location === null) warn(ctx, 'INVALID_FIELD', at, 'A job location with no address or name; ignored');
    add(location);
  });
  if (typeNames(node.jobLocationType).includes('TELECOMMUTE')) {
    const countries = asList(node.applicantLocationRequirements)
      .map(nameOf)
      .filter((name): name is string => name !== null);
    if (countries.length === 0) add('Remote');
    for (const country of countries) add(`Remote (${country})`);
  }
  return locations;
}

function credentialText(value: unknown): string | null {
  if (typeof value === 'string') return cleanText(value);
  if (!isRecord(value)) return null;
  return (
    nameOf(value.credentialCategory) ?? nameOf(value.educationalLevel) ?? nameOf(value) ?? cleanText(value.description)
  );
}

/**
 * educationRequirements as text or EducationalOccupationalCredential, one or several: the
 * lowest level named is the requirement (a posting listing "bachelor degree" and
 * "postgraduate degree" accepts either). `experienceInPlaceOfEducation: true` makes it preferred.
 */
function readForeignEducation(ctx: Context, node: JsonRecord, path: string): EducationRequirementDraft | null {
  let lowest: EducationLevel | null = null;
  const values = asList(node.educationRequirements);
  values.forEach((value, index) => {
    const at = Array.isArray(node.educationRequirements)
      ? `${prop(path, 'educationRequirements')}[${index}]`
      : prop(path, 'educationRequirements');
    const text = credentialText(value);
    const level = text === null ? null : educationLevelOfCredential(text);
    if (level === null) {
      warn(ctx, 'UNKNOWN_EDUCATION', at, `No education level in ${JSON.stringify(text ?? value)}; ignored`);
    } else if (level !== 'NONE' && (lowest === null || educationRank(level) < educationRank(lowest))) {
      lowest = level;
    }
  });
  if (lowest === null) return null;
  return { level: lowest, required: node.experienceInPlaceOfEducation !== true };
}

function findPosting(ctx: Context, doc: unknown): Found {
  if (!isRecord(doc) && !Array.isArray(doc)) {
    throw new NotAJobPostingError(`expected a JSON-LD object or array, got ${describeJsonType(doc)}`);
  }
  const found: Found[] = [];
  const seenTypes = new Set<string>();
  collectPostings(doc, '$', 0, found, seenTypes);
  if (found.length === 0) {
    const seen = seenTypes.size === 0 ? 'no @type at all' : `only ${[...seenTypes].slice(0, 5).join(', ')}`;
    throw new NotAJobPostingError(`no node with @type JobPosting (found ${seen})`);
  }
  if (found.length > 1) {
    warn(
      ctx,
      'MULTIPLE_POSTINGS',
      found[1].path,
      `${found.length} JobPostings found; only the first (${found[0].path}) is imported`,
    );
  }
  return found[0];
}

/**
 * Reads a schema.org JobPosting from JSON-LD into a posting draft: our own export exactly
 * (the `skillmatch:` extension is authoritative, see skillmatch-extension.ts), or a job
 * board's markup — a JobPosting at the top, in an array or in an `@graph`, with HTML
 * descriptions, employmentType as text or list, hiringOrganization as text or Organization,
 * skills as text or list or DefinedTerms, educationRequirements as text or credential,
 * experienceRequirements with monthsOfExperience (or "3+ years" text). Pass the taxonomy to
 * canonicalise and categorise a foreign posting's skills. Everything doubtful is warned
 * about with its JSON path; throws NotAJobPostingError when the document has no JobPosting.
 */
export function postingFromJsonLd(doc: unknown, taxonomy?: Taxonomy): JsonLdImport {
  const ctx: Context = { warnings: [], taxonomy };
  const { node, path } = findPosting(ctx, doc);
  const own = node[REQUIREMENTS_PROPERTY] !== undefined;
  const title = readTitle(ctx, node, path, own);
  const company = readCompany(node, own);
  const employmentType = readEmploymentType(ctx, node, path);
  const ownLocations =
    own && node[LOCATIONS_PROPERTY] !== undefined
      ? readLocations(node[LOCATIONS_PROPERTY], prop(path, LOCATIONS_PROPERTY), ctx.warnings)
      : null;
  const locations = ownLocations ?? readForeignLocations(ctx, node, path);
  const description = readDescription(ctx, node, path, own);
  const datePosted = readDatePosted(ctx, node, path);
  const education =
    own && node[EDUCATION_PROPERTY] !== undefined
      ? readEducation(node[EDUCATION_PROPERTY], prop(path, EDUCATION_PROPERTY), ctx.warnings)
      : readForeignEducation(ctx, node, path);
  const requirements = own
    ? readRequirements(node[REQUIREMENTS_PROPERTY], prop(path, REQUIREMENTS_PROPERTY), ctx.warnings)
    : readForeignRequirements(ctx, node, path);
  return {
    posting: { title, company, employmentType, locations, description, datePosted, education, requirements },
    warnings: ctx.warnings,
  };
}

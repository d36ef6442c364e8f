import { phoneProblem } from '../../../domain/field-rules';
import { cleanText, describeJsonType, isRecord, type JsonRecord } from '../json-values';
import { warn, type ImportContext } from './import-context';
import { readText } from './json-fields';

const UNNAMED_CANDIDATE = 'Unnamed candidate';
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

/** The personal fields of a candidate draft, as the basics section gives them. */
export interface BasicsDraft {
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly headline: string | null;
  readonly location: string | null;
}

function readLocation(ctx: ImportContext, basics: JsonRecord): string | null {
  const value = basics.location;
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return cleanText(value);
  if (!isRecord(value)) {
    warn(ctx, 'INVALID_FIELD', '$.basics.location', `Expected an object, got ${describeJsonType(value)}; ignored`);
    return null;
  }
  // City, region and country only: a street address is more than matching or display needs.
  const parts = [value.city, value.region, value.countryCode ?? value.country]
    .map(cleanText)
    .filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(', ');
}

/**
 * The basics section: a missing name becomes "Unnamed candidate", an invalid e-mail or phone number
 * is left empty, each with a warning.
 */
export function importBasics(ctx: ImportContext, doc: JsonRecord): BasicsDraft {
  let basics: JsonRecord = {};
  if (isRecord(doc.basics)) basics = doc.basics;
  else if (doc.basics !== undefined && doc.basics !== null) {
    warn(ctx, 'INVALID_FIELD', '$.basics', `Expected an object, got ${describeJsonType(doc.basics)}; ignored`);
  }
  let name = readText(ctx, basics, 'name', '$.basics');
  if (name === null) {
    warn(ctx, 'MISSING_NAME', '$.basics.name', `No name; the candidate is called "${UNNAMED_CANDIDATE}"`);
    name = UNNAMED_CANDIDATE;
  }
  let email = readText(ctx, basics, 'email', '$.basics');
  if (email !== null && !EMAIL.test(email)) {
    warn(ctx, 'INVALID_EMAIL', '$.basics.email', `Invalid email "${email}"; left empty`);
    email = null;
  }
  let phone = readText(ctx, basics, 'phone', '$.basics');
  if (phone !== null && phoneProblem(phone) !== null) {
    warn(ctx, 'INVALID_PHONE', '$.basics.phone', `Invalid phone number "${phone}"; left empty`);
    phone = null;
  }
  return {
    name,
    email,
    phone,
    headline: readText(ctx, basics, 'label', '$.basics'),
    location: readLocation(ctx, basics),
  };
}

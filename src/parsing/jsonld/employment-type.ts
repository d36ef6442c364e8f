import { EMPLOYMENT_TYPES, type EmploymentType } from '../../domain/vocabulary';

/**
 * Employment types as job boards write them: schema.org's own values ("FULL_TIME") and the
 * words around them ("Full-time", "full time", "FullTime", "Contract", "Internship", "Co-op").
 */
const SYNONYMS: ReadonlyMap<string, EmploymentType> = new Map<string, EmploymentType>([
  ['FULLTIME', 'FULL_TIME'],
  ['PERMANENT', 'FULL_TIME'],
  ['PARTTIME', 'PART_TIME'],
  ['CONTRACT', 'CONTRACTOR'],
  ['CONTRACTOR', 'CONTRACTOR'],
  ['FREELANCE', 'CONTRACTOR'],
  ['TEMP', 'TEMPORARY'],
  ['SEASONAL', 'TEMPORARY'],
  ['INTERNSHIP', 'INTERN'],
  ['CO_OP', 'INTERN'],
  ['COOP', 'INTERN'],
  ['PERDIEM', 'PER_DIEM'],
]);
const KNOWN: ReadonlySet<string> = new Set(EMPLOYMENT_TYPES);
const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/iu;
const CAMEL_BOUNDARY = /([a-z])([A-Z])/gu;
const SEPARATORS = /[\s\-–/]+/gu;

/** The employment type a value names, or null when it names none. */
export function employmentTypeFromText(text: string): EmploymentType | null {
  const key = text
    .trim()
    .replace(SCHEMA_PREFIX, '')
    .replace(CAMEL_BOUNDARY, '$1_$2')
    .replace(SEPARATORS, '_')
    .toUpperCase();
  if (KNOWN.has(key)) return key as EmploymentType;
  return SYNONYMS.get(key) ?? SYNONYMS.get(key.replace(/_/gu, '')) ?? null;
}

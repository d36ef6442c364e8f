import type { PostingDraft } from '../../domain/drafts';
import { conditionProperties } from './conditions';
import { credentialCategoryOf } from './credential-category';
import { textToHtml } from './description-html';
import { parseLocation } from './postal-location';
import {
  EDUCATION_PROPERTY,
  LOCATIONS_PROPERTY,
  REQUIREMENTS_PROPERTY,
  skillmatchContext,
} from './skillmatch-extension';

export interface JsonLdExportOptions {
  /** With a posting id, gives the node an `@id` of `<baseUrl>/postings/<id>`. */
  readonly baseUrl?: string;
}

const TRAILING_SLASHES = /\/+$/u;

function addressOf(locality: string | null, region: string | null, country: string | null): Record<string, unknown> {
  const address: Record<string, unknown> = { '@type': 'PostalAddress' };
  if (locality !== null) address.addressLocality = locality;
  if (region !== null) address.addressRegion = region;
  if (country !== null) address.addressCountry = country;
  return address;
}

/** Every skill named by any group, required groups first, each once. */
function allSkills(posting: PostingDraft): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  const ordered = [
    ...posting.requirements.filter((group) => group.importance === 'REQUIRED'),
    ...posting.requirements.filter((group) => group.importance !== 'REQUIRED'),
  ];
  for (const group of ordered) {
    for (const skill of group.skills) {
      const key = skill.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        skills.push(skill);
      }
    }
  }
  return skills;
}

/**
 * A posting as a schema.org JobPosting in JSON-LD, shaped for Google's job search structured
 * data and carrying everything else in `skillmatch:` extension properties, so that
 * `postingFromJsonLd(postingToJsonLd(p))` gives back `p` exactly.
 *
 * Mapping:
 * - title -> `title`; company -> `hiringOrganization` {Organization, name} (left out when null);
 *   datePosted -> `datePosted` (left out when null); employmentType -> `employmentType` (our
 *   vocabulary is schema.org's).
 * - description -> `description` as HTML (Google asks for HTML): `&`, `<`, `>` escaped and line
 *   breaks written `<br>`, an encoding with an exact inverse.
 * - locations -> `jobLocation` [{Place, address {PostalAddress, addressLocality, addressRegion,
 *   addressCountry}}] read from strings like "Tucson, AZ" (US state -> addressCountry "US") or
 *   "Poughkeepsie, United States"; "Remote", "Remote (US)" -> `jobLocationType: TELECOMMUTE`
 *   with `applicantLocationRequirements` [{Country, name}]. The strings themselves go in
 *   `skillmatch:locations`.
 * - education, when required -> `educationRequirements` {EducationalOccupationalCredential,
 *   credentialCategory: "high school" | "associate degree" | "bachelor degree" |
 *   "postgraduate degree"} (Google's values; master and doctorate share the last). A preferred
 *   degree is no requirement, so it appears only in `skillmatch:education`.
 * - the largest minMonths of any REQUIRED group -> `experienceRequirements`
 *   {OccupationalExperienceRequirements, monthsOfExperience}: schema.org's one figure for
 *   "the minimal number of months of experience required".
 * - every group's skills -> `skills` as a list of text values. schema.org allows Text or
 *   DefinedTerm; Google's job posting documentation does not use `skills`, so the plain form
 *   most job boards read is chosen. Groups, with importance, category, label, minMatches,
 *   minMonths and weight, go in `skillmatch:requirements` (see skillmatch-extension.ts).
 * - the labels of not-assessable groups naming Work authorization or Security clearance ->
 *   `eligibilityToWorkRequirement` / `securityClearanceRequirement` (schema.org's Text for each).
 * - with an id: `identifier` {PropertyValue, name "skillmatch", value id}, and with
 *   `options.baseUrl` too an `@id` IRI.
 */
export function postingToJsonLd(
  posting: PostingDraft & { readonly id?: string },
  options: JsonLdExportOptions = {},
): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    '@context': ['https://schema.org', skillmatchContext()],
    '@type': 'JobPosting',
  };
  if (posting.id !== undefined) {
    if (options.baseUrl !== undefined) {
      doc['@id'] = `${options.baseUrl.replace(TRAILING_SLASHES, '')}/postings/${encodeURIComponent(posting.id)}`;
    }
    doc.identifier = { '@type': 'PropertyValue', name: 'skillmatch', value: posting.id };
  }
  doc.title = posting.title;
  doc.description = textToHtml(posting.description);
  if (posting.datePosted !== null) doc.datePosted = posting.datePosted;
  doc.employmentType = posting.employmentType;
  if (posting.company !== null) doc.hiringOrganization = { '@type': 'Organization', name: posting.company };

  const places: Record<string, unknown>[] = [];
  const remoteCountries: string[] = [];
  let remote = false;
  for (const location of posting.locations) {
    const parts = parseLocation(location);
    if (parts.kind === 'remote') {
      remote = true;
      if (parts.country !== null && !remoteCountries.includes(parts.country)) remoteCountries.push(parts.country);
    } else if (parts.locality !== null || parts.region !== null || parts.country !== null) {
      places.push({ '@type': 'Place', address: addressOf(parts.locality, parts.region, parts.country) });
    }
  }
  if (places.length > 0) doc.jobLocation = places;
  if (remote) doc.jobLocationType = 'TELECOMMUTE';
  if (remoteCountries.length > 0) {
    doc.applicantLocationRequirements = remoteCountries.map((name) => ({ '@type': 'Country', name }));
  }

  const skills = allSkills(posting);
  if (skills.length > 0) doc.skills = skills;
  Object.assign(doc, conditionProperties(posting.requirements));
  const education = posting.education;
  const category = education !== null && education.required ? credentialCategoryOf(education.level) : null;
  if (category !== null) {
    doc.educationRequirements = { '@type': 'EducationalOccupationalCredential', credentialCategory: category };
  }
  const requiredMonths = posting.requirements
    .filter((group) => group.importance === 'REQUIRED' && group.minMonths !== null)
    .map((group) => group.minMonths as number);
  if (requiredMonths.length > 0) {
    doc.experienceRequirements = {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: Math.max(...requiredMonths),
    };
  }

  doc[REQUIREMENTS_PROPERTY] = posting.requirements.map((group) => ({
    importance: group.importance,
    category: group.category,
    label: group.label,
    skills: [...group.skills],
    minMatches: group.minMatches,
    minMonths: group.minMonths,
    weight: group.weight,
    ...(group.assessable === false ? { assessable: false } : {}),
  }));
  doc[EDUCATION_PROPERTY] = education === null ? null : { level: education.level, required: education.required };
  doc[LOCATIONS_PROPERTY] = [...posting.locations];
  return doc;
}

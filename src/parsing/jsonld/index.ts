export { postingToJsonLd, type JsonLdExportOptions } from './posting-to-jsonld';
export { postingFromJsonLd, type JsonLdImport, type JsonLdWarningCode } from './posting-from-jsonld';
export { NotAJobPostingError } from './not-a-job-posting-error';
export {
  SKILLMATCH_NAMESPACE,
  REQUIREMENTS_PROPERTY,
  EDUCATION_PROPERTY,
  LOCATIONS_PROPERTY,
  skillmatchContext,
} from './skillmatch-extension';
export { parseLocation, formatLocation, type LocationParts } from './postal-location';
export { htmlToText, textToHtml, textFromOwnHtml } from './description-html';
export { credentialCategoryOf, educationLevelOfCredential } from './credential-category';
export { employmentTypeFromText } from './employment-type';

import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import { postingFromJsonLd } from '../jsonld';
import { parsePosting, type ParsedPosting } from './parse-posting';
import { uniqueWarnings, warning } from './warnings';

/**
 * A job board page's schema.org JobPosting with the page's text: the structured fields (title,
 * company, employment type, places, date) come from the JobPosting, the requirements from
 * reading its description as posting text (boards rarely fill `skills`; when they do and the
 * description names none, those are used). `pageText` is read instead when the JobPosting has
 * no description.
 */
export function parseJobPostingPage(
  jobPosting: Record<string, unknown>,
  pageText: string,
  taxonomy: Taxonomy,
): ParsedPosting {
  let structured;
  try {
    structured = postingFromJsonLd(jobPosting, taxonomy);
  } catch (error) {
    const read = parsePosting(pageText, taxonomy);
    const message = error instanceof Error ? error.message : String(error);
    return {
      posting: read.posting,
      unknownRequirements: read.unknownRequirements,
      warnings: uniqueWarnings([
        warning('JSON_LD_IGNORED', `the page's JobPosting could not be read: ${message}`, ''),
        ...read.warnings,
      ]),
    };
  }
  const s = structured.posting;
  const body = s.description.trim() === '' ? pageText : `${s.title}\n\n${s.description}`;
  const read = parsePosting(body, taxonomy);
  const p = read.posting;
  const statedType = !structured.warnings.some((w) => w.code === 'MISSING_EMPLOYMENT_TYPE');
  return {
    posting: {
      title: s.title.trim() !== '' ? s.title : p.title,
      company: s.company ?? p.company,
      employmentType: statedType ? s.employmentType : p.employmentType,
      locations: s.locations.length > 0 ? s.locations : p.locations,
      description: p.description,
      datePosted: s.datePosted ?? p.datePosted,
      education: p.education ?? s.education,
      requirements: p.requirements.length > 0 ? p.requirements : s.requirements,
    },
    unknownRequirements: read.unknownRequirements,
    warnings: uniqueWarnings([
      ...read.warnings.filter(
        (w) => !(statedType && w.code === 'EMPLOYMENT_TYPE_ASSUMED') && !(s.title !== '' && w.code === 'NO_TITLE'),
      ),
      ...structured.warnings.filter((w) => w.code !== 'NO_SKILLS' && w.code !== 'MISSING_EMPLOYMENT_TYPE'),
    ]),
  };
}

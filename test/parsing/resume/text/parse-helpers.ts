import { parseResumeText, type ResumeTextParse } from '../../../../src/parsing/resume/text';
import { shippedTaxonomy } from '../taxonomies';

/** The corpus's "today" for these tests, so open jobs and expected degrees read the same every day. */
export const NOW = new Date('2026-12-03T12:00:00Z');

export function parse(text: string): ResumeTextParse {
  return parseResumeText(text, shippedTaxonomy(), { now: NOW });
}

/** Skill name to months, the shape the labels use. */
export function months(result: ResumeTextParse): Record<string, number | null> {
  return Object.fromEntries(result.skills.map((s) => [s.name, s.months]));
}

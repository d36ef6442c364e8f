import type { EducationLevel } from '../../domain/vocabulary';
import { educationLevelFromStudyType } from '../resume/study-type';

/**
 * Education levels and Google's JobPosting `credentialCategory` values ("high school",
 * "associate degree", "bachelor degree", "professional certificate", "postgraduate degree").
 * Google has one value for every degree past a bachelor's, so MASTER and DOCTORATE both
 * export as "postgraduate degree"; our export keeps the exact level in its extension.
 */
const CATEGORY_OF_LEVEL: Readonly<Record<EducationLevel, string | null>> = {
  NONE: null,
  HIGH_SCHOOL: 'high school',
  ASSOCIATE: 'associate degree',
  BACHELOR: 'bachelor degree',
  MASTER: 'postgraduate degree',
  DOCTORATE: 'postgraduate degree',
};

const LEVEL_OF_CATEGORY: ReadonlyMap<string, EducationLevel> = new Map<string, EducationLevel>([
  ['high school', 'HIGH_SCHOOL'],
  ['associate degree', 'ASSOCIATE'],
  ['bachelor degree', 'BACHELOR'],
  // The lowest postgraduate degree: a doctorate also meets it.
  ['postgraduate degree', 'MASTER'],
  ['no requirements', 'NONE'],
]);

/** Google's credentialCategory for an education level; null for NONE. */
export function credentialCategoryOf(level: EducationLevel): string | null {
  return CATEGORY_OF_LEVEL[level];
}

/**
 * The education level a credential names: Google's categories first, then free text as a
 * degree name ("Bachelor's degree in CS or equivalent"). NONE for "no requirements"; null
 * when nothing is recognised (including "professional certificate", which has no level).
 */
export function educationLevelOfCredential(text: string): EducationLevel | null {
  const key = text.trim().toLowerCase().replace(/\s+/gu, ' ');
  return LEVEL_OF_CATEGORY.get(key) ?? educationLevelFromStudyType(text);
}

/**
 * The closed vocabularies of skillmatch. They are plain string unions so that the pure core,
 * the GraphQL enums and the database columns all share one source of truth.
 */

/** What kind of skill a taxonomy entry or a requirement group is about. */
export const SKILL_CATEGORIES = [
  'LANGUAGE',
  'FRAMEWORK',
  'API',
  'DEVOPS',
  'DATABASE',
  'CLOUD',
  'CONTAINER',
  'VIRTUALIZATION',
  'OS',
  'MESSAGING',
  'OBSERVABILITY',
  'DATA',
  'SECURITY',
  'TESTING',
  'PRACTICE',
  'OTHER',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/**
 * What a taxonomy entry is, as evidence. Only TECHNICAL skills are evidence of technical
 * ability; the others are known so that a CV or a posting naming them is understood, never
 * credited: a SOFT_SKILL (communication, teamwork, and the conditions a posting sets: work authorization,
 * relocation, clearance, travel) or a SPOKEN_LANGUAGE (English, Hebrew) cannot be
 * shown by a skill list, and a SECTION_WORD ("Programming languages", "Tools" as a CV heading) is a
 * heading, not a claim.
 */
export const SKILL_KINDS = ['TECHNICAL', 'SOFT_SKILL', 'SPOKEN_LANGUAGE', 'SECTION_WORD'] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];

/** Whether a requirement group is a must-have or a nice-to-have. */
export const IMPORTANCES = ['REQUIRED', 'PREFERRED'] as const;
export type Importance = (typeof IMPORTANCES)[number];

/** schema.org employmentType values; a co-op is an INTERN. */
export const EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Education levels, ordered: a later level exceeds an earlier one. */
export const EDUCATION_LEVELS = ['NONE', 'HIGH_SCHOOL', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Rank of an education level, for "meets or exceeds" comparisons. */
export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

export const EDUCATION_STATUSES = ['COMPLETED', 'IN_PROGRESS'] as const;
export type EducationStatus = (typeof EDUCATION_STATUSES)[number];

/** A candidate's self-declared proficiency; optional and never a substitute for months. */
export const SKILL_LEVELS = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

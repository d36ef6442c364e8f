import { registerEnumType } from 'type-graphql';
import {
  EDUCATION_LEVELS,
  EDUCATION_STATUSES,
  EMPLOYMENT_TYPES,
  IMPORTANCES,
  SKILL_CATEGORIES,
  SKILL_LEVELS,
} from '../domain/vocabulary';

/** GraphQL enums built from the domain vocabularies, so the two can never disagree. */
function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const SkillCategoryEnum = enumOf(SKILL_CATEGORIES);
export const ImportanceEnum = enumOf(IMPORTANCES);
export const EmploymentTypeEnum = enumOf(EMPLOYMENT_TYPES);
export const EducationLevelEnum = enumOf(EDUCATION_LEVELS);
export const EducationStatusEnum = enumOf(EDUCATION_STATUSES);
export const SkillLevelEnum = enumOf(SKILL_LEVELS);

registerEnumType(SkillCategoryEnum, {
  name: 'SkillCategory',
  description: 'What kind of skill a taxonomy entry or a requirement group is about.',
});
registerEnumType(ImportanceEnum, {
  name: 'Importance',
  description: 'REQUIRED groups decide `qualified`; PREFERRED groups only add to the score.',
});
registerEnumType(EmploymentTypeEnum, {
  name: 'EmploymentType',
  description: 'schema.org employmentType values; a co-op is an INTERN.',
});
registerEnumType(EducationLevelEnum, { name: 'EducationLevel', description: 'Ordered from NONE to DOCTORATE.' });
registerEnumType(EducationStatusEnum, { name: 'EducationStatus' });
registerEnumType(SkillLevelEnum, { name: 'SkillLevel', description: "A candidate's self-declared proficiency." });

import { registerEnumType } from 'type-graphql';
import {
  EDUCATION_LEVELS,
  EDUCATION_STATUSES,
  EMPLOYMENT_TYPES,
  IMPORTANCES,
  SKILL_CATEGORIES,
  SKILL_KINDS,
  SKILL_LEVELS,
} from '../domain/vocabulary';

/** GraphQL enums built from the domain vocabularies, so the two can never disagree. */
function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const SkillCategoryEnum = enumOf(SKILL_CATEGORIES);
export const SkillKindEnum = enumOf(SKILL_KINDS);
export const ImportanceEnum = enumOf(IMPORTANCES);
export const EmploymentTypeEnum = enumOf(EMPLOYMENT_TYPES);
export const EducationLevelEnum = enumOf(EDUCATION_LEVELS);
export const EducationStatusEnum = enumOf(EDUCATION_STATUSES);
export const SkillLevelEnum = enumOf(SKILL_LEVELS);

registerEnumType(SkillCategoryEnum, {
  name: 'SkillCategory',
  description: 'What kind of skill a taxonomy entry or a requirement group is about.',
});
registerEnumType(SkillKindEnum, {
  name: 'SkillKind',
  description:
    'Whether a taxonomy entry is technical evidence. Soft skills, spoken languages and CV section words are known so that they are understood, and never credited as technical skills.',
  valuesConfig: {
    TECHNICAL: {
      description: 'A technical skill or concept: evidence for itself and for the broader concepts above it.',
    },
    SOFT_SKILL: { description: 'Communication, teamwork, ability to learn: no skill list can show it.' },
    SPOKEN_LANGUAGE: { description: 'A human language (English, Hebrew): not a technical skill.' },
    SECTION_WORD: { description: 'A CV heading such as "Programming languages" or "Tools": not a claim of any skill.' },
  },
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

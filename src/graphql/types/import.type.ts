import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { EducationLevel, EmploymentType, Importance, SkillCategory } from '../../domain/vocabulary';
import { EmploymentTypeEnum, ImportanceEnum, SkillCategoryEnum } from '../enums';
import { Candidate } from './candidate.type';
import { EducationRequirement, Posting } from './posting.type';

@ObjectType({ description: 'Something an importer was unsure of: never dropped silently.' })
export class ImportWarning {
  @Field()
  code: string;

  @Field()
  message: string;

  @Field({ description: 'The offending text, or the JSON path for structured input.' })
  at: string;
}

@ObjectType({ description: 'A requirement group read from text (not stored).' })
export class ParsedRequirement {
  @Field(() => ImportanceEnum)
  importance: Importance;

  @Field(() => SkillCategoryEnum)
  category: SkillCategory;

  @Field()
  label: string;

  @Field(() => Int)
  minMatches: number;

  @Field(() => Int, { nullable: true })
  minMonths: number | null;

  @Field(() => Float)
  weight: number;

  skills: readonly string[];
  // skills is resolved by ParsedRequirementResolver to taxonomy Skills.
}

@ObjectType({ description: 'A posting read from text: a dry run, nothing is stored.' })
export class ParsedPosting {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  company: string | null;

  @Field(() => EmploymentTypeEnum)
  employmentType: EmploymentType;

  @Field(() => [String])
  locations: readonly string[];

  @Field(() => String, { nullable: true })
  datePosted: string | null;

  @Field()
  description: string;

  @Field(() => EducationRequirement, { nullable: true })
  education: { level: EducationLevel; required: boolean } | null;

  @Field(() => [ParsedRequirement])
  requirements: readonly ParsedRequirement[];

  @Field(() => [ImportWarning])
  warnings: readonly ImportWarning[];
}

@ObjectType()
export class PostingImport {
  @Field(() => Posting)
  posting: unknown;

  @Field(() => [ImportWarning])
  warnings: readonly ImportWarning[];
}

@ObjectType()
export class CandidateImport {
  @Field(() => Candidate)
  candidate: unknown;

  @Field(() => [ImportWarning])
  warnings: readonly ImportWarning[];
}

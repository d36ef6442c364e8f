import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsBoolean,
} from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import type { PostingDraft, RequirementDraft } from '../../domain/drafts';
import {
  EDUCATION_LEVELS,
  EMPLOYMENT_TYPES,
  IMPORTANCES,
  SKILL_CATEGORIES,
  type EducationLevel,
  type EmploymentType,
  type Importance,
  type SkillCategory,
} from '../../domain/vocabulary';
import { EducationLevelEnum, EmploymentTypeEnum, ImportanceEnum, SkillCategoryEnum } from '../enums';
import { IsCalendarDate } from './calendar-date';
import { SafeText } from './safe-text';
import { WeightsInput, toScoringProfile } from './weights.input';

@InputType()
export class EducationRequirementInput {
  @Field(() => EducationLevelEnum)
  @IsIn(EDUCATION_LEVELS)
  level: EducationLevel;

  @Field({ defaultValue: false })
  required: boolean;
}

@InputType({ description: 'A requirement group; skills are named in any spelling the taxonomy knows.' })
export class RequirementGroupInput {
  @Field(() => ImportanceEnum)
  @IsIn(IMPORTANCES)
  importance: Importance;

  @Field(() => SkillCategoryEnum)
  @IsIn(SKILL_CATEGORIES)
  category: SkillCategory;

  @Field()
  @Length(1, 500)
  @SafeText()
  label: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Length(1, 120, { each: true })
  @SafeText('line', { each: true })
  skills: string[];

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(50)
  minMatches: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(600)
  minMonths?: number | null;

  @Field(() => Float, { defaultValue: 1 })
  @Min(0.01)
  @Max(100)
  weight: number;

  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'false for a requirement no profile can show (communication, work authorization, clearance): reported with ' +
      'the evidence the profile has, counted in neither the score nor `qualified`.',
  })
  @IsOptional()
  @IsBoolean()
  assessable?: boolean | null;
}

@InputType()
export class CreatePostingInput {
  @Field()
  @Length(1, 200)
  @SafeText()
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  @SafeText()
  company?: string | null;

  @Field(() => EmploymentTypeEnum)
  @IsIn(EMPLOYMENT_TYPES)
  employmentType: EmploymentType;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true })
  @SafeText('line', { each: true })
  locations: string[];

  @Field({ defaultValue: '' })
  @MaxLength(100_000)
  @SafeText('text')
  description: string;

  @Field(() => String, { nullable: true, description: 'ISO date, YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  datePosted?: string | null;

  @Field(() => EducationRequirementInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  education?: EducationRequirementInput | null;

  @Field(() => [RequirementGroupInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested()
  requirements: RequirementGroupInput[];

  @Field(() => WeightsInput, { nullable: true, description: "The posting's own scoring weights." })
  @IsOptional()
  @ValidateNested()
  scoring?: WeightsInput | null;
}

@InputType({ description: 'Fields to change; `requirements`, when given, replaces every group.' })
export class UpdatePostingInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  @SafeText()
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  @SafeText()
  company?: string | null;

  @Field(() => EmploymentTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true })
  @SafeText('line', { each: true })
  locations?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100_000)
  @SafeText('text')
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  datePosted?: string | null;

  @Field(() => EducationRequirementInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  education?: EducationRequirementInput | null;

  @Field(() => [RequirementGroupInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested()
  requirements?: RequirementGroupInput[];

  @Field(() => WeightsInput, { nullable: true, description: "The posting's own scoring weights; null clears them." })
  @IsOptional()
  @ValidateNested()
  scoring?: WeightsInput | null;
}

function toRequirementDraft(g: RequirementGroupInput): RequirementDraft {
  return {
    importance: g.importance,
    category: g.category,
    label: g.label.trim(),
    skills: g.skills,
    minMatches: g.minMatches ?? 1,
    minMonths: g.minMonths ?? null,
    weight: g.weight ?? 1,
    ...(g.assessable === false ? { assessable: false } : {}),
  };
}

export function toPostingDraft(input: CreatePostingInput): PostingDraft {
  return {
    title: input.title.trim(),
    company: input.company ?? null,
    employmentType: input.employmentType,
    locations: input.locations ?? [],
    description: input.description ?? '',
    datePosted: input.datePosted ?? null,
    education: input.education ? { level: input.education.level, required: input.education.required ?? false } : null,
    requirements: (input.requirements ?? []).map(toRequirementDraft),
    scoring: toScoringProfile(input.scoring),
  };
}

/** Only the fields the client sent; an explicit null clears a nullable field. */
export function toPostingPatch(input: UpdatePostingInput): Partial<PostingDraft> {
  const patch: { -readonly [K in keyof PostingDraft]?: PostingDraft[K] } = {};
  if (input.title !== undefined && input.title !== null) patch.title = input.title.trim();
  if (input.company !== undefined) patch.company = input.company;
  if (input.employmentType) patch.employmentType = input.employmentType;
  if (input.locations) patch.locations = input.locations;
  if (input.description !== undefined && input.description !== null) patch.description = input.description;
  if (input.datePosted !== undefined) patch.datePosted = input.datePosted;
  if (input.education !== undefined) {
    patch.education = input.education
      ? { level: input.education.level, required: input.education.required ?? false }
      : null;
  }
  if (input.requirements) patch.requirements = input.requirements.map(toRequirementDraft);
  if (input.scoring !== undefined) patch.scoring = toScoringProfile(input.scoring);
  return patch;
}

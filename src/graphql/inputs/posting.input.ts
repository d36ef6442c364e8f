import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { POSTING_LIMITS as P } from '../../domain/draft-limits';
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
import { InRange, TextOf } from './draft-fields';
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
  @TextOf(P.label, { required: true })
  label: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(P.groupSkills)
  @TextOf(P.skillName, { required: true, each: true })
  skills: string[];

  @Field(() => Int, { defaultValue: 1 })
  @InRange(P.minMatches)
  minMatches: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @InRange(P.minMonths)
  minMonths?: number | null;

  @Field(() => Float, { defaultValue: 1 })
  @InRange(P.weight)
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

/** The fields a create and an update take alike: each may be left out, and null clears it. */
@InputType()
export class PostingDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextOf(P.company)
  company?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date, YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  datePosted?: string | null;

  @Field(() => EducationRequirementInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  education?: EducationRequirementInput | null;
}

@InputType()
export class CreatePostingInput extends PostingDetailsInput {
  @Field()
  @TextOf(P.title, { required: true })
  title: string;

  @Field(() => EmploymentTypeEnum)
  @IsIn(EMPLOYMENT_TYPES)
  employmentType: EmploymentType;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(P.locations)
  @TextOf(P.location, { required: true, each: true })
  locations: string[];

  @Field({ defaultValue: '' })
  @TextOf(P.description, { kind: 'text' })
  description: string;

  @Field(() => [RequirementGroupInput], { defaultValue: [] })
  @ArrayMaxSize(P.requirements)
  @ValidateNested()
  requirements: RequirementGroupInput[];

  @Field(() => WeightsInput, { nullable: true, description: "The posting's own scoring weights." })
  @IsOptional()
  @ValidateNested()
  scoring?: WeightsInput | null;
}

@InputType({ description: 'Fields to change; `requirements`, when given, replaces every group.' })
export class UpdatePostingInput extends PostingDetailsInput {
  @Field({ nullable: true })
  @IsOptional()
  @TextOf(P.title, { required: true })
  title?: string;

  @Field(() => EmploymentTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(P.locations)
  @TextOf(P.location, { required: true, each: true })
  locations?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @TextOf(P.description, { kind: 'text' })
  description?: string;

  @Field(() => [RequirementGroupInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(P.requirements)
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

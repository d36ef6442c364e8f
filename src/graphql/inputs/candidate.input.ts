import { ArrayMaxSize, IsEmail, IsIn, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { CANDIDATE_LIMITS as L } from '../../domain/draft-limits';
import type { CandidateDraft, CandidateSkillDraft, EducationDraft } from '../../domain/drafts';
import {
  EDUCATION_LEVELS,
  EDUCATION_STATUSES,
  SKILL_LEVELS,
  type EducationLevel,
  type EducationStatus,
  type SkillLevel,
} from '../../domain/vocabulary';
import { EducationLevelEnum, EducationStatusEnum, SkillLevelEnum } from '../enums';
import { InRange, TextOf } from './draft-fields';
import { PhoneNumber, SafeText } from './safe-text';

@InputType({ description: 'A skill by any spelling the taxonomy knows ("golang", "k8s", "Postgres").' })
export class CandidateSkillInput {
  @Field()
  @TextOf(L.skillName, { required: true })
  name: string;

  @Field(() => Int, { nullable: true, description: 'Months of experience; leave null when unknown.' })
  @IsOptional()
  @InRange(L.months)
  months?: number | null;

  @Field(() => SkillLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(SKILL_LEVELS)
  level?: SkillLevel | null;
}

@InputType()
export class EducationInput {
  @Field(() => EducationLevelEnum)
  @IsIn(EDUCATION_LEVELS)
  level: EducationLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextOf(L.educationField)
  field?: string | null;

  @Field(() => EducationStatusEnum, { defaultValue: 'COMPLETED' })
  @IsIn(EDUCATION_STATUSES)
  status: EducationStatus;
}

/** The personal fields a create and an update take alike: each may be left out, and null clears it. */
@InputType()
export class CandidateContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(L.email)
  @IsEmail()
  @SafeText()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(L.phone)
  @PhoneNumber()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextOf(L.headline)
  headline?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextOf(L.location)
  location?: string | null;
}

@InputType()
export class CreateCandidateInput extends CandidateContactInput {
  @Field()
  @TextOf(L.name, { required: true })
  name: string;

  @Field(() => [EducationInput], { defaultValue: [] })
  @ArrayMaxSize(L.education)
  @ValidateNested()
  education: EducationInput[];

  @Field(() => [CandidateSkillInput], { defaultValue: [] })
  @ArrayMaxSize(L.skills)
  @ValidateNested()
  skills: CandidateSkillInput[];
}

@InputType({ description: 'Fields to change; `skills` or `education`, when given, replace the whole list.' })
export class UpdateCandidateInput extends CandidateContactInput {
  @Field({ nullable: true })
  @IsOptional()
  @TextOf(L.name, { required: true })
  name?: string;

  @Field(() => [EducationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(L.education)
  @ValidateNested()
  education?: EducationInput[];

  @Field(() => [CandidateSkillInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(L.skills)
  @ValidateNested()
  skills?: CandidateSkillInput[];
}

const toSkill = (s: CandidateSkillInput): CandidateSkillDraft => ({
  name: s.name,
  months: s.months ?? null,
  level: s.level ?? null,
});
const toEducation = (e: EducationInput): EducationDraft => ({
  level: e.level,
  field: e.field ?? null,
  status: e.status ?? 'COMPLETED',
});

export function toCandidateDraft(input: CreateCandidateInput): CandidateDraft {
  return {
    name: input.name.trim(),
    email: input.email ?? null,
    phone: input.phone ?? null,
    headline: input.headline ?? null,
    location: input.location ?? null,
    education: (input.education ?? []).map(toEducation),
    skills: (input.skills ?? []).map(toSkill),
  };
}

/** Only the fields the client sent; an explicit null clears a nullable field. */
export function toCandidatePatch(input: UpdateCandidateInput): Partial<CandidateDraft> {
  const patch: { -readonly [K in keyof CandidateDraft]?: CandidateDraft[K] } = {};
  if (input.name !== undefined && input.name !== null) patch.name = input.name.trim();
  if (input.email !== undefined) patch.email = input.email;
  if (input.phone !== undefined) patch.phone = input.phone;
  if (input.headline !== undefined) patch.headline = input.headline;
  if (input.location !== undefined) patch.location = input.location;
  if (input.education) patch.education = input.education.map(toEducation);
  if (input.skills) patch.skills = input.skills.map(toSkill);
  return patch;
}

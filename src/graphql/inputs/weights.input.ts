import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { POSTING_LIMITS } from '../../domain/draft-limits';
import type { ScoringProfile } from '../../domain/matching/profiles';
import { SKILL_CATEGORIES, type SkillCategory } from '../../domain/vocabulary';
import { SkillCategoryEnum } from '../enums';
import { InRange } from './draft-fields';

const WEIGHT = POSTING_LIMITS.scoringWeight;

@InputType()
export class CategoryWeightInput {
  @Field(() => SkillCategoryEnum)
  @IsIn(SKILL_CATEGORIES)
  category: SkillCategory;

  @Field(() => Float)
  @InRange(WEIGHT)
  weight: number;
}

@InputType({ description: 'Scoring weights; anything left out falls back to the posting profile, then the defaults.' })
export class WeightsInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @InRange(WEIGHT)
  requiredWeight?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @InRange(WEIGHT)
  preferredWeight?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @InRange(WEIGHT)
  educationWeight?: number | null;

  @Field(() => [CategoryWeightInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(POSTING_LIMITS.categoryWeights)
  @ValidateNested()
  categoryWeights?: CategoryWeightInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Accept substitutes: a RELATED skill (MySQL for PostgreSQL) counts as the skill itself, full credit, and can ' +
      'satisfy a group. Off by default.',
  })
  @IsOptional()
  @IsBoolean()
  substitutesSatisfy?: boolean | null;
}

/** The domain's ScoringProfile from the GraphQL input; null when nothing was set. */
export function toScoringProfile(input: WeightsInput | null | undefined): ScoringProfile | null {
  if (!input) return null;
  const profile: { -readonly [K in keyof ScoringProfile]: ScoringProfile[K] } = {};
  if (input.requiredWeight !== null && input.requiredWeight !== undefined)
    profile.requiredWeight = input.requiredWeight;
  if (input.preferredWeight !== null && input.preferredWeight !== undefined)
    profile.preferredWeight = input.preferredWeight;
  if (input.educationWeight !== null && input.educationWeight !== undefined)
    profile.educationWeight = input.educationWeight;
  if (input.substitutesSatisfy !== null && input.substitutesSatisfy !== undefined)
    profile.substitutesSatisfy = input.substitutesSatisfy;
  if (input.categoryWeights?.length) {
    profile.categoryWeights = Object.fromEntries(input.categoryWeights.map((c) => [c.category, c.weight]));
  }
  return Object.keys(profile).length > 0 ? profile : null;
}

import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, Int } from 'type-graphql';
import type { RankArgs } from '../../services/matching/candidate-ranking';
import { WeightsInput, toScoringProfile } from './weights.input';

/** The arguments rankCandidates and rankPostings share. */
@ArgsType()
export class RankingArgs {
  @Field(() => Int, { nullable: true, description: '1..100, default 20.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only results that satisfy every REQUIRED group.' })
  qualifiedOnly?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Only results scoring at least this (0..100).' })
  @IsOptional()
  @Min(0)
  @Max(100)
  minScore?: number | null;

  @Field(() => WeightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  weights?: WeightsInput | null;
}

export function toRankArgs(args: RankingArgs): RankArgs {
  return { ...args, weights: toScoringProfile(args.weights) };
}

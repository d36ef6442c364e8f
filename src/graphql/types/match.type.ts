import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type * as result from '../../domain/matching/match-result';
import type { EducationOutcome, ExplainedMatch, GroupStatus, MatchKind } from '../../domain/matching/match-result';
import type { EducationLevel, SkillCategory } from '../../domain/vocabulary';
import { EducationLevelEnum, SkillCategoryEnum } from '../enums';
import { PageInfo } from './page-info.type';

export const MatchKindEnum = { EXACT: 'EXACT', NARROWER: 'NARROWER', RELATED: 'RELATED', BROADER: 'BROADER' } as const;
registerEnumType(MatchKindEnum, {
  name: 'MatchKind',
  description:
    'How an accepted skill was covered: EXACT (same skill or an alias), NARROWER (a more specific skill: Kubernetes for ' +
    '"Container technologies", full credit), RELATED (a substitute: its similarity as credit, never satisfies a group ' +
    'unless the posting accepts substitutes), BROADER (only the umbrella word: no credit, since a broad word is no ' +
    'evidence for a concrete skill).',
});

export const GroupStatusEnum = { MET: 'MET', NOT_MET: 'NOT_MET', NOT_ASSESSABLE: 'NOT_ASSESSABLE' } as const;
registerEnumType(GroupStatusEnum, {
  name: 'RequirementStatus',
  description:
    'MET or NOT_MET for a group that counts; NOT_ASSESSABLE for one no profile can show: reported with the evidence ' +
    'the profile has, counted in neither the score nor `qualified`.',
});

export const EducationOutcomeEnum = {
  NOT_REQUESTED: 'NOT_REQUESTED',
  EXCEEDS: 'EXCEEDS',
  MEETS: 'MEETS',
  IN_PROGRESS: 'IN_PROGRESS',
  NOT_STATED: 'NOT_STATED',
  DOES_NOT_MEET: 'DOES_NOT_MEET',
} as const;
registerEnumType(EducationOutcomeEnum, {
  name: 'EducationOutcome',
  description:
    'NOT_STATED: the profile lists no education (not the same as a lower level): no credit, and a REQUIRED degree ' +
    'not stated is not shown, so the candidate is not qualified; a PREFERRED one never blocks qualified.',
});

/*
 * The result types are the domain's (src/domain/matching/match-result.ts): each class implements its
 * interface, so TypeScript proves the two agree, and resolvers hand out domain objects as they are.
 * `simpleResolvers`: a field is a plain property read by graphql-js's default resolver, with no
 * type-graphql wrapper per row (no middleware or auth rule applies to these fields). A field a class
 * declares without @Field is resolved in match-result.resolver.ts, where the comment says why.
 */

@ObjectType({ description: 'One accepted skill the candidate covers, and how.', simpleResolvers: true })
export class SkillMatch implements result.SkillMatch {
  // skill, via, path (as names) and reason are looked up in the taxonomy by SkillMatchResolver.
  readonly skillId: number;
  readonly viaSkillId: number;
  readonly path: readonly number[];

  @Field(() => MatchKindEnum)
  readonly kind: MatchKind;

  @Field(() => Float, { description: '0..1 after the experience factor.' })
  readonly credit: number;

  @Field(() => Int, { nullable: true, description: "The candidate's months on the covering skill; null when unknown." })
  readonly months: number | null;
}

@ObjectType({ description: 'How the candidate fares on one requirement group.', simpleResolvers: true })
export class RequirementMatch implements result.GroupResult {
  // requirement and missing are resolved by RequirementMatchResolver (the posting's group, taxonomy skills).
  readonly requirementId: string;
  readonly missingSkillIds: readonly number[];

  @Field(() => GroupStatusEnum)
  readonly status: GroupStatus;

  @Field({
    description:
      'At least minMatches accepted skills covered (exactly or by a narrower skill) with minMonths. For a ' +
      'NOT_ASSESSABLE group: whether the profile happens to show it (it counts nowhere).',
  })
  readonly satisfied: boolean;

  @Field(() => Float, { description: '0..1: how much of the group the candidate covers.' })
  readonly credit: number;

  @Field(() => [SkillMatch])
  readonly matched: readonly SkillMatch[];

  @Field(() => Int, { nullable: true, description: 'Months the best covering skill lacks against minMonths.' })
  readonly monthsShort: number | null;

  @Field({ description: 'minMonths is set and the covering skill has unknown months (partial credit, not zero).' })
  readonly monthsUnknown: boolean;
}

@ObjectType({ simpleResolvers: true })
export class EducationMatch implements result.EducationResult {
  @Field(() => EducationOutcomeEnum)
  readonly outcome: EducationOutcome;

  @Field(() => EducationLevelEnum, { nullable: true })
  readonly requiredLevel: EducationLevel | null;

  @Field()
  readonly required: boolean;

  @Field(() => EducationLevelEnum, { nullable: true })
  readonly candidateLevel: EducationLevel | null;

  @Field(() => Float)
  readonly credit: number;
}

@ObjectType({ simpleResolvers: true })
export class CategoryScore implements result.CategoryScore {
  @Field(() => SkillCategoryEnum)
  readonly category: SkillCategory;

  @Field(() => Float, { nullable: true, description: '0..100; null when the posting asks nothing of this category.' })
  readonly score: number | null;
}

@ObjectType({ simpleResolvers: true })
export class CategoryWeight {
  @Field(() => SkillCategoryEnum)
  category: SkillCategory;

  @Field(() => Float)
  weight: number;
}

@ObjectType({
  description: 'The weights actually applied: defaults, then the posting profile, then the request.',
  simpleResolvers: true,
})
export class AppliedWeights implements result.AppliedWeights {
  @Field(() => Float)
  readonly requiredWeight: number;

  @Field(() => Float)
  readonly preferredWeight: number;

  @Field(() => Float)
  readonly educationWeight: number;

  // categoryWeights is listed as CategoryWeight entries by AppliedWeightsResolver.
  readonly categoryWeights: Readonly<Record<SkillCategory, number>>;

  @Field({ description: 'A RELATED skill (a substitute) counted as the skill itself.' })
  readonly substitutesSatisfy: boolean;

  @Field(() => Float, {
    description:
      'The most of its part (required or preferred) education may weigh; educationWeight is cut to it, so a ' +
      'degree never decides a ranking alone.',
  })
  readonly educationShareCap: number;
}

@ObjectType({
  description: 'A skill whose addition would raise the score, and the score it would give.',
  simpleResolvers: true,
})
export class GapSuggestion implements result.GapSuggestion {
  // skill is looked up in the taxonomy by GapSuggestionResolver.
  readonly skillId: number;

  @Field(() => Float)
  readonly score: number;

  @Field(() => Float)
  readonly gain: number;

  @Field()
  readonly wouldQualify: boolean;
}

@ObjectType({
  description:
    'A candidate scored against a posting, with every point explained. A score is evidence for a person to weigh, ' +
    'not a verdict; nothing is rejected automatically.',
  simpleResolvers: true,
})
export class MatchResult implements result.MatchResult {
  // postingId, candidateId (as global ids), requirements, candidate, posting and gaps are resolved by
  // MatchResultResolver.
  readonly postingId: string;
  readonly candidateId: string;
  readonly requirements: readonly result.GroupResult[];

  @Field(() => Float, {
    nullable: true,
    description: '0..100; null when the posting has nothing to score (no assessable skill requirement): see `reason`.',
  })
  readonly score: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Every assessable REQUIRED group satisfied (and a required degree shown); null when there is no score.',
  })
  readonly qualified: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why there is no score; null when there is one.' })
  readonly reason: string | null;

  @Field(() => Float, { nullable: true, description: 'null when there is no score.' })
  readonly requiredScore: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'null when the posting prefers nothing (no PREFERRED group, no preferred education).',
  })
  readonly preferredScore: number | null;

  @Field(() => [CategoryScore])
  readonly categories: readonly CategoryScore[];

  @Field(() => EducationMatch)
  readonly education: EducationMatch;

  @Field({ description: 'One sentence a recruiter can read.' })
  readonly summary: string;

  @Field(() => AppliedWeights)
  readonly weights: AppliedWeights;

  @Field()
  readonly modelVersion: string;

  @Field()
  readonly taxonomyVersion: string;
}

@ObjectType({ simpleResolvers: true })
export class MatchEdge {
  @Field()
  cursor: string;

  @Field(() => MatchResult)
  node: ExplainedMatch;
}

@ObjectType({
  description: 'Match results in ranking order: qualified first, then score, then id.',
  simpleResolvers: true,
})
export class MatchConnection {
  @Field(() => [MatchEdge])
  edges: MatchEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType({ description: 'A skill name as written, and what the taxonomy made of it.' })
export class SkillResolution {
  @Field()
  input: string;

  skillId: number | null;
  // skill is resolved by SkillResolutionResolver.

  @Field(() => [String], { description: 'Closest known skills when the name resolved to nothing.' })
  suggestions: string[];
}

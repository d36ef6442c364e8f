import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EducationOutcome, GroupStatus, MatchKind } from '../../domain/matching/match-result';
import type { EducationLevel, SkillCategory } from '../../domain/vocabulary';
import type { ExplainedMatch } from '../../services/matching.service';
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

@ObjectType({ description: 'One accepted skill the candidate covers, and how.' })
export class SkillMatch {
  skillId: number;
  viaSkillId: number;
  // skill and via are resolved by SkillMatchResolver.

  @Field(() => MatchKindEnum)
  kind: MatchKind;

  @Field(() => Float, { description: '0..1 after the experience factor.' })
  credit: number;

  @Field(() => Int, { nullable: true, description: "The candidate's months on the covering skill; null when unknown." })
  months: number | null;

  path: readonly number[];
  // path (skill names) is resolved by SkillMatchResolver.
}

@ObjectType({ description: 'How the candidate fares on one requirement group.' })
export class RequirementMatch {
  requirementId: string;
  missingSkillIds: readonly number[];
  // requirement and missing are resolved by RequirementMatchResolver.

  @Field(() => GroupStatusEnum)
  status: GroupStatus;

  @Field({
    description:
      'At least minMatches accepted skills covered (exactly or by a narrower skill) with minMonths. For a ' +
      'NOT_ASSESSABLE group: whether the profile happens to show it (it counts nowhere).',
  })
  satisfied: boolean;

  @Field(() => Float, { description: '0..1: how much of the group the candidate covers.' })
  credit: number;

  @Field(() => [SkillMatch])
  matched: SkillMatch[];

  @Field(() => Int, { nullable: true, description: 'Months the best covering skill lacks against minMonths.' })
  monthsShort: number | null;

  @Field({ description: 'minMonths is set and the covering skill has unknown months (partial credit, not zero).' })
  monthsUnknown: boolean;
}

@ObjectType()
export class EducationMatch {
  @Field(() => EducationOutcomeEnum)
  outcome: EducationOutcome;

  @Field(() => EducationLevelEnum, { nullable: true })
  requiredLevel: EducationLevel | null;

  @Field()
  required: boolean;

  @Field(() => EducationLevelEnum, { nullable: true })
  candidateLevel: EducationLevel | null;

  @Field(() => Float)
  credit: number;
}

@ObjectType()
export class CategoryScore {
  @Field(() => SkillCategoryEnum)
  category: SkillCategory;

  @Field(() => Float, { nullable: true, description: '0..100; null when the posting asks nothing of this category.' })
  score: number | null;
}

@ObjectType()
export class CategoryWeight {
  @Field(() => SkillCategoryEnum)
  category: SkillCategory;

  @Field(() => Float)
  weight: number;
}

@ObjectType({ description: 'The weights actually applied: defaults, then the posting profile, then the request.' })
export class AppliedWeights {
  @Field(() => Float)
  requiredWeight: number;

  @Field(() => Float)
  preferredWeight: number;

  @Field(() => Float)
  educationWeight: number;

  @Field(() => [CategoryWeight])
  categoryWeights: CategoryWeight[];

  @Field({ description: 'A RELATED skill (a substitute) counted as the skill itself.' })
  substitutesSatisfy: boolean;

  @Field(() => Float, {
    description:
      'The most of its part (required or preferred) education may weigh; educationWeight is cut to it, so a ' +
      'degree never decides a ranking alone.',
  })
  educationShareCap: number;
}

@ObjectType({ description: 'A skill whose addition would raise the score, and the score it would give.' })
export class GapSuggestion {
  skillId: number;
  // skill is resolved by GapSuggestionResolver.

  @Field(() => Float)
  score: number;

  @Field(() => Float)
  gain: number;

  @Field()
  wouldQualify: boolean;
}

@ObjectType({
  description:
    'A candidate scored against a posting, with every point explained. A score is evidence for a person to weigh, ' +
    'not a verdict; nothing is rejected automatically.',
})
export class MatchResult {
  // Every field is resolved by MatchResultResolver from an ExplainedMatch.
}

export type MatchRoot = ExplainedMatch;

@ObjectType()
export class MatchEdge {
  @Field()
  cursor: string;

  @Field(() => MatchResult)
  node: MatchRoot;
}

@ObjectType({ description: 'Match results in ranking order: qualified first, then score, then id.' })
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

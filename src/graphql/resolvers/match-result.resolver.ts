import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/roles';
import type {
  AppliedWeights as AppliedWeightsData,
  ExplainedMatch,
  GapSuggestion as GapSuggestionData,
  GroupResult,
  SkillMatch as SkillMatchData,
} from '../../domain/matching/match-result';
import type { MatchingTaxonomy } from '../../domain/matching/matching-taxonomy';
import type { RequirementSpec } from '../../domain/matching/profiles';
import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { SkillCategory } from '../../domain/vocabulary';
import type { CandidateEntity } from '../../entities/candidate.entity';
import type { PostingEntity } from '../../entities/posting.entity';
import type { Context } from '../context';
import { type NodeType, toGlobalId } from '../ids';
import { Candidate } from '../types/candidate.type';
import {
  AppliedWeights,
  CategoryWeight,
  GapSuggestion,
  MatchResult,
  RequirementMatch,
  SkillMatch,
  SkillResolution,
} from '../types/match.type';
import { Posting } from '../types/posting.type';
import { RequirementGroup } from '../types/requirement-group.type';
import { Skill } from '../types/skill.type';

/** Why `via` substitutes for `skill`, as the taxonomy records it on either side of the link. */
function relatedReason(t: MatchingTaxonomy, skillId: number, viaSkillId: number): string | null {
  const link =
    t.related(skillId).find((r) => r.skillId === viaSkillId) ??
    t.related(viaSkillId).find((r) => r.skillId === skillId);
  return link?.reason ?? null;
}

/** A stored row's global id; unsaved preview input keeps its marker (`preview`), which names no row. */
function storedGlobalId(type: NodeType, id: string): string {
  return /^\d+$/.test(id) ? toGlobalId(type, id) : id;
}

type RequirementMatchRoot = GroupResult & { readonly spec: RequirementSpec };

/** The fields of a MatchResult that are not properties of the domain result: ids, joins and loads. */
@Resolver(() => MatchResult)
export class MatchResultResolver {
  // Computed: the domain keeps row ids; the API shows global ids.
  @FieldResolver(() => ID, { description: "The posting's global id; `preview` for unsaved preview input." })
  postingId(@Root() m: ExplainedMatch): string {
    return storedGlobalId('Posting', m.postingId);
  }

  // Computed: as postingId.
  @FieldResolver(() => ID, { description: "The candidate's global id; `preview` for unsaved preview input." })
  candidateId(@Root() m: ExplainedMatch): string {
    return storedGlobalId('Candidate', m.candidateId);
  }

  // Joined: each group's result with the posting's group it answers, which RequirementMatch.requirement shows.
  @FieldResolver(() => [RequirementMatch], { description: 'One entry per requirement group, in posting order.' })
  requirements(@Root() m: ExplainedMatch): RequirementMatchRoot[] {
    const specs = new Map(m.inputs.posting.requirements.map((r) => [r.id, r]));
    return m.requirements.map((g) => ({ ...g, spec: specs.get(g.requirementId)! }));
  }

  // Loaded: the stored candidate, behind its own access rule.
  @Authorized(Access.RECRUITER)
  @FieldResolver(() => Candidate, { nullable: true, description: 'null when the candidate was unsaved preview input.' })
  candidate(@Root() m: ExplainedMatch, @Ctx() { loaders }: Context): Promise<CandidateEntity | null> | null {
    return /^\d+$/.test(m.candidateId) ? loaders.candidateById.load(Number(m.candidateId)) : null;
  }

  // Loaded: the stored posting.
  @FieldResolver(() => Posting, { nullable: true, description: 'null when the posting was unsaved preview input.' })
  posting(@Root() m: ExplainedMatch, @Ctx() { loaders }: Context): Promise<PostingEntity | null> | null {
    return /^\d+$/.test(m.postingId) ? loaders.postingById.load(Number(m.postingId)) : null;
  }

  // Computed on demand: gap analysis rescores the candidate once per accepted skill.
  @FieldResolver(() => [GapSuggestion], {
    description: 'Gap analysis: the skills whose addition would raise the score most, with the score each would give.',
  })
  async gaps(
    @Root() m: ExplainedMatch,
    @Ctx() { services }: Context,
    @Arg('limit', () => Int, { defaultValue: 3 }) limit: number,
  ): Promise<readonly GapSuggestionData[]> {
    return services.matching.gaps(m, limit);
  }
}

/** Lists a record of category weights as GraphQL entries (GraphQL has no map type). */
@Resolver(() => AppliedWeights)
export class AppliedWeightsResolver {
  // Computed: the domain keeps a record by category; GraphQL shows a list.
  @FieldResolver(() => [CategoryWeight])
  categoryWeights(@Root() w: AppliedWeightsData): CategoryWeight[] {
    return Object.entries(w.categoryWeights).map(([category, weight]) => ({
      category: category as SkillCategory,
      weight,
    }));
  }
}

@Resolver(() => RequirementMatch)
export class RequirementMatchResolver {
  // Joined: the posting's group, attached by MatchResultResolver.requirements.
  @FieldResolver(() => RequirementGroup)
  requirement(@Root() g: RequirementMatchRoot): RequirementSpec {
    return g.spec;
  }

  // Looked up: the domain keeps skill ids; the API shows the taxonomy's skills.
  @FieldResolver(() => [Skill], {
    description: 'Accepted skills the profile shows no evidence for: nothing covers them, or only a broader word.',
  })
  missing(@Root() g: RequirementMatchRoot, @Ctx() { services }: Context): SkillDef[] {
    const t = services.taxonomy.current();
    return g.missingSkillIds.map((id) => t.byId(id)!);
  }
}

@Resolver(() => SkillMatch)
export class SkillMatchResolver {
  // Looked up, as the three below: the domain keeps skill ids; the API shows the taxonomy's skills and names.
  @FieldResolver(() => Skill, { description: 'The accepted skill of the group.' })
  skill(@Root() s: SkillMatchData, @Ctx() { services }: Context): SkillDef {
    return services.taxonomy.current().byId(s.skillId)!;
  }

  @FieldResolver(() => Skill, { description: "The candidate's skill that covered it." })
  via(@Root() s: SkillMatchData, @Ctx() { services }: Context): SkillDef {
    return services.taxonomy.current().byId(s.viaSkillId)!;
  }

  @FieldResolver(() => [String], {
    description:
      "Skill names from the accepted skill to the candidate's: one name when EXACT; down the broader links when " +
      'NARROWER (Databases, Relational databases, PostgreSQL); up them when BROADER; the substitute when RELATED. ' +
      'The shortest chain, then the first by name.',
  })
  path(@Root() s: SkillMatchData, @Ctx() { services }: Context): string[] {
    const t = services.taxonomy.current();
    return s.path.map((id) => t.byId(id)?.name ?? `skill #${id}`);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "RELATED only: the taxonomy's reason the two skills are substitutes (null when none is recorded).",
  })
  reason(@Root() s: SkillMatchData, @Ctx() { services }: Context): string | null {
    return s.kind === 'RELATED' ? relatedReason(services.taxonomy.current(), s.skillId, s.viaSkillId) : null;
  }
}

@Resolver(() => GapSuggestion)
export class GapSuggestionResolver {
  // Looked up: the domain keeps the skill id.
  @FieldResolver(() => Skill)
  skill(@Root() g: GapSuggestionData, @Ctx() { services }: Context): SkillDef {
    return services.taxonomy.current().byId(g.skillId)!;
  }
}

@Resolver(() => SkillResolution)
export class SkillResolutionResolver {
  @FieldResolver(() => Skill, { nullable: true })
  skill(@Root() r: SkillResolution, @Ctx() { services }: Context): SkillDef | null {
    return r.skillId === null ? null : (services.taxonomy.current().byId(r.skillId) ?? null);
  }
}

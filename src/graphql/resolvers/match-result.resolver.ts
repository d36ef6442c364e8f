import { Authorized, Arg, Ctx, FieldResolver, Float, ID, Int, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/roles';
import type {
  GapSuggestion as GapSuggestionData,
  GroupResult,
  SkillMatch as SkillMatchData,
} from '../../domain/matching/match-result';
import type { MatchingTaxonomy } from '../../domain/matching/matching-taxonomy';
import type { RequirementSpec } from '../../domain/matching/profiles';
import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { CandidateEntity } from '../../entities/candidate.entity';
import type { PostingEntity } from '../../entities/posting.entity';
import type { Context } from '../context';
import { type NodeType, toGlobalId } from '../ids';
import { Candidate } from '../types/candidate.type';
import {
  AppliedWeights,
  CategoryScore,
  EducationMatch,
  GapSuggestion,
  MatchResult,
  type MatchRoot,
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

/** Exposes a domain MatchResult; skill ids become Skills from the in-memory taxonomy. */
@Resolver(() => MatchResult)
export class MatchResultResolver {
  @FieldResolver(() => ID, { description: "The posting's global id; `preview` for unsaved preview input." })
  postingId(@Root() m: MatchRoot): string {
    return storedGlobalId('Posting', m.result.postingId);
  }

  @FieldResolver(() => ID, { description: "The candidate's global id; `preview` for unsaved preview input." })
  candidateId(@Root() m: MatchRoot): string {
    return storedGlobalId('Candidate', m.result.candidateId);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: '0..100; null when the posting has nothing to score (no assessable skill requirement): see `reason`.',
  })
  score(@Root() m: MatchRoot): number | null {
    return m.result.score;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Every assessable REQUIRED group satisfied (and a required degree shown); null when there is no score.',
  })
  qualified(@Root() m: MatchRoot): boolean | null {
    return m.result.qualified;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why there is no score; null when there is one.' })
  reason(@Root() m: MatchRoot): string | null {
    return m.result.reason;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'null when there is no score.' })
  requiredScore(@Root() m: MatchRoot): number | null {
    return m.result.requiredScore;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'null when the posting prefers nothing (no PREFERRED group, no preferred education).',
  })
  preferredScore(@Root() m: MatchRoot): number | null {
    return m.result.preferredScore;
  }

  @FieldResolver(() => [CategoryScore])
  categories(@Root() m: MatchRoot): readonly CategoryScore[] {
    return m.result.categories;
  }

  @FieldResolver(() => [RequirementMatch], { description: 'One entry per requirement group, in posting order.' })
  requirements(@Root() m: MatchRoot): RequirementMatchRoot[] {
    const specs = new Map(m.posting.requirements.map((r) => [r.id, r]));
    return m.result.requirements.map((g) => ({ ...g, spec: specs.get(g.requirementId)! }));
  }

  @FieldResolver(() => EducationMatch)
  education(@Root() m: MatchRoot): EducationMatch {
    return m.result.education;
  }

  @FieldResolver({ description: 'One sentence a recruiter can read.' })
  summary(@Root() m: MatchRoot): string {
    return m.result.summary;
  }

  @FieldResolver(() => AppliedWeights)
  weights(@Root() m: MatchRoot): AppliedWeights {
    const w = m.result.weights;
    return {
      requiredWeight: w.requiredWeight,
      preferredWeight: w.preferredWeight,
      educationWeight: w.educationWeight,
      categoryWeights: Object.entries(w.categoryWeights).map(([category, weight]) => ({
        category: category as never,
        weight,
      })),
      substitutesSatisfy: w.substitutesSatisfy,
      educationShareCap: w.educationShareCap,
    };
  }

  @FieldResolver()
  modelVersion(@Root() m: MatchRoot): string {
    return m.result.modelVersion;
  }

  @FieldResolver()
  taxonomyVersion(@Root() m: MatchRoot): string {
    return m.result.taxonomyVersion;
  }

  @Authorized(Access.RECRUITER)
  @FieldResolver(() => Candidate, { nullable: true, description: 'null when the candidate was unsaved preview input.' })
  candidate(@Root() m: MatchRoot, @Ctx() { loaders }: Context): Promise<CandidateEntity | null> | null {
    return /^\d+$/.test(m.result.candidateId) ? loaders.candidateById.load(Number(m.result.candidateId)) : null;
  }

  @FieldResolver(() => Posting, { nullable: true, description: 'null when the posting was unsaved preview input.' })
  posting(@Root() m: MatchRoot, @Ctx() { loaders }: Context): Promise<PostingEntity | null> | null {
    return /^\d+$/.test(m.result.postingId) ? loaders.postingById.load(Number(m.result.postingId)) : null;
  }

  @FieldResolver(() => [GapSuggestion], {
    description: 'Gap analysis: the skills whose addition would raise the score most, with the score each would give.',
  })
  async gaps(
    @Root() m: MatchRoot,
    @Ctx() { services }: Context,
    @Arg('limit', () => Int, { defaultValue: 3 }) limit: number,
  ): Promise<readonly GapSuggestionData[]> {
    return services.matching.gaps(m, limit);
  }
}

@Resolver(() => RequirementMatch)
export class RequirementMatchResolver {
  @FieldResolver(() => RequirementGroup)
  requirement(@Root() g: RequirementMatchRoot): RequirementSpec {
    return g.spec;
  }

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

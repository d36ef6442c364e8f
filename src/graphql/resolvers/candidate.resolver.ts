import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/roles';
import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { CandidateEducationEntity } from '../../entities/candidate-education.entity';
import type { CandidateSkillEntity } from '../../entities/candidate-skill.entity';
import type { CandidateEntity } from '../../entities/candidate.entity';
import type { Context } from '../context';
import { parseId, toGlobalId } from '../ids';
import {
  CreateCandidateInput,
  UpdateCandidateInput,
  toCandidateDraft,
  toCandidatePatch,
} from '../inputs/candidate.input';
import { CandidateFilter } from '../inputs/filters.input';
import { Candidate, CandidateConnection, CandidateSkill, Education } from '../types/candidate.type';
import { toConnection, type Connection } from '../types/connection';
import { Skill } from '../types/skill.type';

// The same CRUD shape as PostingResolver: type-graphql wants each operation declared with its own
// decorators, argument and return types, so a generic resolver would hide the schema, not shorten it.
@Resolver(() => Candidate)
export class CandidateResolver {
  @Authorized(Access.RECRUITER)
  @Query(() => CandidateConnection, { description: 'Candidates in id order; `first` is 1..100 (default 20).' })
  async candidates(
    @Ctx() { services }: Context,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => CandidateFilter, { nullable: true }) filter: CandidateFilter | null,
  ): Promise<Connection<CandidateEntity>> {
    return toConnection(await services.candidates.list({ first, after, filter }));
  }

  @Authorized(Access.RECRUITER)
  @Query(() => Candidate, { nullable: true })
  candidate(@Ctx() { services }: Context, @Arg('id', () => ID) id: string): Promise<CandidateEntity | null> {
    return services.candidates.get(parseId(id, 'id', 'Candidate'));
  }

  @Authorized(Access.RECRUITER)
  @Mutation(() => Candidate)
  createCandidate(
    @Ctx() { services }: Context,
    @Arg('input', () => CreateCandidateInput) input: CreateCandidateInput,
  ): Promise<CandidateEntity> {
    return services.candidates.create(toCandidateDraft(input));
  }

  @Authorized(Access.RECRUITER)
  @Mutation(() => Candidate)
  updateCandidate(
    @Ctx() { services }: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCandidateInput) input: UpdateCandidateInput,
  ): Promise<CandidateEntity> {
    return services.candidates.update(parseId(id, 'id', 'Candidate'), toCandidatePatch(input));
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => ID, { description: 'Erases the candidate with their skills and education; returns their global id.' })
  async deleteCandidate(@Ctx() { services }: Context, @Arg('id', () => ID) id: string): Promise<string> {
    const n = parseId(id, 'id', 'Candidate');
    await services.candidates.delete(n);
    return toGlobalId('Candidate', n);
  }

  @FieldResolver(() => [CandidateSkill])
  skills(@Root() c: CandidateEntity, @Ctx() { loaders }: Context): Promise<CandidateSkillEntity[]> {
    return loaders.candidateSkills.load(c.id);
  }

  @FieldResolver(() => [Education])
  education(@Root() c: CandidateEntity, @Ctx() { loaders }: Context): Promise<CandidateEducationEntity[]> {
    return loaders.candidateEducation.load(c.id);
  }
}

@Resolver(() => CandidateSkill)
export class CandidateSkillResolver {
  @FieldResolver(() => Skill)
  skill(@Root() s: CandidateSkillEntity, @Ctx() { services }: Context): SkillDef {
    return services.taxonomy.current().byId(s.skillId)!;
  }
}

import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/roles';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { PostingEntity } from '../../entities/posting.entity';
import { postingToJsonLd } from '../../parsing/jsonld';
import type { RequirementGroupEntity } from '../../entities/requirement-group.entity';
import type { Context } from '../context';
import { parseId, toGlobalId } from '../ids';
import { PostingFilter } from '../inputs/filters.input';
import { CreatePostingInput, UpdatePostingInput, toPostingDraft, toPostingPatch } from '../inputs/posting.input';
import { toConnection, type Connection } from '../types/connection';
import { EducationRequirement, Posting, PostingConnection, ScoringProfile } from '../types/posting.type';
import { RequirementGroup } from '../types/requirement-group.type';

@Resolver(() => Posting)
export class PostingResolver {
  @Authorized(Access.PUBLIC)
  @Query(() => PostingConnection, { description: 'Postings in id order; `first` is 1..100 (default 20).' })
  async postings(
    @Ctx() { services }: Context,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => PostingFilter, { nullable: true }) filter: PostingFilter | null,
  ): Promise<Connection<PostingEntity>> {
    return toConnection(await services.postings.list({ first, after, filter }));
  }

  @Authorized(Access.PUBLIC)
  @Query(() => Posting, { nullable: true })
  posting(@Ctx() { services }: Context, @Arg('id', () => ID) id: string): Promise<PostingEntity | null> {
    return services.postings.get(parseId(id, 'id', 'Posting'));
  }

  @Authorized(Access.RECRUITER)
  @Mutation(() => Posting)
  createPosting(
    @Ctx() { services }: Context,
    @Arg('input', () => CreatePostingInput) input: CreatePostingInput,
  ): Promise<PostingEntity> {
    return services.postings.create(toPostingDraft(input));
  }

  @Authorized(Access.RECRUITER)
  @Mutation(() => Posting)
  updatePosting(
    @Ctx() { services }: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePostingInput) input: UpdatePostingInput,
  ): Promise<PostingEntity> {
    return services.postings.update(parseId(id, 'id', 'Posting'), toPostingPatch(input));
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => ID, { description: 'Deletes the posting and its requirement groups; returns its global id.' })
  async deletePosting(@Ctx() { services }: Context, @Arg('id', () => ID) id: string): Promise<string> {
    const n = parseId(id, 'id', 'Posting');
    await services.postings.delete(n);
    return toGlobalId('Posting', n);
  }

  @FieldResolver(() => EducationRequirement, { nullable: true })
  education(@Root() p: PostingEntity): EducationRequirement | null {
    return p.educationLevel ? { level: p.educationLevel, required: p.educationRequired } : null;
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description:
      'The posting as schema.org JobPosting JSON-LD. Required vs preferred groups travel in the documented ' +
      '`skillmatch:requirements` extension property, so importJobPosting gives back the same posting.',
  })
  async jsonLd(@Root() p: PostingEntity, @Ctx() { services }: Context): Promise<Record<string, unknown>> {
    return postingToJsonLd({ ...(await services.postings.draftOf(p)), id: String(p.id) });
  }

  @FieldResolver(() => ScoringProfile, { nullable: true })
  scoring(@Root() p: PostingEntity): ScoringProfile | null {
    if (!p.scoring) return null;
    const { categoryWeights, ...rest } = p.scoring;
    return {
      ...rest,
      categoryWeights: categoryWeights
        ? Object.entries(categoryWeights).map(([category, weight]) => ({
            category: category as never,
            weight: weight!,
          }))
        : undefined,
    };
  }

  @FieldResolver(() => [RequirementGroup], { description: 'Requirement groups in the order the posting lists them.' })
  requirements(@Root() p: PostingEntity, @Ctx() { loaders }: Context): Promise<RequirementGroupEntity[]> {
    return loaders.postingGroups.load(p.id);
  }
}

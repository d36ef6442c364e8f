import { Authorized, Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Access } from '../../auth/roles';
import type { ExplainedMatch } from '../../domain/matching/match-result';
import { UserInputError } from '../../services/errors';
import type { PreviewRef } from '../../services/matching.service';
import type { Context } from '../context';
import { type NodeType, parseId } from '../ids';
import { toCandidateDraft } from '../inputs/candidate.input';
import { toPostingDraft } from '../inputs/posting.input';
import { CandidateRefInput, PostingRefInput } from '../inputs/preview.input';
import { RankingArgs, toRankArgs } from '../inputs/ranking.args';
import { WeightsInput, toScoringProfile } from '../inputs/weights.input';
import { toConnection } from '../types/connection';
import { MatchConnection, MatchResult } from '../types/match.type';

function ref<D, I>(
  input: { id?: string | null } & Record<string, unknown>,
  draftKey: string,
  type: NodeType,
  field: string,
  toDraft: (i: I) => D,
): PreviewRef<D> {
  const draft = input[draftKey] as I | null | undefined;
  const hasId = input.id !== null && input.id !== undefined;
  if (hasId === (draft !== null && draft !== undefined)) {
    throw new UserInputError(`${field} needs exactly one of id or ${draftKey}`, field);
  }
  return hasId
    ? { id: parseId(input.id!, `${field}.id`, type) }
    : { draft: toDraft(draft!), field: `${field}.${draftKey}` };
}

/** Scoring queries; every one goes through the matching service the batch tools use too. */
@Resolver()
export class MatchResolver {
  @Authorized(Access.RECRUITER)
  @Query(() => MatchResult, {
    description: 'One candidate against one posting, with every point of the score explained.',
  })
  match(
    @Ctx() { services, auth }: Context,
    @Arg('postingId', () => ID) postingId: string,
    @Arg('candidateId', () => ID) candidateId: string,
    @Arg('weights', () => WeightsInput, { nullable: true }) weights: WeightsInput | null,
  ): Promise<ExplainedMatch> {
    return services.matching.match(
      auth.actor(),
      parseId(postingId, 'postingId', 'Posting'),
      parseId(candidateId, 'candidateId', 'Candidate'),
      toScoringProfile(weights),
    );
  }

  // rankCandidates and rankPostings mirror each other (one per direction of the ranking); each is its
  // own GraphQL field with its own decorators and id kind.
  @Authorized(Access.RECRUITER)
  @Query(() => MatchConnection, {
    description: 'Candidates for a posting: qualified first, then score, then candidate id.',
  })
  async rankCandidates(
    @Ctx() { services, auth }: Context,
    @Arg('postingId', () => ID) postingId: string,
    @Args() args: RankingArgs,
  ): Promise<MatchConnection> {
    const page = await services.matching.rankCandidates(
      auth.actor(),
      parseId(postingId, 'postingId', 'Posting'),
      toRankArgs(args),
    );
    return toConnection(page);
  }

  @Authorized(Access.RECRUITER)
  @Query(() => [MatchResult], {
    description: 'Scores up to 1,000 stored candidates against a posting, in ranking order.',
  })
  async scoreCandidates(
    @Ctx() { services, auth }: Context,
    @Arg('postingId', () => ID) postingId: string,
    @Arg('candidateIds', () => [ID]) candidateIds: string[],
    @Arg('weights', () => WeightsInput, { nullable: true }) weights: WeightsInput | null,
  ): Promise<ExplainedMatch[]> {
    const ids = candidateIds.map((id, i) => parseId(id, `candidateIds[${i}]`, 'Candidate'));
    return services.matching
      .scoreCandidates(auth.actor(), parseId(postingId, 'postingId', 'Posting'), ids, toScoringProfile(weights))
      .catch((err: unknown) => {
        // Name the unknown ones as the client wrote them (global ids or row numbers), so it can find them.
        if (err instanceof UserInputError && Array.isArray(err.details.missing)) {
          const sent = new Map(ids.map((n, i) => [String(n), candidateIds[i]]));
          throw new UserInputError(err.message, err.field, {
            ...err.details,
            missing: err.details.missing.map((m) => sent.get(String(m)) ?? m),
          });
        }
        throw err;
      });
  }

  @Authorized(Access.RECRUITER)
  @Query(() => MatchConnection, {
    description: 'Postings for a candidate: qualified first, then score, then posting id.',
  })
  async rankPostings(
    @Ctx() { services, auth }: Context,
    @Arg('candidateId', () => ID) candidateId: string,
    @Args() args: RankingArgs,
  ): Promise<MatchConnection> {
    const page = await services.matching.rankPostings(
      auth.actor(),
      parseId(candidateId, 'candidateId', 'Candidate'),
      toRankArgs(args),
    );
    return toConnection(page);
  }

  @Authorized(Access.RECRUITER)
  @Query(() => MatchResult, {
    description: "Scores unsaved input (or stored records by id) for a frontend's live preview; nothing is stored.",
  })
  matchPreview(
    @Ctx() { services, auth }: Context,
    @Arg('posting', () => PostingRefInput) posting: PostingRefInput,
    @Arg('candidate', () => CandidateRefInput) candidate: CandidateRefInput,
    @Arg('weights', () => WeightsInput, { nullable: true }) weights: WeightsInput | null,
  ): Promise<ExplainedMatch> {
    return services.matching.preview(
      auth.actor(),
      ref(posting as never, 'posting', 'Posting', 'posting', toPostingDraft),
      ref(candidate as never, 'candidate', 'Candidate', 'candidate', toCandidateDraft),
      toScoringProfile(weights),
    );
  }
}

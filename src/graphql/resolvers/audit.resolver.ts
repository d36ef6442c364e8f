import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/roles';
import type { AppliedWeights as AppliedWeightsData } from '../../domain/matching/match-result';
import type { AuditView } from '../../services/audit.service';
import type { Context } from '../context';
import { parseId, toGlobalId } from '../ids';
import { AuditFilter, AuditRecord, AuditRecordConnection } from '../types/audit.type';
import { toConnection, type Connection } from '../types/connection';
import { AppliedWeights } from '../types/match.type';

@Resolver(() => AuditRecord)
export class AuditResolver {
  // A paged list query like candidates and postings: the decorated arguments of a connection, per type.
  @Authorized(Access.ADMIN)
  @Query(() => AuditRecordConnection, {
    description:
      'The audit log of scoring requests, oldest first; `first` is 1..100 (default 20). ADMIN only. Scores are ' +
      'recommendations: nothing is rejected automatically.',
  })
  async auditLog(
    @Ctx() { services }: Context,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
  ): Promise<Connection<AuditView>> {
    const page = await services.audit.list({
      first,
      after,
      filter: filter && {
        postingId: filter.postingId ? parseId(filter.postingId, 'filter.postingId', 'Posting') : null,
        keyId: filter.keyId ? parseId(filter.keyId, 'filter.keyId', 'ApiKey') : null,
        since: filter.since ?? null,
        until: filter.until ?? null,
      },
    });
    return toConnection(page);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The global id of the API key that asked; null for the CLI.',
  })
  keyId(@Root() r: AuditView): string | null {
    return r.keyId === null ? null : toGlobalId('ApiKey', r.keyId);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The stored posting; null for unsaved input (see postingHash) or rankPostings.',
  })
  postingId(@Root() r: AuditView): string | null {
    return r.postingId === null ? null : toGlobalId('Posting', r.postingId);
  }

  // Computed: records written before model 2.0.0 lack two of the fields; their values then are filled in.
  @FieldResolver(() => [AppliedWeights], {
    description: 'The weights applied: one entry per distinct set (rankPostings may apply several).',
  })
  weights(@Root() r: AuditView): AppliedWeightsData[] {
    return r.weights.map((w) => ({
      ...w,
      // Substitutes did not satisfy then.
      substitutesSatisfy: w.substitutesSatisfy ?? false,
      // ... nor was education capped: it could weigh its whole part.
      educationShareCap: w.educationShareCap ?? 1,
    }));
  }
}

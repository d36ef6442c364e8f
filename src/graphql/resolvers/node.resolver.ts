import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { requireAccess } from '../../auth/auth-checker';
import { Access } from '../../auth/roles';
import { UserInputError } from '../../services/errors';
import type { Context } from '../context';
import { decodeGlobalId, type NodeType, toGlobalId } from '../ids';
import { Node, asNode } from '../types/node.type';

/**
 * Who may resolve each type through `node`: the same callers as the type's own root field
 * (`posting` is public, `candidate` needs a recruiter, keys and the audit log an admin).
 * The schema's access walk reads these too (see nodeAccessRules).
 */
export const NODE_ACCESS: Readonly<Record<NodeType, readonly string[]>> = {
  Posting: Access.PUBLIC,
  RequirementGroup: Access.PUBLIC,
  Skill: Access.PUBLIC,
  Candidate: Access.RECRUITER,
  ApiKey: Access.ADMIN,
  AuditRecord: Access.ADMIN,
};

const MAX_NODES = 100;

async function load(ctx: Context, type: NodeType, id: number): Promise<object | null | undefined> {
  const { services, loaders } = ctx;
  switch (type) {
    case 'Posting':
      return loaders.postingById.load(id);
    case 'Candidate':
      return loaders.candidateById.load(id);
    case 'RequirementGroup':
      return loaders.groupById.load(id);
    case 'Skill':
      return services.taxonomy.current().byId(id);
    case 'ApiKey':
      return services.keys.get(id);
    case 'AuditRecord':
      return services.audit.get(id);
  }
}

/**
 * Checks every id before loading any: a malformed one is a BAD_USER_INPUT naming it, then the
 * caller must be admitted to every type asked for (in the order asked), so the answer does not
 * depend on which load happens to finish first.
 */
async function resolveNodes(
  ctx: Context,
  values: readonly string[],
  field: (i: number) => string,
): Promise<(object | null)[]> {
  const decoded = values.map((value, i) => {
    const g = decodeGlobalId(String(value));
    if (!g) throw new UserInputError(`${field(i)} is not an id this API gave out: "${value}"`, field(i));
    return g;
  });
  for (const type of new Set(decoded.map((g) => g.type))) await requireAccess(ctx, NODE_ACCESS[type]);
  return Promise.all(
    decoded.map(async (g) => {
      // A well-formed id of something never stored (an unsaved preview's group) names nothing.
      if (!/^\d{1,15}$/.test(g.id)) return null;
      const found = await load(ctx, g.type, Number(g.id));
      return found ? asNode(found, g.type) : null;
    }),
  );
}

/** Relay's refetch entry points, and the global `id` of every Node. */
@Resolver(() => Node)
export class NodeResolver {
  @Authorized(Access.PUBLIC)
  @Query(() => Node, {
    nullable: true,
    description:
      "Any object by its global id, under the access rule of its type's own field; null when it does not exist.",
  })
  async node(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<object | null> {
    return (await resolveNodes(ctx, [id], () => 'id'))[0];
  }

  @Authorized(Access.PUBLIC)
  @Query(() => [Node], {
    nullable: 'items',
    description: `Up to ${MAX_NODES} objects by global id, in the order asked; null where one does not exist.`,
  })
  nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]): Promise<(object | null)[]> {
    if (ids.length > MAX_NODES) throw new UserInputError(`ids takes at most ${MAX_NODES} ids`, 'ids');
    return resolveNodes(ctx, ids, (i) => `ids[${i}]`);
  }

  @FieldResolver(() => ID)
  id(@Root() root: { id: number | string }, @Info() info: GraphQLResolveInfo): string {
    return toGlobalId(info.parentType.name as NodeType, root.id);
  }
}

import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access, Role } from '../../auth/roles';
import type { ApiKeyInfo } from '../../services/key.service';
import type { Context } from '../context';
import { parseId } from '../ids';
import { ApiKey, CreatedApiKey } from '../types/key.type';

/** API keys, for administrators. The CLI (`skillmatch keys ...`) does the same from a shell. */
@Resolver()
export class KeyResolver {
  @Authorized(Access.ADMIN)
  @Query(() => [ApiKey], { description: 'Every API key, oldest first, revoked ones included. ADMIN only.' })
  apiKeys(@Ctx() { services }: Context): Promise<ApiKeyInfo[]> {
    return services.keys.list();
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => CreatedApiKey, {
    description: 'Creates an API key. The key is in the answer once and stored only hashed. ADMIN only.',
  })
  async createApiKey(
    @Ctx() { services }: Context,
    @Arg('role', () => Role) role: Role,
    @Arg('name', () => String, { nullable: true }) name: string | null,
  ): Promise<CreatedApiKey> {
    const { key, info } = await services.keys.create(role, name ?? null);
    return { key, apiKey: info as ApiKey };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => ApiKey, {
    description: 'Revokes an API key: it fails from the next request on. Keys are never deleted. ADMIN only.',
  })
  revokeApiKey(@Ctx() { services }: Context, @Arg('id', () => ID) id: string): Promise<ApiKeyInfo> {
    return services.keys.revoke(parseId(id, 'id', 'ApiKey'));
  }
}

import type { AuthChecker } from 'type-graphql';
import type { Context } from '../graphql/context';
import { AuthenticationError, ForbiddenError } from './auth-errors';
import { ANONYMOUS, audienceOf } from './roles';

/**
 * Admits the caller to a rule or throws UNAUTHENTICATED / FORBIDDEN. A credential that was sent
 * must be valid, even on a public field (a revoked key fails loudly instead of quietly reading as
 * anonymous). A rule token it does not know admits nobody. Fields that resolve to several types
 * (`node`) call it with the rule of the type they found.
 */
export async function requireAccess(context: Context, rule: readonly unknown[]): Promise<void> {
  const who = await context.auth.principal();
  if (who.kind === 'invalid') throw new AuthenticationError('Invalid or revoked API key');
  const audience = audienceOf(rule);
  if (who.kind === 'anonymous') {
    if (audience.has(ANONYMOUS)) return;
    throw new AuthenticationError('This field needs an API key: send the header `Authorization: Bearer <key>`');
  }
  if (audience.has(who.role)) return;
  const needed = [...audience].filter((a) => a !== ANONYMOUS);
  throw new ForbiddenError(
    `A ${who.role} key may not use this field; it needs ${needed.length > 0 ? needed.join(' or ') : 'a role no key has'}`,
  );
}

/** Decides every `@Authorized(rule)` field. */
export const authChecker: AuthChecker<Context> = async ({ context }, rule) => {
  await requireAccess(context, rule);
  return true;
};

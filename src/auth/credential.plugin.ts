import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../graphql/context';

/**
 * Refuses a request that sent a malformed, unknown or revoked key before anything runs, whatever
 * it asks: `{ __typename }` and introspection have no `@Authorized` rule for the auth checker to
 * catch them, yet the README promises that a revoked key fails on every field.
 */
export function credentialPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          const who = await contextValue.auth.principal();
          if (who.kind !== 'invalid') return;
          throw new GraphQLError('Invalid or revoked API key', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

const isBusy = (e: GraphQLFormattedError) => e.extensions?.code === 'SERVICE_BUSY';

/**
 * A request refused whole because the service is busy (every error SERVICE_BUSY and no field
 * answered) is HTTP 503 with Retry-After, so clients and proxies back off and retry as HTTP
 * says instead of reading a 200. A request with some fields answered stays 200 with its field
 * errors: it was served, in part.
 */
export function busyStatusPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || !errors.every(isBusy)) return;
          if (data && Object.values(data).some((v) => v !== null)) return;
          const wait = Math.max(1, ...errors.map((e) => Number(e.extensions?.retryAfter) || 1));
          response.http.status = 503;
          response.http.headers.set('retry-after', String(wait));
        },
      };
    },
  };
}

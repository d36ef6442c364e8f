import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context, RequestInfo } from '../graphql/context';

/** What the request log line says about the GraphQL part of a request. */
export interface GraphQLOutcome {
  readonly operationName: string | null;
  /** `query rankCandidates`: the operation type and its top-level fields, for anonymous operations too. */
  readonly operation: string | null;
  readonly errors: number;
}

/**
 * Follows each GraphQL request through Apollo: which request id an error belongs to (so the error
 * shown to the client and the logged one carry the same id), and the operation name and error
 * count for the request log. Keyed weakly by the request info and error objects, so nothing
 * outlives its request.
 */
export class RequestObserver {
  private readonly outcomes = new WeakMap<object, GraphQLOutcome>();
  private readonly errorRequests = new WeakMap<object, string>();

  /** The Apollo plugin that feeds this observer. */
  plugin(): ApolloServerPlugin<Context> {
    const { outcomes, errorRequests } = this;
    return {
      async requestDidStart({ contextValue }) {
        // executeOperation callers may omit the id; errors still need one to be found in the logs.
        const requestId = contextValue.request?.requestId ?? randomUUID();
        return {
          async didEncounterErrors({ errors }) {
            for (const error of errors) errorRequests.set(error, requestId);
          },
          async willSendResponse({ operationName, operation, request, response }) {
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0;
            const fields =
              operation?.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : ['...'])) ?? [];
            // Apollo hands plugins a shallow copy of the context: key by the request info it shares.
            outcomes.set(contextValue.request, {
              operationName: operationName ?? request.operationName ?? null,
              operation: operation ? `${operation.operation} ${[...new Set(fields)].join(',')}` : null,
              errors,
            });
          },
        };
      },
    };
  }

  /** The request an error (as Apollo hands it to formatError) was raised in. */
  requestIdOf(error: unknown): string | undefined {
    return typeof error === 'object' && error !== null ? this.errorRequests.get(error) : undefined;
  }

  /** The GraphQL outcome of a request (by its context's request info), once its response is on the way. */
  outcomeOf(request: RequestInfo): GraphQLOutcome | undefined {
    return this.outcomes.get(request);
  }
}

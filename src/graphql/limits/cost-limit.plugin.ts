import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { listSizeEstimator } from './list-size.estimator';
import { operationLabel } from './operation-shape';

/** The estimated cost of one operation of a document with these variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  defaultListSize: number,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listSizeEstimator(defaultListSize)] });
}

/**
 * Refuses an operation whose estimated cost exceeds `maxCost`, before execution. It runs once the
 * operation is resolved rather than as a validation rule because the cost depends on variables
 * (`first: $first`), and Apollo validates a document once, without them, then caches the verdict.
 */
export function costLimitPlugin<TContext extends object>(options: { maxCost: number; defaultListSize: number }): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = operationCost(schema, document, request.variables ?? {}, operationName ?? undefined, options.defaultListSize);
          } catch (err) {
            // Too many nodes to even estimate: refuse. Anything else is variables that do not fit
            // the operation, which execution refuses too, also before any resolver.
            if (!(err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message))) return;
            cost = Infinity;
          }
          if (cost > options.maxCost) {
            throw new GraphQLError(
              `The ${operationLabel(operationName ?? undefined)} is too expensive: estimated cost ${Number.isFinite(cost) ? cost : 'beyond 10,000 fields'}, the limit is ${options.maxCost}. ` +
                'Ask for fewer rows (first) or fewer nested fields.',
              { extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'COST', maximum: options.maxCost, actual: Number.isFinite(cost) ? cost : null, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

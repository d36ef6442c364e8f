import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { listSizeEstimator } from './list-size.estimator';
import { operationLabel } from './operation-shape';

/** Variable sets remembered per document; a document asked with ever-new variables starts over. */
const MAX_REMEMBERED = 256;
/** Longer variables (a resume, a bulk input) are estimated each time rather than kept as a key. */
const MAX_KEY_LENGTH = 1024;

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

/** The estimate; Infinity when there are too many fields to even estimate; null when the variables do not fit. */
function estimate(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined, defaultListSize: number): number | null {
  try {
    return operationCost(schema, document, variables, operationName, defaultListSize);
  } catch (err) {
    if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message)) return Infinity;
    // Variables that do not fit the operation: execution refuses them, also before any resolver.
    return null;
  }
}

/**
 * Refuses an operation whose estimated cost exceeds `maxCost`, before execution. It runs once the
 * operation is resolved rather than as a validation rule because the cost depends on variables
 * (`first: $first`), and Apollo validates a document once, without them, then caches the verdict.
 */
export function costLimitPlugin<TContext extends object>(options: { maxCost: number; defaultListSize: number }): ApolloServerPlugin<TContext> {
  // Apollo reuses the parsed document of a repeated query: its cost per variables is kept with it.
  const known = new WeakMap<DocumentNode, Map<string, number | null>>();

  const costOf = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number | null => {
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    if (key.length > MAX_KEY_LENGTH) return estimate(schema, document, variables, operationName, options.defaultListSize);
    let costs = known.get(document);
    if (costs?.has(key)) return costs.get(key)!;
    const cost = estimate(schema, document, variables, operationName, options.defaultListSize);
    if (!costs || costs.size >= MAX_REMEMBERED) known.set(document, (costs = new Map()));
    costs.set(key, cost);
    return cost;
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = costOf(schema, document, request.variables ?? {}, operationName ?? undefined);
          if (cost === null || cost <= options.maxCost) return;
          const shown = Number.isFinite(cost) ? String(cost) : 'beyond 10,000 fields';
          throw new GraphQLError(
            `The ${operationLabel(operationName ?? undefined)} is too expensive: estimated cost ${shown}, the limit is ${options.maxCost}. ` +
              'Ask for fewer rows (first) or fewer nested fields.',
            {
              extensions: {
                code: 'QUERY_TOO_COMPLEX',
                limit: 'COST',
                maximum: options.maxCost,
                actual: Number.isFinite(cost) ? cost : null,
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}

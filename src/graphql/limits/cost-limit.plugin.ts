import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  getOperationAST,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { getComplexity } from 'graphql-query-complexity';
import type { RequestLists } from '../../services/list-maxima';
import { introspectionCost } from './introspection-cost';
import { type ListSizes, listSizeEstimator } from './list-size.estimator';
import { operationLabel } from './operation-shape';
import { requestLists } from './request-lists';

/** Variable sets remembered per document; a document asked with ever-new variables starts over. */
const MAX_REMEMBERED = 256;
/** Longer variables (a resume, a bulk input) are estimated each time rather than kept as a key. */
const MAX_KEY_LENGTH = 1024;

/** The estimated cost of one operation of a document with these (already coerced) variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  defaultListSize: number,
  listSizes?: ListSizes,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // Past this an introspection answer is refused anyway; counting further is wasted work.
  const cap = 1_000_000;
  const introspection = listSizes
    ? (node: Parameters<typeof introspectionCost>[1]) => introspectionCost(schema, node, variables, fragments, cap)
    : undefined;
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [listSizeEstimator(defaultListSize, listSizes, introspection)],
  });
}

/** The first quoted variable or argument name of a graphql-js message (`Variable "$on"`, `Argument "if"`). */
function fieldOf(message: string): string | undefined {
  return /(?:Variable "\$|Argument ")([^"]+)"/.exec(message)?.[1];
}

/** A refusal that is the caller's to fix: BAD_USER_INPUT, HTTP 400. */
function refusal(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, ...extensions, http: { status: 400 } },
  });
}

/**
 * The estimate, or the refusal it leads to. Variables are coerced first, the way execution will
 * (defaults filled in, types checked), so the estimate sees what resolvers would. Any estimate
 * that cannot be computed refuses the request: a limit that switches off when its estimator
 * throws is no limit (an explicit null for a defaulted variable in `@include(if:)` once did that).
 */
function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  raw: Record<string, unknown>,
  operationName: string | undefined,
  defaultListSize: number,
  listSizes: ((lists: RequestLists) => ListSizes) | undefined,
): number | GraphQLError {
  const operation: OperationDefinitionNode | null | undefined = getOperationAST(document, operationName);
  if (!operation) return refusal('The document names no operation that can be run.', { reason: 'QUERY_COST_UNKNOWN' });
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 });
  if (coerced.errors) {
    const message = coerced.errors[0].message;
    return refusal(message, { field: fieldOf(message), reason: 'INVALID_VARIABLES' });
  }
  try {
    const sizes = listSizes?.(requestLists(document, coerced.coerced));
    return operationCost(schema, document, coerced.coerced, operationName, defaultListSize, sizes);
  } catch (err) {
    if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message)) return Infinity;
    const detail = err instanceof Error ? err.message : String(err);
    return refusal(
      `The cost of the ${operationLabel(operationName)} cannot be estimated, so it is refused: ${detail}`,
      {
        field: fieldOf(detail),
        reason: 'QUERY_COST_UNKNOWN',
      },
    );
  }
}

/**
 * Refuses an operation whose estimated cost exceeds `maxCost`, or cannot be estimated, before
 * execution. It runs once the operation is resolved rather than as a validation rule because the
 * cost depends on variables (`first: $first`), and Apollo validates a document once, without
 * them, then caches the verdict.
 */
export function costLimitPlugin<TContext extends object>(options: {
  /** The limit for this request's caller (keyed callers may get more than anonymous ones). */
  maxCost: (context: TContext) => number | Promise<number>;
  defaultListSize: number;
  /** Told the cost of every request within the limit (the per-minute budgets); may refuse it by throwing. */
  charge?: (context: TContext, cost: number) => void;
  /** The stored list maxima, raised by what the request brings itself. */
  listSizes?: ((lists: RequestLists) => ListSizes) & { generation(): number };
}): ApolloServerPlugin<TContext> {
  // Apollo reuses the parsed document of a repeated query: its cost per variables is kept with it.
  // Stored list maxima change with writes, so a remembered cost is only good for the same maxima.
  const known = new WeakMap<DocumentNode, Map<string, number | GraphQLError>>();

  const costOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown>,
    operationName: string | undefined,
  ): number | GraphQLError => {
    const run = () => estimate(schema, document, variables, operationName, options.defaultListSize, options.listSizes);
    const key = `${options.listSizes?.generation() ?? 0}\u0000${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    if (key.length > MAX_KEY_LENGTH) return run();
    let costs = known.get(document);
    if (costs?.has(key)) return costs.get(key)!;
    const cost = run();
    if (!costs || costs.size >= MAX_REMEMBERED) known.set(document, (costs = new Map()));
    costs.set(key, cost);
    return cost;
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          const cost = costOf(schema, document, request.variables ?? {}, operationName ?? undefined);
          if (cost instanceof GraphQLError) throw cost;
          const maxCost = await options.maxCost(contextValue);
          if (cost <= maxCost) return options.charge?.(contextValue, cost);
          const shown = Number.isFinite(cost) ? String(cost) : 'beyond 10,000 fields';
          throw new GraphQLError(
            `The ${operationLabel(operationName ?? undefined)} is too expensive: estimated cost ${shown}, the limit is ${maxCost}. ` +
              'Ask for fewer rows (first) or fewer nested fields.',
            {
              extensions: {
                code: 'QUERY_TOO_COMPLEX',
                limit: 'COST',
                maximum: maxCost,
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

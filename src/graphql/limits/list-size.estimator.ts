import { getNullableType, isListType, type GraphQLField } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * How many rows a field can return, from its arguments: `first` on a connection (the API's default
 * page size when absent), the length of an id or name list (`scoreCandidates(candidateIds)`), a
 * `limit`; 1 for anything else.
 */
export function rowsOf(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, defaultListSize: number): number {
  const declared = new Set(field.args.map((a) => a.name));
  if (declared.has('first')) return typeof args.first === 'number' ? Math.max(0, args.first) : defaultListSize;
  if (!isListType(getNullableType(field.type))) return 1;
  for (const arg of field.args) {
    const value = args[arg.name];
    if (Array.isArray(value)) return value.length;
  }
  if (declared.has('limit') && typeof args.limit === 'number') return Math.max(0, args.limit);
  return 1;
}

/**
 * graphql-query-complexity estimator: a field costs 1 plus its selection once per row it can
 * return, so `rankCandidates(first: 100) { ... }` costs 100 times its explanation.
 */
export function listSizeEstimator(defaultListSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => 1 + rowsOf(field, args, defaultListSize) * childComplexity;
}

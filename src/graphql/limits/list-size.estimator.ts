import {
  type GraphQLCompositeType,
  type GraphQLField,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { ListSizes } from '../../services/list-maxima';

export type { ListSizes } from '../../services/list-maxima';

/**
 * How many rows a field can return, from its arguments: `first` on a connection (the API's default
 * page size when absent), the length of an id or name list (`scoreCandidates(candidateIds)`), a
 * `limit`; for a list without such arguments, its stored maximum (`listSizes`); 1 for anything
 * else. A list of objects whose size nobody knows cannot be estimated: it throws, and the
 * request is refused.
 */
export function rowsOf(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  defaultListSize: number,
  parent?: GraphQLCompositeType,
  listSizes?: ListSizes,
): number {
  const declared = new Set(field.args.map((a) => a.name));
  if (declared.has('first')) return typeof args.first === 'number' ? Math.max(0, args.first) : defaultListSize;
  if (!isListType(getNullableType(field.type))) return 1;
  for (const arg of field.args) {
    const value = args[arg.name];
    if (Array.isArray(value)) return value.length;
  }
  if (declared.has('limit') && typeof args.limit === 'number') return Math.max(0, args.limit);
  // A list of plain values costs its field alone: its rows carry no selection to multiply.
  if (isLeafType(getNamedType(field.type)) || !listSizes) return 1;
  // Under `__schema` and `__type`, which are priced whole (introspection-cost.ts).
  if (parent?.name.startsWith('__')) return 1;
  const stored = parent ? listSizes.rowsOf(parent.name, field.name) : undefined;
  if (stored === undefined) throw new Error(`No size is known for the list ${parent?.name ?? '?'}.${field.name}`);
  return Math.max(0, stored);
}

/**
 * graphql-query-complexity estimator: a field costs 1 plus its selection once per row it can
 * return, so `rankCandidates(first: 100) { ... }` costs 100 times its explanation.
 * `introspection` prices `__schema` and `__type` exactly (see introspection-cost.ts).
 */
export function listSizeEstimator(
  defaultListSize: number,
  listSizes?: ListSizes,
  introspection?: (node: Parameters<ComplexityEstimator>[0]['node']) => number,
): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) => {
    if (introspection && (field.name === '__schema' || field.name === '__type')) return introspection(node);
    return 1 + rowsOf(field, args, defaultListSize, type, listSizes) * childComplexity;
  };
}

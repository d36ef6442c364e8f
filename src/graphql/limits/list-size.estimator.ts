import { type GraphQLCompositeType, type GraphQLField, getNamedType, getNullableType, isListType, isLeafType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * The most rows each list field without paging arguments can return (`Skill.broader`,
 * `Posting.requirements`, …), from what is stored: kept in memory and raised on writes, so the
 * estimate costs no SQL.
 */
export interface ListSizes {
  /** Most rows `typeName.fieldName` can return; undefined when this field is not one it tracks. */
  rowsOf(typeName: string, fieldName: string): number | undefined;
  /** Changes whenever a maximum changes: a cost remembered under another generation is stale. */
  generation(): number;
}

/**
 * How many rows a field can return, from its arguments: `first` on a connection (the API's default
 * page size when absent), the length of an id or name list (`scoreCandidates(candidateIds)`), a
 * `limit`; for a list without such arguments, its stored maximum; 1 for anything else.
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
  if (isLeafType(getNamedType(field.type))) return 1;
  const stored = parent && listSizes?.rowsOf(parent.name, field.name);
  if (stored === undefined) {
    if (listSizes) throw new Error(`No size is known for the list ${parent?.name ?? '?'}.${field.name}`);
    return 1;
  }
  return Math.max(0, stored);
}

/**
 * graphql-query-complexity estimator: a field costs 1 plus its selection once per row it can
 * return, so `rankCandidates(first: 100) { ... }` costs 100 times its explanation.
 */
export function listSizeEstimator(defaultListSize: number, listSizes?: ListSizes): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => 1 + rowsOf(field, args, defaultListSize, type, listSizes) * childComplexity;
}

/**
 * What one GraphQL request may ask for. Each limit is checked before any resolver runs; a request
 * over one is refused whole with a message that names the limit.
 */
export const QUERY_LIMITS = {
  /** Nested field levels in one operation (introspection fields not counted). */
  maxDepth: 10,
  /** Aliased fields in one operation, fragments counted each time they are spread. */
  maxAliases: 30,
  /**
   * Estimated cost of one operation: every field costs 1, and a paginated field's selection
   * counts once per row it can return (`first`, 20 when absent; the length of an id list; a
   * `limit`). 5,000 admits `rankCandidates(first: 100)` with a full explanation of every row,
   * and refuses the same explanation nested under a page of candidates or postings.
   */
  maxCost: 5000,
  /** The page size the API uses when `first` is absent (services/pagination.ts). */
  defaultListSize: 20,
} as const;

export type QueryLimits = { readonly [K in keyof typeof QUERY_LIMITS]: number };

/**
 * What one GraphQL request may ask for. Each limit is checked before any resolver runs; a request
 * over one is refused whole with a message that names the limit.
 */
export const QUERY_LIMITS = {
  /** Nested field levels in one operation (introspection's `ofType` chains not counted). */
  maxDepth: 10,
  /** Aliased fields in one operation, fragments counted each time they are spread. */
  maxAliases: 30,
  /**
   * Estimated cost of one operation without an API key: every field costs 1, and a list field's
   * selection counts once per row it can return (`first`, 20 when absent; the length of an id
   * list; a `limit`; for lists without arguments the longest such list stored, e.g. the most
   * requirement groups of any posting). Introspection is counted exactly. 10,000 admits the
   * standard introspection query of GraphQL tools (about 5,000) and a page of postings with
   * their groups; it refuses a page of skills with two levels of narrower skills.
   */
  maxCost: 10_000,
  /**
   * The same estimate for a caller with an API key. 250,000 admits `rankCandidates(first: 100)`
   * with a full explanation of every row over the seed data (about 135,000: 15 groups of up to 8
   * skills), and refuses the same asked twice over.
   */
  maxCostKeyed: 250_000,
  /** Lexical tokens in one document (graphql-js `maxTokens`): parsing stops past it. */
  maxTokens: 5000,
  /** Operations and fragments in one document. */
  maxDefinitions: 50,
  /** Fields one selection set gathers through its fragments (repeats of one field included). */
  maxSelections: 100,
  /** The page size the API uses when `first` is absent (services/pagination.ts). */
  defaultListSize: 20,
} as const;

export type QueryLimits = { readonly [K in keyof typeof QUERY_LIMITS]: number };

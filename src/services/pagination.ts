import { UserInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

/** A validated page request: rows with id > afterId, `first` of them. */
export interface PageRequest {
  readonly first: number;
  readonly afterId: number;
}

export interface Page<T> {
  readonly nodes: readonly T[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  /** Cursor of each node, same order as nodes. */
  readonly cursors: readonly string[];
}

/** Cursors are opaque to clients: base64 of "kind:id", so a posting cursor is not a candidate cursor. */
export function encodeCursor(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string, field = 'after'): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const [k, id] = raw.split(':');
  const n = Number(id);
  if (k !== kind || !Number.isSafeInteger(n) || n < 0 || encodeCursor(kind, n) !== cursor) {
    throw new UserInputError(`${field} is not a valid ${kind} cursor`, field);
  }
  return n;
}

/** Checks `first` (1..100, default 20) and decodes `after`. */
export function pageRequest(kind: string, args: PageArgs): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new UserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  const afterId = args.after ? decodeCursor(kind, args.after) : 0;
  return { first, afterId };
}

/** Builds a page from rows fetched with `first + 1` to learn whether more follow. */
export function toPage<T extends { id: number }>(
  kind: string,
  rows: readonly T[],
  req: PageRequest,
  totalCount: number,
): Page<T> {
  const nodes = rows.slice(0, req.first);
  return {
    nodes,
    totalCount,
    hasNextPage: rows.length > req.first,
    hasPreviousPage: req.afterId > 0,
    cursors: nodes.map((n) => encodeCursor(kind, n.id)),
  };
}

/**
 * Rankings page by position, not by id: the cursor is the rank of the last row shown. Checks
 * `first` like pageRequest and decodes `after` (a cursor of another ranking is refused).
 */
export function offsetRequest(kind: string, args: PageArgs): { first: number; offset: number } {
  const { first } = pageRequest(kind, { first: args.first });
  return { first, offset: args.after ? decodeCursor(kind, args.after) : 0 };
}

/** A page of ranked rows starting at `offset`, out of `totalCount`. */
export function offsetPage<T>(kind: string, nodes: readonly T[], offset: number, totalCount: number): Page<T> {
  return {
    nodes,
    totalCount,
    hasNextPage: offset + nodes.length < totalCount,
    hasPreviousPage: offset > 0,
    cursors: nodes.map((_, i) => encodeCursor(kind, offset + i + 1)),
  };
}

/**
 * A case-insensitive "contains" pattern for LIKE. The wildcards in user text are escaped, not
 * dropped, so a search for "node_js" finds "node_js" and not "nodejs"; use it with `LIKE_ESCAPE`.
 */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The ESCAPE clause that goes after every `LIKE :param` fed by `likePattern` (SQLite has no default escape). */
export const LIKE_ESCAPE = "ESCAPE '\\'";

/** A case-insensitive "contains" pattern for LIKE with the wildcards in user text escaped away. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[%_]/g, '')}%`;
}

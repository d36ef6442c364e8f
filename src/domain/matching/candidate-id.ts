/**
 * Order of candidate ids: they are decimal integer strings from the database, so compare by length
 * and then lexicographically ("9" < "10"), which is numeric order without parsing big numbers.
 */
export function compareCandidateIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A number with the same order as `compareCandidateIds` for canonical ids (no leading zero, at most
 * 15 digits), NaN otherwise; lets the ranker compare most ids without touching strings.
 */
export function candidateIdKey(id: string): number {
  if (id.length === 0 || id.length > 15) return Number.NaN;
  if (id.length > 1 && id.charCodeAt(0) === 48) return Number.NaN;
  let value = 0;
  for (let i = 0; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

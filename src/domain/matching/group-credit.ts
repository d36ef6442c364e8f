/**
 * A group's credit: the mean of its best `minMatches` per-skill credits, so a satisfied group is
 * exactly 1 and a group needing two skills is half met by one. `sortedDesc` holds the per-skill
 * credits in descending order (only the first `length` are read); missing ones count as 0. Summing
 * from the largest keeps both matchers' float arithmetic identical. A group asking for nothing
 * (minMatches <= 0) is fully met.
 */
export function topMeanCredit(sortedDesc: ArrayLike<number>, length: number, minMatches: number): number {
  if (minMatches <= 0) return 1;
  const take = Math.min(minMatches, length);
  let sum = 0;
  for (let i = 0; i < take; i++) sum += sortedDesc[i];
  return sum / minMatches;
}

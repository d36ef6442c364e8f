/**
 * (qualified, score) as one number ordered like the ranking: the score is reported as n / 100 for
 * an integer n in 0..10000, so a rank key is n, plus QUALIFIED_BONUS when qualified.
 */
export const QUALIFIED_BONUS = 100000;

/** The largest rank key (qualified, score 100). */
export const MAX_RANK_KEY = QUALIFIED_BONUS + 10000;

/** The reported score encoded in a rank key (exactly the value `roundScore` returns). */
export function scoreOfKey(key: number): number {
  return (key >= QUALIFIED_BONUS ? key - QUALIFIED_BONUS : key) / 100;
}

/** The rank key of a reported (score, qualified), as SlotScorer.key computes it; no score (null) is key 0. */
export function rankKeyOf(score: number | null, qualified: boolean | null): number {
  return (qualified === true ? QUALIFIED_BONUS : 0) + Math.round((score ?? 0) * 100);
}

/** Whether a rank key is a qualified candidate's: qualified candidates rank above every other. */
export function qualifiedOfKey(key: number): boolean {
  return key >= QUALIFIED_BONUS;
}

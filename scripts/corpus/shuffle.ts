import type { Random } from '../../src/domain/synthetic/prng';

/** The items in a random order (Fisher-Yates), the same for the same random sequence. */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

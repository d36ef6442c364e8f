import type { PostingDraft } from '../src/domain/drafts';
import { mulberry32, pick } from '../src/domain/synthetic/prng';

/**
 * `count` deterministic posting drafts derived from the seed postings: each keeps a random subset
 * of the seed's groups (at least one required), with skills rotated and experience bars varied,
 * so the set spans many different requirement profiles.
 */
export function postingVariants(base: readonly PostingDraft[], count: number, seed: number): PostingDraft[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, k) => {
    const from = base[k % base.length];
    let requirements = from.requirements.filter((g) => random() < (g.importance === 'REQUIRED' ? 0.8 : 0.6));
    if (!requirements.some((g) => g.importance === 'REQUIRED'))
      requirements = [from.requirements.find((g) => g.importance === 'REQUIRED')!, ...requirements];
    return {
      ...from,
      title: `${from.title} (variant ${k + 1})`,
      requirements: requirements.map((g) => {
        const shift = Math.floor(random() * g.skills.length);
        const skills = [...g.skills.slice(shift), ...g.skills.slice(0, shift)];
        return { ...g, skills, minMonths: g.minMonths === null ? null : pick(random, [g.minMonths, 6, 12, 24]) };
      }),
    };
  });
}

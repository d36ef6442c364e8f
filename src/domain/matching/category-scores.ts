import { SKILL_CATEGORIES, type SkillCategory } from '../vocabulary';
import type { AppliedWeights, CategoryScore } from './match-result';
import { ALWAYS_REPORTED_CATEGORIES } from './matching-defaults';
import type { PostingSpec } from './profiles';
import { roundScore } from './score-plan';

/**
 * One score per category, in the vocabulary's fixed order: LANGUAGE, API and DEVOPS always (so a
 * UI can show the same columns for every posting) plus every category the posting uses. A category
 * score is the weighted mean of its groups' credits, each group weighted by its own weight times its
 * importance weight, as in the overall score; null when the posting has no group of that category.
 */
export function categoryScores(
  posting: PostingSpec,
  groupCredits: readonly number[],
  weights: AppliedWeights,
): CategoryScore[] {
  const used = new Set<SkillCategory>(posting.requirements.map((group) => group.category));
  const result: CategoryScore[] = [];
  for (const category of SKILL_CATEGORIES) {
    if (!used.has(category)) {
      if (ALWAYS_REPORTED_CATEGORIES.includes(category)) result.push({ category, score: null });
      continue;
    }
    let sum = 0;
    let total = 0;
    let plainSum = 0;
    let count = 0;
    posting.requirements.forEach((group, i) => {
      if (group.category !== category) return;
      const own = Number.isFinite(group.weight) && group.weight > 0 ? group.weight : 0;
      const w = own * (group.importance === 'REQUIRED' ? weights.requiredWeight : weights.preferredWeight);
      sum += w * groupCredits[i];
      total += w;
      plainSum += groupCredits[i];
      count++;
    });
    result.push({ category, score: roundScore(100 * (total > 0 ? sum / total : plainSum / count)) });
  }
  return result;
}

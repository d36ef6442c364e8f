import { SKILL_CATEGORIES, type SkillCategory } from '../vocabulary';
import type { AppliedWeights } from './match-result';
import {
  DEFAULT_EDUCATION_WEIGHT,
  DEFAULT_PREFERRED_WEIGHT,
  DEFAULT_REQUIRED_WEIGHT,
  EDUCATION_SHARE_CAP,
  defaultCategoryWeights,
} from './matching-defaults';
import type { PostingSpec, ScoringProfile } from './profiles';

function checkedWeight(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${what} must be a finite number >= 0, got ${value}`);
  }
  return value;
}

function applyProfile(
  into: { requiredWeight: number; preferredWeight: number; educationWeight: number; substitutesSatisfy: boolean },
  categories: Record<SkillCategory, number>,
  profile: ScoringProfile | null | undefined,
  source: string,
): void {
  if (!profile) return;
  if (profile.requiredWeight !== undefined && profile.requiredWeight !== null) {
    into.requiredWeight = checkedWeight(profile.requiredWeight, `${source}.requiredWeight`);
  }
  if (profile.preferredWeight !== undefined && profile.preferredWeight !== null) {
    into.preferredWeight = checkedWeight(profile.preferredWeight, `${source}.preferredWeight`);
  }
  if (profile.educationWeight !== undefined && profile.educationWeight !== null) {
    into.educationWeight = checkedWeight(profile.educationWeight, `${source}.educationWeight`);
  }
  if (profile.substitutesSatisfy !== undefined && profile.substitutesSatisfy !== null) {
    into.substitutesSatisfy = profile.substitutesSatisfy === true;
  }
  const overrides = profile.categoryWeights;
  if (!overrides) return;
  for (const category of SKILL_CATEGORIES) {
    const value = overrides[category];
    if (value !== undefined && value !== null) {
      categories[category] = checkedWeight(value, `${source}.categoryWeights.${category}`);
    }
  }
}

/**
 * The weights a match uses: the defaults, overridden by the posting's own scoring profile, overridden
 * by the request's. Layers merge field by field (and category by category), so an override that only
 * sets `preferredWeight` keeps everything else. Throws RangeError on a negative or non-finite weight
 * rather than guessing what was meant.
 */
export function resolveWeights(
  posting: Pick<PostingSpec, 'scoring'>,
  override?: ScoringProfile | null,
): AppliedWeights {
  const scalars = {
    requiredWeight: DEFAULT_REQUIRED_WEIGHT,
    preferredWeight: DEFAULT_PREFERRED_WEIGHT,
    educationWeight: DEFAULT_EDUCATION_WEIGHT,
    substitutesSatisfy: false,
  };
  const categories = defaultCategoryWeights();
  applyProfile(scalars, categories, posting.scoring, 'posting.scoring');
  applyProfile(scalars, categories, override, 'override');
  return {
    requiredWeight: scalars.requiredWeight,
    preferredWeight: scalars.preferredWeight,
    educationWeight: scalars.educationWeight,
    categoryWeights: categories,
    substitutesSatisfy: scalars.substitutesSatisfy,
    educationShareCap: EDUCATION_SHARE_CAP,
  };
}

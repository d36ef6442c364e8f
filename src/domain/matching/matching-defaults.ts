import { SKILL_CATEGORIES, type SkillCategory } from '../vocabulary';

/**
 * The default numbers of the matching model, in one place so that every one of them has a reason
 * next to it. They are part of the model: changing one is a new MODEL_VERSION.
 */

/**
 * Stamped on every result so that a stored score can be traced to the rules that produced it.
 * 2.0.0: evidence has a direction (a broader word earns nothing toward a concrete skill), and a
 * posting may accept substitutes. 2.1.0: not-assessable groups count nowhere, a posting with
 * nothing to score gives no score, education is capped at a quarter of its part, and education
 * not stated is NOT_STATED.
 */
export const MODEL_VERSION = 'skillmatch-match-2.1.0';

/**
 * Must-haves weigh three times the nice-to-haves. With 3:1 a candidate who covers every required
 * group and no preferred one (75) still ranks above one who covers every preferred group but only
 * half of the required ones (62.5): preferred skills separate good candidates, they never rescue
 * a candidate who lacks the essentials.
 */
export const DEFAULT_REQUIRED_WEIGHT = 3;
export const DEFAULT_PREFERRED_WEIGHT = 1;

/**
 * Education counts as one more group of average weight (requirement groups default to weight 1):
 * it matters, but a degree alone must not outweigh the skills a posting lists.
 */
export const DEFAULT_EDUCATION_WEIGHT = 1;

/**
 * Education can never decide a ranking alone: its weight is capped at a quarter of its part
 * (required or preferred), whatever the posting or the request sets, and a part with no skill
 * group to score does not score education at all. With the cap, a candidate with the degree and
 * none of the required skills gets at most 25 of the required part, while one with every required
 * skill and no degree keeps at least 75: skills always outrank a degree. Echoed in every result's
 * applied weights.
 */
export const EDUCATION_SHARE_CAP = 0.25;

/**
 * Every category starts neutral (1): the posting already expresses emphasis through its group
 * weights, so category weights are a lever for a recruiter, not a built-in opinion.
 */
export const DEFAULT_CATEGORY_WEIGHT = 1;

/** The neutral category weights, one per category. */
export function defaultCategoryWeights(): Record<SkillCategory, number> {
  const weights = {} as Record<SkillCategory, number>;
  for (const category of SKILL_CATEGORIES) weights[category] = DEFAULT_CATEGORY_WEIGHT;
  return weights;
}

/**
 * Evidence has a direction: a concrete skill shows every broader concept above it (PostgreSQL shows
 * "Databases"), but a broad word shows no concrete skill below it: "Software development" says
 * nothing about Python, and a CV's section word "Programming languages" nothing about Go. A
 * candidate who names only the umbrella earns nothing for the concrete skill; the explanation still
 * says so (kind BROADER, credit 0) and the skill is reported missing.
 */
export const BROADER_CREDIT = 0;

/**
 * Unknown months are not zero months: many CVs list skills without durations. Half credit keeps
 * such a candidate visible without ranking them with someone who proved the experience; the group
 * reports `monthsUnknown` so a recruiter can ask.
 */
export const UNKNOWN_MONTHS_FACTOR = 0.5;

/**
 * A degree in progress toward the requested level (or a higher one) is most of the way there, but
 * not a completed degree: 0.6, and it never makes a required education requirement met.
 */
export const IN_PROGRESS_EDUCATION_CREDIT = 0.6;

/** Experience is counted in whole months, capped at a century so it fits a compact column. */
export const MAX_MONTHS = 1200;

/** Categories that every result reports, whether or not the posting uses them. */
export const ALWAYS_REPORTED_CATEGORIES: readonly SkillCategory[] = ['LANGUAGE', 'API', 'DEVOPS'];

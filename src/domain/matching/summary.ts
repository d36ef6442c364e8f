import type { EducationLevel } from '../vocabulary';
import type { GroupEvaluation } from './group-evaluation';
import type { CategoryScore, EducationResult } from './match-result';
import type { MatchingTaxonomy } from './matching-taxonomy';
import { type RequirementSpec, isAssessable } from './profiles';

const MAX_MISSING_NAMES = 5;
const MAX_EXPERIENCE_NOTES = 3;

const LEVEL_WORDS: Readonly<Record<EducationLevel, string>> = {
  NONE: 'no formal education',
  HIGH_SCHOOL: 'high school diploma',
  ASSOCIATE: "associate's degree",
  BACHELOR: "bachelor's degree",
  MASTER: "master's degree",
  DOCTORATE: 'doctorate',
};

function skillName(taxonomy: MatchingTaxonomy, id: number): string {
  return taxonomy.byId(id)?.name ?? `skill #${id}`;
}

function groupsWord(n: number): string {
  return n === 1 ? 'group' : 'groups';
}

function coverageClause(groups: readonly RequirementSpec[], evaluations: readonly GroupEvaluation[]): string {
  let requiredTotal = 0;
  let requiredMet = 0;
  let preferredTotal = 0;
  let preferredMet = 0;
  groups.forEach((group, i) => {
    if (!isAssessable(group)) return;
    const met = evaluations[i].result.satisfied ? 1 : 0;
    if (group.importance === 'REQUIRED') {
      requiredTotal++;
      requiredMet += met;
    } else {
      preferredTotal++;
      preferredMet += met;
    }
  });
  if (requiredTotal > 0 && preferredTotal > 0) {
    return `Meets ${requiredMet} of ${requiredTotal} required ${groupsWord(requiredTotal)} and ${preferredMet} of ${preferredTotal} preferred`;
  }
  if (requiredTotal > 0) return `Meets ${requiredMet} of ${requiredTotal} required ${groupsWord(requiredTotal)}`;
  if (preferredTotal > 0) return `Meets ${preferredMet} of ${preferredTotal} preferred ${groupsWord(preferredTotal)}`;
  return 'The posting lists no skill requirements a profile can show';
}

function notAssessableClause(groups: readonly RequirementSpec[]): string | null {
  const n = groups.filter((group) => !isAssessable(group)).length;
  return n === 0 ? null : `${n} ${groupsWord(n)} not assessable from a profile (not scored)`;
}

function strongestClause(categories: readonly CategoryScore[]): string | null {
  let best: CategoryScore | null = null;
  for (const entry of categories) {
    if (entry.score === null || entry.score <= 0) continue;
    if (best === null || entry.score > (best.score ?? 0)) best = entry;
  }
  return best === null ? null : `strongest in ${best.category}`;
}

/** Unsatisfied groups in reporting order: required ones first, each in posting order. */
function unsatisfiedInOrder(groups: readonly RequirementSpec[], evaluations: readonly GroupEvaluation[]): number[] {
  const order: number[] = [];
  for (const importance of ['REQUIRED', 'PREFERRED'] as const) {
    groups.forEach((group, i) => {
      if (group.importance === importance && isAssessable(group) && !evaluations[i].result.satisfied) order.push(i);
    });
  }
  return order;
}

function missingClause(
  taxonomy: MatchingTaxonomy,
  evaluations: readonly GroupEvaluation[],
  order: readonly number[],
): string | null {
  const ids: number[] = [];
  for (const i of order) {
    for (const id of evaluations[i].result.missingSkillIds) if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length === 0) return null;
  const names = ids.slice(0, MAX_MISSING_NAMES).map((id) => skillName(taxonomy, id));
  const more = ids.length - names.length;
  return `missing ${names.join(', ')}${more > 0 ? ` (+${more} more)` : ''}`;
}

// Alike in shape to missingClause (walk the groups, collect, phrase); the clauses say different things.
function experienceClause(
  taxonomy: MatchingTaxonomy,
  evaluations: readonly GroupEvaluation[],
  order: readonly number[],
): string | null {
  const notes: string[] = [];
  for (const i of order) {
    const { result, shortViaSkillId } = evaluations[i];
    if (shortViaSkillId === null) continue;
    const name = skillName(taxonomy, shortViaSkillId);
    const note = result.monthsUnknown ? `months unknown for ${name}` : `${result.monthsShort} months short on ${name}`;
    if (!notes.includes(note)) notes.push(note);
    if (notes.length === MAX_EXPERIENCE_NOTES) break;
  }
  return notes.length === 0 ? null : notes.join(', ');
}

function educationClause(education: EducationResult): string | null {
  if (education.requiredLevel === null) return null;
  const words = LEVEL_WORDS[education.requiredLevel];
  if (education.outcome === 'IN_PROGRESS') return `${words} in progress`;
  if (education.outcome === 'NOT_STATED')
    return `education not stated (${words} ${education.required ? 'required' : 'preferred'})`;
  if (education.outcome === 'DOES_NOT_MEET')
    return `lacks the ${education.required ? 'required' : 'preferred'} ${words}`;
  return null;
}

/**
 * One deterministic sentence a recruiter can read: how many groups are met, the strongest category,
 * the skills missing from unmet groups (by name, required groups first), experience shortfalls and
 * an unmet education requirement. E.g. "Meets 4 of 4 required groups and 2 of 4 preferred;
 * strongest in LANGUAGE; missing Jenkins, JSON."
 */
export function buildSummary(
  taxonomy: MatchingTaxonomy,
  groups: readonly RequirementSpec[],
  evaluations: readonly GroupEvaluation[],
  categories: readonly CategoryScore[],
  education: EducationResult,
): string {
  const order = unsatisfiedInOrder(groups, evaluations);
  const clauses = [
    coverageClause(groups, evaluations),
    notAssessableClause(groups),
    strongestClause(categories),
    missingClause(taxonomy, evaluations, order),
    experienceClause(taxonomy, evaluations, order),
    educationClause(education),
  ].filter((clause): clause is string => clause !== null);
  return `${clauses.join('; ')}.`;
}

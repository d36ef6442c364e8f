import type { RequirementDraft } from '../../domain/drafts';
import { cleanText, type JsonRecord } from '../resume/json-values';
import { htmlToText } from './description-html';
import { type Context, asList, nameOf, prop, warn } from './jsonld-reading';

/**
 * The conditions a posting sets that schema.org gives a property of their own, and the taxonomy
 * name each is recorded under. Relocation and travel have none: they travel in `skills` and in
 * the `skillmatch:` extension like any not-assessable group.
 */
export const CONDITION_PROPERTIES = [
  { property: 'eligibilityToWorkRequirement', name: 'Work authorization' },
  { property: 'securityClearanceRequirement', name: 'Security clearance' },
] as const;

/**
 * A posting's work-authorization and clearance conditions in schema.org's own properties, so a
 * job board that reads JobPosting sees them where it looks: each property holds the labels (the
 * posting's words) of the not-assessable groups that name its condition.
 */
export function conditionProperties(requirements: readonly RequirementDraft[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const { property, name } of CONDITION_PROPERTIES) {
    const labels = requirements
      .filter((g) => g.assessable === false && g.skills.includes(name))
      .map((g) => g.label)
      .filter((label, i, all) => all.indexOf(label) === i);
    if (labels.length > 0) out[property] = labels.length === 1 ? labels[0] : labels;
  }
  return out;
}

/**
 * A foreign JobPosting's `eligibilityToWorkRequirement` and `securityClearanceRequirement` as
 * REQUIRED groups marked not assessable: no profile can show them, yet the reader must see them.
 * Each group names its condition (as the taxonomy spells it, when one is given) and keeps the
 * posting's words as its label. A taxonomy that does not name the condition leaves it out, with a
 * warning, since the service could not resolve the name.
 */
export function readConditionGroups(ctx: Context, node: JsonRecord, path: string): RequirementDraft[] {
  const groups: RequirementDraft[] = [];
  for (const { property, name } of CONDITION_PROPERTIES) {
    const texts = asList(node[property])
      .map((v) => (typeof v === 'string' ? cleanText(htmlToText(v)) : nameOf(v)))
      .filter((t): t is string => t !== null);
    if (texts.length === 0) continue;
    const skill = ctx.taxonomy === undefined ? name : ctx.taxonomy.resolve(name)?.name;
    if (skill === undefined) {
      warn(ctx, 'UNKNOWN_SKILL', prop(path, property), `The taxonomy does not name "${name}"; left out`);
      continue;
    }
    groups.push({
      importance: 'REQUIRED',
      category: 'OTHER',
      label: texts.join('; '),
      skills: [skill],
      minMatches: 1,
      minMonths: null,
      weight: 1,
      assessable: false,
    });
  }
  return groups;
}

import { findSkillMentions } from '../../../domain/taxonomy/mentions';
import type { SkillDef } from '../../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../../domain/taxonomy/taxonomy';

/** The skills a short name stands for: itself when the taxonomy knows it, else the skills it mentions ("React/Redux"). */
export function skillsNamedBy(taxonomy: Taxonomy, text: string): SkillDef[] {
  const exact = taxonomy.resolve(text);
  if (exact !== undefined) return [exact];
  return skillsMentionedIn(taxonomy, text);
}

/** Every distinct skill a text mentions (see findSkillMentions), in order of first mention. */
export function skillsMentionedIn(taxonomy: Taxonomy, text: string): SkillDef[] {
  const mentions = findSkillMentions(taxonomy, text);
  if (mentions.length <= 1) return mentions.map((m) => m.skill);
  const seen = new Map<number, SkillDef>();
  for (const mention of mentions) seen.set(mention.skill.id, mention.skill);
  return [...seen.values()];
}

import type { SkillMention } from '../../../domain/taxonomy/mentions';
import type { SkillDef } from '../../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../../domain/taxonomy/taxonomy';

// Up to two modifiers right before a mention, the second after "and" or a comma:
// "event-driven microservices architecture", "responsive and accessible web design".
const MODIFIERS_BEFORE = /(?:^|[\s(])([\p{L}][\p{L}-]*)(?:(?:\s+and\s+|,\s*)([\p{L}][\p{L}-]*))?\s+$/u;

/**
 * Skills named by a modifier that shares the head noun of a skill named after it: "event-driven
 * microservices architecture" names Event-driven architecture as well as Microservices,
 * "responsive and accessible web design" Responsive design as well as Web design. Only an exact
 * taxonomy name or alias of "<modifier> <head noun>" counts, and only before a mention of two
 * words or more, whose last word is the head.
 */
export function sharedHeadSkills(taxonomy: Taxonomy, body: string, mentions: readonly SkillMention[]): SkillDef[] {
  const found: SkillDef[] = [];
  for (const mention of mentions) {
    const words = mention.text.split(/\s+/u);
    if (words.length < 2) continue;
    const head = words[words.length - 1];
    const m = MODIFIERS_BEFORE.exec(body.slice(0, mention.start));
    if (m === null) continue;
    for (const modifier of [m[1], m[2]]) {
      if (modifier === undefined) continue;
      const def = taxonomy.resolve(`${modifier} ${head}`);
      if (def !== undefined && def.id !== mention.skill.id && !found.includes(def)) found.push(def);
    }
  }
  return found;
}

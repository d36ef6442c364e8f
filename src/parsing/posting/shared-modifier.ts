import type { SkillMention } from '../../domain/taxonomy/mentions';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import type { PlacedSkill } from './placed-skill';

/** "and", "or", "&", "/" and a lower-case noun right after a skill name. */
const NEXT_NOUN = /^\s*,?\s*(?:and\s*\/\s*or|and|or|&|\/)\s*([a-z][a-z-]{2,})\b/u;

/**
 * Restores the skill a line names by sharing the first words of the one before it: "continuous
 * integration & deployment" also names continuous deployment, "data analysis and visualization"
 * data visualization, "software development and architecture" software architecture. The noun after
 * "and" must be free (no skill of its own starts there) and the shared words plus the noun must be
 * a skill the taxonomy knows; the mirror case ("unit and integration testing") is refineMentions'.
 */
export function withSharedModifier(
  taxonomy: Taxonomy,
  line: string,
  mentions: readonly SkillMention[],
  found: readonly PlacedSkill[],
): PlacedSkill[] {
  const out = [...found];
  const ids = new Set(found.map((f) => f.skill.id));
  // Mentions come in text order and never overlap: only the next one can cover the noun.
  mentions.forEach((m, i) => {
    const words = m.text.split(/\s+/u);
    if (words.length < 2) return;
    const next = NEXT_NOUN.exec(line.slice(m.end, m.end + 40));
    if (next === null) return;
    const end = m.end + next[0].length;
    const start = end - next[1].length;
    const after = mentions[i + 1];
    if (after !== undefined && after.start < end) return;
    const skill = taxonomy.resolve(`${words.slice(0, -1).join(' ')} ${next[1]}`);
    if (skill !== undefined && !ids.has(skill.id)) {
      ids.add(skill.id);
      out.push({ skill, start, end });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

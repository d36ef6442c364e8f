import type { SkillMention } from '../../domain/taxonomy/mentions';
import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';

interface Placed {
  readonly skill: SkillDef;
  readonly start: number;
  readonly end: number;
}

/** "and", "or", "&", "/" and a lower-case noun right after a skill name. */
const NEXT_NOUN = /^\s*,?\s*(?:and\s*\/\s*or|and|or|&|\/)\s*([a-z][a-z-]{2,})\b/u;

/**
 * Restores the skill a line names by sharing the first words of the one before it: "continuous
 * integration & deployment" also names continuous deployment, "data analysis and visualization"
 * data visualization, "software development and architecture" software architecture. The noun after
 * "and" must be free (no skill of its own starts there) and the shared words plus the noun must be
 * a skill the taxonomy knows; the mirror case ("unit and integration testing") is refineMentions'.
 */
export function withSharedModifier<F extends Placed>(
  taxonomy: Taxonomy,
  line: string,
  mentions: readonly SkillMention[],
  found: readonly F[],
  make: (skill: SkillDef, start: number, end: number) => F,
): F[] {
  const out = [...found];
  for (const m of mentions) {
    const words = m.text.split(/\s+/u);
    if (words.length < 2) continue;
    const next = NEXT_NOUN.exec(line.slice(m.end, m.end + 40));
    if (next === null) continue;
    const end = m.end + next[0].length;
    const start = end - next[1].length;
    if (mentions.some((o) => o.start < end && o.end > start)) continue;
    const skill = taxonomy.resolve(`${words.slice(0, -1).join(' ')} ${next[1]}`);
    if (skill !== undefined && !out.some((f) => f.skill.id === skill.id)) out.push(make(skill, start, end));
  }
  return out.sort((a, b) => a.start - b.start);
}

import type { SkillLevel } from '../../domain/vocabulary';

/**
 * Self-declared proficiency words read into a skill level. JSON Resume leaves `level` free
 * text; the words below cover the common scales (LinkedIn's Beginner..Expert, the Dreyfus
 * Novice..Expert, "Senior"/"Master" used as levels). Dreyfus' "Competent" sits mid-scale and
 * "Proficient" one step below expert, hence INTERMEDIATE and ADVANCED.
 */
const LEVEL_WORDS: ReadonlyMap<string, SkillLevel> = new Map<string, SkillLevel>([
  ['beginner', 'BEGINNER'],
  ['novice', 'BEGINNER'],
  ['basic', 'BEGINNER'],
  ['basics', 'BEGINNER'],
  ['elementary', 'BEGINNER'],
  ['entry', 'BEGINNER'],
  ['entry level', 'BEGINNER'],
  ['junior', 'BEGINNER'],
  ['familiar', 'BEGINNER'],
  ['learning', 'BEGINNER'],
  ['advanced beginner', 'BEGINNER'],
  ['intermediate', 'INTERMEDIATE'],
  ['competent', 'INTERMEDIATE'],
  ['working knowledge', 'INTERMEDIATE'],
  ['moderate', 'INTERMEDIATE'],
  ['mid', 'INTERMEDIATE'],
  ['mid level', 'INTERMEDIATE'],
  ['good', 'INTERMEDIATE'],
  ['advanced', 'ADVANCED'],
  ['proficient', 'ADVANCED'],
  ['senior', 'ADVANCED'],
  ['strong', 'ADVANCED'],
  ['experienced', 'ADVANCED'],
  ['very good', 'ADVANCED'],
  ['expert', 'EXPERT'],
  ['master', 'EXPERT'],
  ['guru', 'EXPERT'],
  ['excellent', 'EXPERT'],
]);

const NOT_LETTERS = /[^a-z]+/gu;

/** The skill level a proficiency word names, or null when it names none we know. */
export function skillLevelFromText(text: string): SkillLevel | null {
  const key = text.toLowerCase().replace(NOT_LETTERS, ' ').trim();
  return LEVEL_WORDS.get(key) ?? null;
}

import type { SkillLevel } from '../../../domain/vocabulary';
import { cleanText, type JsonRecord } from '../json-values';
import { skillLevelFromText } from '../skill-level';
import { higherLevel, skillEntry, warn, type ImportContext } from './import-context';
import { readEntry, readSection, readText, readTextList } from './json-fields';
import { skillsNamedBy } from './skill-names';

function readLevel(ctx: ImportContext, value: unknown, at: string): SkillLevel | null {
  if (value === undefined || value === null) return null;
  // Numbers ("4" of 5) are no level: scales differ from one resume tool to the next.
  const text = typeof value === 'string' ? cleanText(value) : JSON.stringify(value);
  if (text === null) return null;
  const level = typeof value === 'string' ? skillLevelFromText(text) : null;
  if (level === null) {
    warn(ctx, 'UNKNOWN_SKILL_LEVEL', at, `Unknown skill level "${text}"; the level is left unknown`);
  }
  return level;
}

function declareSkill(ctx: ImportContext, text: string, at: string, level: SkillLevel | null): void {
  const defs = skillsNamedBy(ctx.taxonomy, text);
  if (defs.length === 0) {
    // No "did you mean" here: taxonomy.suggest costs ~20x the whole import, and bulk imports
    // meet unknown skills on most lines. Callers that show one warning can ask for it.
    warn(ctx, 'UNKNOWN_SKILL', at, `Unknown skill "${text}"; it is not imported`);
    return;
  }
  for (const def of defs) {
    const entry = skillEntry(ctx, def);
    entry.level = higherLevel(entry.level, level);
  }
}

/**
 * The skills section: each entry's name and keywords are declared skills sharing the entry's
 * level (a "Frontend / Advanced / [React, Vue]" entry says both are advanced). A skill
 * declared twice keeps the higher level. Plain strings (an older variant) are names.
 */
export function importDeclaredSkills(ctx: ImportContext, doc: JsonRecord): void {
  readSection(ctx, doc, 'skills').forEach((item, index) => {
    const path = `$.skills[${index}]`;
    if (typeof item === 'string') {
      const text = cleanText(item);
      if (text !== null) declareSkill(ctx, text, path, null);
      return;
    }
    const entry = readEntry(ctx, item, path);
    if (entry === null) return;
    const level = readLevel(ctx, entry.level, `${path}.level`);
    const name = readText(ctx, entry, 'name', path);
    if (name !== null) declareSkill(ctx, name, `${path}.name`, level);
    for (const keyword of readTextList(ctx, entry, 'keywords', path))
      declareSkill(ctx, keyword.text, keyword.at, level);
  });
}

import { findSkillMentions } from '../../../domain/taxonomy/mentions';
import { skillLevelFromText } from '../skill-level';
import { softSkill, spokenLanguage } from './personal-vocabulary';
import type { Provenance } from './resume-text-parse';
import { rolePractices } from './role-practices';
import { withoutRowLabel } from './row-label';
import { isGroupLabel, type ResumeSectionKind } from './section-headings';
import { COUNT_PATTERNS, PROFICIENCY_WORDS } from './skill-list-words';
import type { ResumeLine } from './text-lines';
import { INLINE_LABEL, addSkill, mentionsIn, warn, type TextParseContext } from './text-skills';
import { isFillerText } from './filler-text';

const ITEM_SPLIT = /\s*(?:[,;|•·▪●]|\s\/\s|\s{2,}|\s[-–—]\s|\band\b(?=\s+[A-Z]))\s*/u;
const IGNORABLE_ITEM = new RegExp(`^(?:${[...PROFICIENCY_WORDS, ...COUNT_PATTERNS].join('|')})$`, 'iu');

/** One item of a list ("Java", "English (C1)", "Teamwork", "Programming languages"). */
function listItem(ctx: TextParseContext, raw: string, at: Provenance, alone: boolean): void {
  const item = raw.replace(/^[\s*•·-]+|[\s.*]+$/gu, '').trim();
  if (item === '' || IGNORABLE_ITEM.test(item) || skillLevelFromText(item) !== null) return;
  const spoken = spokenLanguage(item);
  if (spoken !== null) {
    ctx.spoken.set(spoken.toLowerCase(), spoken);
    return;
  }
  const soft = softSkill(item);
  if (soft !== null && ctx.taxonomy.resolve(item) === undefined) {
    ctx.soft.set(soft.toLowerCase(), soft);
    return;
  }
  // Alone on its line, "Databases" or "CI/CD" labels what follows; within a list it is an item.
  if (alone && isGroupLabel(item)) return;
  const def = ctx.taxonomy.resolve(item);
  if (def !== undefined) {
    addSkill(ctx, def, at, null);
    return;
  }
  const mentions = findSkillMentions(ctx.taxonomy, item);
  // A role ("Embedded Software Engineer": a headline a two-column layout set after the side column's list).
  const practices = rolePractices(ctx.taxonomy, item);
  if (mentions.length + practices.length > 0) {
    for (const m of mentions) if (!(isGroupLabel(m.text) && m.text === item)) addSkill(ctx, m.skill, at, null);
    for (const p of practices) addSkill(ctx, p, at, null);
    return;
  }
  if (/\p{L}/u.test(item) && item.length <= 40)
    warn(ctx, 'UNKNOWN_SKILL', at.line, `Unknown skill "${item}"; it is not imported`);
}

/** A line of a skills, languages or soft-skills list: "Label: a, b, c" or "a, b, c" or "a". */
export function listLine(ctx: TextParseContext, line: ResumeLine, section: ResumeSectionKind): void {
  if (isFillerText(line.text)) return;
  const at: Provenance = { section, line: line.line };
  let text = line.text;
  const labelled = INLINE_LABEL.exec(text);
  // "Databases: PostgreSQL, Redis" is a label and a list; "English: fluent" is an item with its level.
  const isLabel =
    labelled !== null &&
    (isGroupLabel(labelled[1]) ||
      (labelled[1].split(/\s+/u).length <= 4 &&
        spokenLanguage(labelled[1]) === null &&
        ctx.taxonomy.resolve(labelled[1]) === undefined));
  if (isLabel) text = labelled![2];
  else if (isGroupLabel(text)) return;
  else text = withoutRowLabel(ctx.taxonomy, text);
  // Parenthesised lists are items too: "Java (Spring, Hibernate)".
  const flat = text.replace(/[()[\]]/gu, ',');
  if (flat.length > 120 && !/[,;|•]/u.test(flat)) {
    mentionsIn(ctx, flat, at, null, 'list');
    return;
  }
  const items = flat.split(ITEM_SPLIT).filter((item) => item.trim() !== '');
  for (const item of items) listItem(ctx, item, at, items.length === 1 && !isLabel);
}

const LANGUAGES_LABEL = /^(?:spoken\s+|foreign\s+)?languages?$/iu;

/**
 * The spoken languages of a "Languages: English - Fluent, Mandarin - Native" row set among other
 * facts (a "Miscellaneous" section): only the items that are spoken languages are read, so a row
 * of programming languages there adds nothing.
 */
export function spokenLanguagesRow(ctx: TextParseContext, line: ResumeLine): void {
  const labelled = INLINE_LABEL.exec(line.text);
  if (labelled === null || !LANGUAGES_LABEL.test(labelled[1].trim())) return;
  for (const item of labelled[2].replace(/[()[\]]/gu, ',').split(ITEM_SPLIT)) {
    const spoken = spokenLanguage(item.trim());
    if (spoken !== null) ctx.spoken.set(spoken.toLowerCase(), spoken);
  }
}

const LEVELS_ONLY = new RegExp(
  `^(?:${PROFICIENCY_WORDS.join('|')})(?:\\s{2,}(?:${PROFICIENCY_WORDS.join('|')}))*$`,
  'iu',
);

/**
 * Whether line `i` of a skills list names groups, not skills: Reactive Resume sets each group as
 * its name ("Web Frameworks", or a row "Web Technologies  Web Frameworks  Tools"), its level
 * ("Intermediate"), then its items ("React.js, Angular, Vue.js"). A line over a level line over a
 * list of several items is the group's name; a skill with its level below ("Python" over
 * "Advanced") is followed by no such list.
 */
export function namesLeveledGroups(lines: readonly ResumeLine[], i: number): boolean {
  const level = lines[i + 1]?.text.trim();
  const items = lines[i + 2]?.text ?? '';
  return level !== undefined && LEVELS_ONLY.test(level) && items.split(',').length >= 3;
}

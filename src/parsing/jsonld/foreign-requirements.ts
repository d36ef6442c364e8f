import type { RequirementDraft } from '../../domain/drafts';
import { findSkillMentions } from '../../domain/taxonomy/mentions';
import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import type { SkillCategory } from '../../domain/vocabulary';
import { cleanText, isRecord, type JsonRecord } from '../resume/json-values';
import { readConditionGroups } from './conditions';
import { htmlToText } from './description-html';
import { type Context, asList, nameOf, prop, warn } from './jsonld-reading';

const SKILL_SEPARATORS = /[,;\n|•·]+/u;
const LIST_MARK = /^[-*–]\s+/u;
const YEARS = /(\d+(?:\.\d+)?)\s*\+?\s*(?:(?:-|to)\s*\d+\s*)?(?:years?|yrs?)\b/iu;
const MONTHS = /(\d+)\s*\+?\s*months?\b/iu;

function monthsFromText(text: string): number | null {
  const years = YEARS.exec(text);
  if (years !== null) return Math.round(Number(years[1]) * 12);
  const months = MONTHS.exec(text);
  return months === null ? null : Number(months[1]);
}

function readMonths(ctx: Context, node: JsonRecord, path: string): number | null {
  const at = prop(path, 'experienceRequirements');
  for (const value of asList(node.experienceRequirements)) {
    if (isRecord(value)) {
      const raw = value.monthsOfExperience;
      const months = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (Number.isFinite(months) && months >= 0) return Math.round(months);
      const text = cleanText(value.description) ?? cleanText(value.name);
      const fromText = text === null ? null : monthsFromText(text);
      if (fromText !== null) return fromText;
    } else if (typeof value === 'string') {
      const fromText = monthsFromText(value);
      if (fromText !== null) return fromText;
    }
  }
  if (node.experienceRequirements !== undefined && node.experienceRequirements !== null) {
    warn(ctx, 'UNREAD_EXPERIENCE', at, 'No months or years of experience could be read; ignored');
  }
  return null;
}

interface SkillText {
  readonly text: string;
  readonly at: string;
}

/** The skills property as separate names: text split at commas, semicolons, bullets and lines; DefinedTerms by name. */
function skillTexts(node: JsonRecord, path: string): SkillText[] {
  const at = prop(path, 'skills');
  const texts: SkillText[] = [];
  const addText = (value: string, itemAt: string): void => {
    for (const piece of htmlToText(value).split(SKILL_SEPARATORS)) {
      const text = cleanText(piece.trim().replace(LIST_MARK, ''));
      if (text !== null) texts.push({ text, at: itemAt });
    }
  };
  const values = asList(node.skills);
  values.forEach((value, index) => {
    const itemAt = Array.isArray(node.skills) ? `${at}[${index}]` : at;
    if (typeof value === 'string') addText(value, itemAt);
    else {
      const name = nameOf(value);
      if (name !== null) texts.push({ text: name, at: itemAt });
    }
  });
  return texts;
}

function skillsNamedBy(taxonomy: Taxonomy, text: string): SkillDef[] {
  const exact = taxonomy.resolve(text);
  if (exact !== undefined) return [exact];
  return findSkillMentions(taxonomy, text).map((mention) => mention.skill);
}

/** The soft skills a foreign posting lists (conditions of their own property aside), as one not-assessable group. */
function notAssessableGroup(names: readonly string[], conditions: readonly RequirementDraft[]): RequirementDraft[] {
  const named = new Set(conditions.flatMap((g) => g.skills));
  const skills = names.filter((name) => !named.has(name));
  if (skills.length === 0) return [];
  return [
    {
      importance: 'REQUIRED',
      category: 'OTHER',
      label: 'Skills (not assessable)',
      skills,
      minMatches: 1,
      minMonths: null,
      weight: 1,
      assessable: false,
    },
  ];
}

/**
 * A foreign posting's skills as REQUIRED groups. Without a taxonomy: one OTHER group of the
 * names as written. With one: canonical names, one group per taxonomy category (in order of
 * first appearance), unknown names left out with a warning. Every listed skill is required
 * (minMatches = the group's size) and the posting's monthsOfExperience — the only figure a
 * JobPosting has — becomes each group's minMonths. What no profile can show is kept apart, as
 * groups marked not assessable (shown, never scored): the soft skills the list names (with a
 * taxonomy), and the work-authorization and clearance conditions of their own properties.
 */
export function readForeignRequirements(ctx: Context, node: JsonRecord, path: string): RequirementDraft[] {
  const months = readMonths(ctx, node, path);
  const conditions = readConditionGroups(ctx, node, path);
  const byCategory = new Map<SkillCategory, string[]>();
  const soft: string[] = [];
  const seen = new Set<string>();
  const add = (category: SkillCategory, name: string): void => {
    const key = name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    const group = byCategory.get(category);
    if (group === undefined) byCategory.set(category, [name]);
    else group.push(name);
  };
  for (const { text, at } of skillTexts(node, path)) {
    if (ctx.taxonomy === undefined) {
      add('OTHER', text);
      continue;
    }
    const defs = skillsNamedBy(ctx.taxonomy, text);
    if (defs.length === 0) warn(ctx, 'UNKNOWN_SKILL', at, `Unknown skill "${text}"; left out`);
    for (const def of defs) {
      if (def.kind !== 'SOFT_SKILL') add(def.category, def.name);
      else if (!soft.includes(def.name)) soft.push(def.name);
    }
  }
  const unscored = [...notAssessableGroup(soft, conditions), ...conditions];
  if (byCategory.size === 0) {
    if (unscored.length === 0)
      warn(ctx, 'NO_SKILLS', prop(path, 'skills'), 'No skills could be read; the posting has no requirement groups');
    if (months !== null) {
      warn(
        ctx,
        'EXPERIENCE_UNUSED',
        prop(path, 'experienceRequirements'),
        'Months of experience with no skills to apply them to; ignored',
      );
    }
    return unscored;
  }
  const single = byCategory.size === 1;
  const scored = [...byCategory].map(([category, skills]): RequirementDraft => ({
    importance: 'REQUIRED',
    category,
    label: single ? 'Skills' : `Skills (${category.toLowerCase()})`,
    skills,
    minMatches: skills.length,
    minMonths: months,
    weight: 1,
  }));
  return [...scored, ...unscored];
}

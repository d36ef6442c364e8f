import type { RequirementDraft } from '../../domain/drafts';
import { findSkillMentions } from '../../domain/taxonomy/mentions';
import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import type { SkillCategory } from '../../domain/vocabulary';
import { cleanText, isRecord, type JsonRecord } from '../resume/json-values';
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

/**
 * A foreign posting's skills as REQUIRED groups. Without a taxonomy: one OTHER group of the
 * names as written. With one: canonical names, one group per taxonomy category (in order of
 * first appearance), unknown names left out with a warning. Every listed skill is required
 * (minMatches = the group's size) and the posting's monthsOfExperience — the only figure a
 * JobPosting has — becomes each group's minMonths.
 */
export function readForeignRequirements(ctx: Context, node: JsonRecord, path: string): RequirementDraft[] {
  const months = readMonths(ctx, node, path);
  const byCategory = new Map<SkillCategory, string[]>();
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
    for (const def of defs) add(def.category, def.name);
  }
  if (byCategory.size === 0) {
    warn(ctx, 'NO_SKILLS', prop(path, 'skills'), 'No skills could be read; the posting has no requirement groups');
    if (months !== null) {
      warn(
        ctx,
        'EXPERIENCE_UNUSED',
        prop(path, 'experienceRequirements'),
        'Months of experience with no skills to apply them to; ignored',
      );
    }
    return [];
  }
  const single = byCategory.size === 1;
  return [...byCategory].map(([category, skills]) => ({
    importance: 'REQUIRED',
    category,
    label: single ? 'Skills' : `Skills (${category.toLowerCase()})`,
    skills,
    minMatches: skills.length,
    minMonths: months,
    weight: 1,
  }));
}

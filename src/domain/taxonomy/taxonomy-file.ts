import { SKILL_CATEGORIES, SKILL_KINDS, type SkillCategory, type SkillKind } from '../vocabulary';
import { findCycle } from './graph-cycle';
import type { SkillDefInput } from './skill-def';
import { normalizeSkillName } from './skill-name';
import { Taxonomy } from './taxonomy';

/** A related skill as the taxonomy file declares it (once, on either side). */
export interface TaxonomyFileRelated {
  readonly slug: string;
  readonly similarity: number;
  /** Why the two are substitutes; null when the file gives none. */
  readonly reason: string | null;
  /** Where the link comes from; the declaring skill's source when the file gives none. */
  readonly source: string;
}

// Alike in shape only to other records (GroupResult, GroupExplanation): the file's own fields.
/** One skill as `data/taxonomy.json` spells it: references are by slug, ids come from file order. */
export interface TaxonomyFileSkill {
  readonly slug: string;
  readonly name: string;
  readonly category: SkillCategory;
  /** TECHNICAL unless the file says otherwise. */
  readonly kind: SkillKind;
  /** Where the entry comes from: an open source (see the file's `sources`) or the curated overlay. */
  readonly source: string;
  readonly aliases: readonly string[];
  readonly broader: readonly string[];
  readonly related: readonly TaxonomyFileRelated[];
}

/** The whole taxonomy file. */
export interface TaxonomyFile {
  readonly version: string;
  /** Where names, aliases and groupings were drawn from. */
  readonly sources: readonly string[];
  readonly skills: readonly TaxonomyFileSkill[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const SKILL_KEYS = new Set(['slug', 'name', 'category', 'kind', 'source', 'aliases', 'broader', 'related']);
const RELATED_KEYS = new Set(['slug', 'similarity', 'reason', 'source']);
const FILE_KEYS = new Set(['version', 'sources', 'skills']);

/**
 * Checks parsed JSON against the taxonomy file shape and its consistency rules, returning it
 * typed. Throws an Error naming the first problem and where it is: a missing or mistyped
 * field, an unknown key, a bad slug, a duplicate slug, a name or alias used by two skills, an
 * unknown broader or related slug, a similarity outside (0, 1), an unknown category or kind, a
 * skill without a source, a related pair declared twice with different similarities, or a cycle
 * of broader links.
 */
export function parseTaxonomyFile(json: unknown): TaxonomyFile {
  const file = asRecord(json, 'taxonomy file');
  rejectUnknownKeys(file, FILE_KEYS, 'taxonomy file');
  const version = asText(file.version, 'taxonomy file: version');
  const sources = asTextList(file.sources ?? [], 'taxonomy file: sources');
  if (!Array.isArray(file.skills)) throw new Error('taxonomy file: skills must be an array');

  const skills = file.skills.map((raw: unknown, index: number) => parseSkill(raw, index));
  const indexBySlug = new Map<string, number>();
  const spellings = new Map<string, string>();
  skills.forEach((skill, index) => {
    const first = indexBySlug.get(skill.slug);
    if (first !== undefined) {
      throw new Error(`taxonomy file: skills[${index}]: duplicate slug "${skill.slug}" (first at skills[${first}])`);
    }
    indexBySlug.set(skill.slug, index);
    const own = new Set<string>();
    for (const spelling of [skill.name, ...skill.aliases]) {
      const key = normalizeSkillName(spelling);
      if (key === '')
        throw new Error(`taxonomy file: skill "${skill.slug}" has an alias that is empty once normalized`);
      if (own.has(key)) throw new Error(`taxonomy file: skill "${skill.slug}" lists "${spelling}" twice`);
      own.add(key);
      const holder = spellings.get(key);
      if (holder !== undefined) {
        throw new Error(
          `taxonomy file: duplicate alias "${spelling}" of "${skill.slug}" is already a name or alias of "${holder}"`,
        );
      }
      spellings.set(key, skill.slug);
    }
  });

  const declared = new Map<string, number>();
  for (const skill of skills) {
    for (const parent of skill.broader) {
      if (!indexBySlug.has(parent))
        throw new Error(`taxonomy file: skill "${skill.slug}" has unknown broader slug "${parent}"`);
      if (parent === skill.slug)
        throw new Error(`taxonomy file: skill "${skill.slug}" lists itself as broader (cycle)`);
    }
    for (const rel of skill.related) {
      if (!indexBySlug.has(rel.slug))
        throw new Error(`taxonomy file: skill "${skill.slug}" has unknown related slug "${rel.slug}"`);
      if (rel.slug === skill.slug) throw new Error(`taxonomy file: skill "${skill.slug}" lists itself as related`);
      const pair = [skill.slug, rel.slug].sort().join(' ~ ');
      const before = declared.get(pair);
      if (before !== undefined && before !== rel.similarity) {
        throw new Error(
          `taxonomy file: related pair ${pair} is declared twice with similarities ${before} and ${rel.similarity}`,
        );
      }
      declared.set(pair, rel.similarity);
    }
  }

  const bySlug = new Map(skills.map((skill) => [skill.slug, skill]));
  const cycle = findCycle(
    skills.map((skill) => skill.slug),
    (slug) => bySlug.get(slug)?.broader ?? [],
  );
  if (cycle !== null) throw new Error(`taxonomy file: broader cycle ${cycle.join(' -> ')}`);

  return { version, sources, skills };
}

/** Builds the Taxonomy of a parsed file, numbering skills 1..n in file order (the order the service inserts them). */
export function taxonomyFromFile(file: TaxonomyFile): Taxonomy {
  const ids = new Map(file.skills.map((skill, index) => [skill.slug, index + 1]));
  const idOf = (slug: string): number => {
    const id = ids.get(slug);
    if (id === undefined) throw new Error(`taxonomy file: unknown slug "${slug}"`);
    return id;
  };
  const defs: SkillDefInput[] = file.skills.map((skill, index) => ({
    id: index + 1,
    slug: skill.slug,
    name: skill.name,
    category: skill.category,
    kind: skill.kind,
    source: skill.source,
    aliases: skill.aliases,
    broader: skill.broader.map(idOf),
    related: skill.related.map((rel) => ({
      skillId: idOf(rel.slug),
      similarity: rel.similarity,
      reason: rel.reason,
      source: rel.source,
    })),
  }));
  return Taxonomy.fromDefs(file.version, defs);
}

function parseSkill(raw: unknown, index: number): TaxonomyFileSkill {
  const where = `taxonomy file: skills[${index}]`;
  const record = asRecord(raw, where);
  const slug = asText(record.slug, `${where}.slug`);
  if (!SLUG.test(slug)) throw new Error(`${where}: slug "${slug}" must be lower-case words joined by hyphens`);
  const at = `${where} ("${slug}")`;
  rejectUnknownKeys(record, SKILL_KEYS, at);
  const name = asText(record.name, `${at}.name`);
  const category = asText(record.category, `${at}.category`);
  if (!(SKILL_CATEGORIES as readonly string[]).includes(category)) {
    throw new Error(`${at}: unknown category "${category}" (expected one of ${SKILL_CATEGORIES.join(', ')})`);
  }
  const kind = asText(record.kind ?? 'TECHNICAL', `${at}.kind`);
  if (!(SKILL_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`${at}: unknown kind "${kind}" (expected one of ${SKILL_KINDS.join(', ')})`);
  }
  const source = asText(record.source, `${at}.source`);
  const aliases = asTextList(record.aliases ?? [], `${at}.aliases`);
  const broader = asTextList(record.broader ?? [], `${at}.broader`);
  if (!Array.isArray(record.related ?? [])) throw new Error(`${at}.related must be an array`);
  const related = ((record.related ?? []) as unknown[]).map((entry, i) => {
    const rel = asRecord(entry, `${at}.related[${i}]`);
    rejectUnknownKeys(rel, RELATED_KEYS, `${at}.related[${i}]`);
    const relSlug = asText(rel.slug, `${at}.related[${i}].slug`);
    const similarity = rel.similarity;
    if (typeof similarity !== 'number' || !(similarity > 0 && similarity < 1)) {
      throw new Error(`${at}: related "${relSlug}" similarity ${String(similarity)} is outside (0, 1)`);
    }
    const reason =
      rel.reason === undefined || rel.reason === null ? null : asText(rel.reason, `${at}.related[${i}].reason`);
    const relSource = rel.source === undefined ? source : asText(rel.source, `${at}.related[${i}].source`);
    return { slug: relSlug, similarity, reason, source: relSource };
  });
  return {
    slug,
    name,
    category: category as SkillCategory,
    kind: kind as SkillKind,
    source,
    aliases,
    broader,
    related,
  };
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${where} must be an object`);
  return value as Record<string, unknown>;
}

function asText(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${where} must be a non-empty string`);
  return value;
}

function asTextList(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) throw new Error(`${where} must be an array of strings`);
  return value.map((item, i) => asText(item, `${where}[${i}]`));
}

function rejectUnknownKeys(record: Record<string, unknown>, allowed: ReadonlySet<string>, where: string): void {
  for (const key of Object.keys(record)) {
    if (!allowed.has(key)) throw new Error(`${where}: unknown key "${key}"`);
  }
}

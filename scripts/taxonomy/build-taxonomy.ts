/**
 * Merges the curated overlay and the records of the open sources into one taxonomy file.
 * Deterministic: the same inputs give the same skills in the same order, byte for byte.
 *
 * The curated skills come first and own their spellings: an imported record whose name (or, for
 * O*NET, a spelling derived from its name) is already known adds only the spellings nobody holds
 * to that skill; otherwise it becomes a new skill with the category and broader skills of its
 * source group. So "node" stays Node.js whatever Linguist says of JavaScript, and "Go" stays the
 * language. Hyphenated Stack Overflow tags of known names become aliases; the overlay's patches
 * are applied last.
 */
import type { TaxonomyFile, TaxonomyFileRelated, TaxonomyFileSkill } from '../../src/domain/taxonomy/taxonomy-file';
import { normalizeSkillName, numberVariants } from '../../src/domain/taxonomy/skill-name';
import type { SkillCategory, SkillKind } from '../../src/domain/vocabulary';
import { type ImportRules, type SourceRecord, type TagCounts, compare, tagOf } from './source-records';

export const CURATED = 'skillmatch-curated';

/** A curated skill as data/taxonomy-sources/curated.json writes it (source defaults to the overlay). */
export interface CuratedSkill extends Omit<TaxonomyFileSkill, 'kind' | 'source' | 'related'> {
  readonly kind?: SkillKind;
  readonly source?: string;
  readonly related: readonly (Omit<TaxonomyFileRelated, 'source' | 'reason'> & {
    readonly reason?: string | null;
    readonly source?: string;
  })[];
}

/** A change the overlay makes to an imported skill, after the import. */
export interface SkillPatch {
  readonly name?: string;
  readonly category?: SkillCategory;
  readonly kind?: SkillKind;
  readonly broader?: readonly string[];
  readonly addAliases?: readonly string[];
  readonly removeAliases?: readonly string[];
}

export interface CuratedOverlay {
  readonly skills: readonly CuratedSkill[];
  readonly patches: Readonly<Record<string, SkillPatch>>;
}

interface Draft {
  slug: string;
  name: string;
  category: SkillCategory;
  kind: SkillKind;
  source: string;
  aliases: string[];
  broader: string[];
  related: TaxonomyFileRelated[];
}

/** The taxonomy file the import writes (checked by parseTaxonomyFile before it is written). */
export function buildTaxonomy(
  overlay: CuratedOverlay,
  rules: ImportRules,
  records: readonly SourceRecord[],
  tags: TagCounts,
): TaxonomyFile {
  const drafts: Draft[] = [];
  const bySlug = new Map<string, Draft>();
  const owner = new Map<string, Draft>();
  const claim = (spelling: string, draft: Draft): boolean => {
    const key = normalizeSkillName(spelling);
    if (key === '' || owner.has(key)) return false;
    owner.set(key, draft);
    return true;
  };
  const lookup = (spelling: string): Draft | undefined => {
    const key = normalizeSkillName(spelling);
    if (key === '') return undefined;
    const exact = owner.get(key);
    if (exact !== undefined) return exact;
    for (const variant of numberVariants(key)) {
      const found = owner.get(variant);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const add = (draft: Draft): void => {
    drafts.push(draft);
    bySlug.set(draft.slug, draft);
  };

  for (const skill of overlay.skills) {
    const draft: Draft = {
      slug: skill.slug,
      name: skill.name,
      category: skill.category,
      kind: skill.kind ?? 'TECHNICAL',
      source: skill.source ?? CURATED,
      aliases: [...skill.aliases],
      broader: [...skill.broader],
      related: skill.related.map((rel) => ({
        slug: rel.slug,
        similarity: rel.similarity,
        reason: rel.reason ?? null,
        source: rel.source ?? skill.source ?? CURATED,
      })),
    };
    add(draft);
    for (const spelling of [skill.name, ...skill.aliases]) claim(spelling, draft);
  }

  const skipped = new Set(rules.skipNames.map(normalizeSkillName));
  for (const record of records) {
    let target = lookup(record.name);
    if (target === undefined) {
      for (const spelling of record.matchSpellings) {
        target = lookup(spelling);
        if (target !== undefined) break;
      }
    }
    if (target !== undefined) {
      if (record.lendSpellings) {
        for (const spelling of [record.name, ...record.spellings]) {
          if (claim(spelling, target)) target.aliases.push(spelling.trim());
        }
      }
      continue;
    }
    if (skipped.has(normalizeSkillName(record.name))) continue;
    const draft: Draft = {
      slug: freeSlug(record.name, record.source, bySlug),
      name: record.name.trim(),
      category: record.category,
      kind: record.kind,
      source: record.source,
      aliases: [],
      broader: record.broader.filter((slug) => bySlug.has(slug)),
      related: [],
    };
    if (!claim(draft.name, draft)) continue;
    for (const spelling of record.spellings) if (claim(spelling, draft)) draft.aliases.push(spelling.trim());
    add(draft);
  }

  // "Spring Security" is asked about on Stack Overflow as spring-security: let that spelling resolve too.
  for (const draft of drafts) {
    for (const spelling of [draft.name, ...draft.aliases]) {
      const tag = tagOf(normalizeSkillName(spelling));
      if (!tag.includes('-') || tag === normalizeSkillName(spelling) || !tags.has(tag)) continue;
      if (claim(tag, draft)) draft.aliases.push(tag);
    }
  }

  for (const [slug, patch] of Object.entries(overlay.patches).sort(([a], [b]) => compare(a, b))) {
    const draft = bySlug.get(slug);
    if (draft === undefined) throw new Error(`overlay patch for unknown skill "${slug}"`);
    applyPatch(draft, patch, claim, owner);
  }

  return {
    version: rules.version,
    sources: Object.entries(rules.sources).map(([id, text]) => `${id}: ${text}`),
    skills: drafts.map((d) => ({
      slug: d.slug,
      name: d.name,
      category: d.category,
      kind: d.kind,
      source: d.source,
      aliases: d.aliases,
      broader: [...new Set(d.broader)],
      related: d.related,
    })),
  };
}

function applyPatch(
  draft: Draft,
  patch: SkillPatch,
  claim: (spelling: string, draft: Draft) => boolean,
  owner: Map<string, Draft>,
): void {
  if (patch.name !== undefined) {
    if (!claim(patch.name, draft) && owner.get(normalizeSkillName(patch.name)) !== draft) {
      throw new Error(`overlay patch: "${patch.name}" for "${draft.slug}" is another skill's spelling`);
    }
    draft.aliases = draft.aliases.filter((a) => normalizeSkillName(a) !== normalizeSkillName(patch.name!));
    if (normalizeSkillName(draft.name) !== normalizeSkillName(patch.name)) draft.aliases.push(draft.name);
    draft.name = patch.name;
  }
  if (patch.category !== undefined) draft.category = patch.category;
  if (patch.kind !== undefined) draft.kind = patch.kind;
  if (patch.broader !== undefined) draft.broader = [...patch.broader];
  for (const alias of patch.removeAliases ?? []) {
    const key = normalizeSkillName(alias);
    draft.aliases = draft.aliases.filter((a) => normalizeSkillName(a) !== key);
    if (owner.get(key) === draft) owner.delete(key);
  }
  for (const alias of patch.addAliases ?? []) {
    if (!claim(alias, draft)) throw new Error(`overlay patch: alias "${alias}" of "${draft.slug}" is already taken`);
    draft.aliases.push(alias);
  }
}

/** A slug for a new skill: its name in lower-case words, made unique with the source when taken. */
function freeSlug(name: string, source: string, taken: ReadonlyMap<string, unknown>): string {
  const base =
    name
      .toLowerCase()
      .replace(/\+/gu, 'plus')
      .replace(/#/gu, 'sharp')
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '') || 'skill';
  if (!taken.has(base)) return base;
  const qualified = `${base}-${source.replace(/[^a-z0-9]+/gu, '-').replace(/-+$/u, '')}`;
  if (!taken.has(qualified)) return qualified;
  for (let n = 2; ; n += 1) if (!taken.has(`${qualified}-${n}`)) return `${qualified}-${n}`;
}

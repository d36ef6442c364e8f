import { SKILL_CATEGORIES, SKILL_KINDS } from '../vocabulary';
import { findCycle } from './graph-cycle';
import type { RelatedSkill, SkillDef, SkillDefInput } from './skill-def';
import { normalizeSkillName, numberVariants } from './skill-name';
import { commonPrefixLength, damerauLevenshtein } from './string-distance';

export type { RelatedSkill, RelatedSkillInput, SkillDef, SkillDefInput } from './skill-def';

const DEFAULT_SUGGESTIONS = 5;

/**
 * The skill taxonomy: every skill the service knows, how its names are spelled, what it is a
 * kind of (broader) and what it resembles (related). Immutable once built; lookups and
 * closures are answered from indexes built in `fromDefs`.
 */
export class Taxonomy {
  private readonly ordered: readonly SkillDef[];
  private readonly ids: ReadonlyMap<number, SkillDef>;
  private readonly names: ReadonlyMap<string, SkillDef>;
  private readonly aliases: ReadonlyMap<string, SkillDef>;
  private readonly narrower: ReadonlyMap<number, readonly number[]>;
  private readonly ancestorCache = new Map<number, ReadonlySet<number>>();
  private readonly descendantCache = new Map<number, ReadonlySet<number>>();

  private constructor(
    readonly version: string,
    ordered: readonly SkillDef[],
    names: ReadonlyMap<string, SkillDef>,
    aliases: ReadonlyMap<string, SkillDef>,
  ) {
    this.ordered = ordered;
    this.ids = new Map(ordered.map((def) => [def.id, def]));
    this.names = names;
    this.aliases = aliases;
    const narrower = new Map<number, number[]>();
    for (const def of ordered) {
      for (const parent of def.broader) {
        const children = narrower.get(parent) ?? [];
        children.push(def.id);
        narrower.set(parent, children);
      }
    }
    this.narrower = narrower;
  }

  /**
   * Builds a taxonomy from skill definitions (any order; kept in id order). Related links are
   * made symmetric (a pair declared on either side, or both, keeps its highest similarity, with
   * that declaration's reason and source). A skill without a kind is TECHNICAL.
   * Throws on data that would make lookups ambiguous or closures ill-defined: duplicate ids or
   * slugs, a name or alias shared by two skills, unknown or self references, similarities
   * outside (0, 1), unknown categories and broader cycles.
   */
  static fromDefs(version: string, defs: readonly SkillDefInput[]): Taxonomy {
    const byId = new Map<number, SkillDefInput>();
    const slugs = new Set<string>();
    for (const def of defs) {
      if (!Number.isInteger(def.id)) throw new Error(`taxonomy: skill "${def.slug}" has a non-integer id ${def.id}`);
      if (byId.has(def.id)) throw new Error(`taxonomy: duplicate skill id ${def.id} ("${def.slug}")`);
      if (slugs.has(def.slug)) throw new Error(`taxonomy: duplicate slug "${def.slug}"`);
      if (!(SKILL_CATEGORIES as readonly string[]).includes(def.category)) {
        throw new Error(`taxonomy: skill "${def.slug}" has unknown category "${def.category}"`);
      }
      if (def.kind !== undefined && !(SKILL_KINDS as readonly string[]).includes(def.kind)) {
        throw new Error(`taxonomy: skill "${def.slug}" has unknown kind "${def.kind}"`);
      }
      byId.set(def.id, def);
      slugs.add(def.slug);
    }

    const names = new Map<string, SkillDef>();
    const aliases = new Map<string, SkillDef>();
    const owner = new Map<string, SkillDef>();
    const claim = (spelling: string, def: SkillDef, index: Map<string, SkillDef>): void => {
      const key = normalizeSkillName(spelling);
      if (key === '') throw new Error(`taxonomy: skill "${def.slug}" has an empty name or alias`);
      const holder = owner.get(key);
      if (holder !== undefined && holder.id !== def.id) {
        throw new Error(`taxonomy: "${spelling}" of "${def.slug}" collides with a name or alias of "${holder.slug}"`);
      }
      owner.set(key, def);
      if (!names.has(key)) index.set(key, def);
    };

    const related = new Map<number, Map<number, RelatedSkill>>();
    const link = (from: number, to: number, rel: RelatedSkill): void => {
      const links = related.get(from) ?? new Map<number, RelatedSkill>();
      const before = links.get(to);
      if (before === undefined || rel.similarity > before.similarity)
        links.set(to, Object.freeze({ ...rel, skillId: to }));
      related.set(from, links);
    };
    for (const def of byId.values()) {
      for (const parent of def.broader) {
        if (parent === def.id) throw new Error(`taxonomy: skill "${def.slug}" is broader than itself`);
        if (!byId.has(parent)) throw new Error(`taxonomy: skill "${def.slug}" has unknown broader id ${parent}`);
      }
      for (const rel of def.related) {
        if (rel.skillId === def.id) throw new Error(`taxonomy: skill "${def.slug}" is related to itself`);
        if (!byId.has(rel.skillId))
          throw new Error(`taxonomy: skill "${def.slug}" has unknown related id ${rel.skillId}`);
        if (!(rel.similarity > 0 && rel.similarity < 1)) {
          throw new Error(`taxonomy: skill "${def.slug}" has similarity ${rel.similarity} outside (0, 1)`);
        }
        const declared = {
          skillId: rel.skillId,
          similarity: rel.similarity,
          reason: rel.reason ?? null,
          source: rel.source ?? null,
        };
        link(def.id, rel.skillId, declared);
        link(rel.skillId, def.id, declared);
      }
    }

    const cycle = findCycle([...byId.keys()], (id) => byId.get(id)?.broader ?? []);
    if (cycle !== null) {
      throw new Error(`taxonomy: broader cycle ${cycle.map((id) => byId.get(id)?.slug).join(' -> ')}`);
    }

    const ordered = [...byId.values()]
      .sort((a, b) => a.id - b.id)
      .map((def): SkillDef => {
        const links: RelatedSkill[] = [...(related.get(def.id)?.values() ?? [])].sort(
          (a, b) => b.similarity - a.similarity || a.skillId - b.skillId,
        );
        return Object.freeze({
          id: def.id,
          slug: def.slug,
          name: def.name,
          category: def.category,
          kind: def.kind ?? 'TECHNICAL',
          source: def.source ?? null,
          aliases: Object.freeze([...def.aliases]),
          broader: Object.freeze([...new Set(def.broader)]),
          related: Object.freeze(links),
        });
      });
    // Names first so that a name always wins over an alias spelled the same way.
    for (const def of ordered) claim(def.name, def, names);
    for (const def of ordered) for (const alias of def.aliases) claim(alias, def, aliases);
    return new Taxonomy(version, Object.freeze(ordered), names, aliases);
  }

  /** Every skill, in id order. */
  all(): readonly SkillDef[] {
    return this.ordered;
  }

  /** The skill with this id, if any. */
  byId(id: number): SkillDef | undefined {
    return this.ids.get(id);
  }

  /**
   * The skill a user means by `name`: an exact name, then an exact alias, then the singular or
   * plural of either ("Databases", "REST APIs"). Case, width, spacing and surrounding
   * punctuation are ignored; nothing fuzzy, so "C" is never C++ and "Java" never JavaScript.
   */
  resolve(name: string): SkillDef | undefined {
    const key = normalizeSkillName(name);
    if (key === '') return undefined;
    const exact = this.names.get(key) ?? this.aliases.get(key);
    if (exact !== undefined) return exact;
    for (const variant of numberVariants(key)) {
      const found = this.names.get(variant) ?? this.aliases.get(variant);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /**
   * The known skills closest to an unknown name, best first, for "did you mean": ranked by
   * Damerau-Levenshtein distance between normalized spellings (names and aliases), relative to
   * their length, with a bonus when one is a prefix of the other; ties go by name. Spellings
   * too far apart to be a plausible typo or abbreviation are left out, so the list may be empty.
   * Short names are held to more: an acronym written in capitals ("CISSP", "ZFS") is only ever
   * itself, a prefix counts when it is four letters long or ends a word ("Go" is no prefix of
   * "Google Analytics", "CI" none of "CISSP"), and two short names one letter apart ("MVC",
   * "MVS") are different things, not a typo.
   */
  suggest(name: string, limit: number = DEFAULT_SUGGESTIONS): SkillDef[] {
    const query = normalizeSkillName(name);
    if (query === '' || limit <= 0) return [];
    const acronym = ACRONYM.test(name.trim());
    const best = new Map<number, number>();
    const consider = (spelling: string, def: SkillDef): void => {
      const score = acronym ? (spelling === query ? 0 : null) : suggestionScore(query, spelling);
      if (score === null) return;
      const previous = best.get(def.id);
      if (previous === undefined || score < previous) best.set(def.id, score);
    };
    for (const [spelling, def] of this.names) consider(spelling, def);
    for (const [spelling, def] of this.aliases) consider(spelling, def);
    return [...best.entries()]
      .map(([id, score]) => ({ def: this.ids.get(id) as SkillDef, score }))
      .sort((a, b) => a.score - b.score || compareText(a.def.name, b.def.name) || a.def.id - b.def.id)
      .slice(0, limit)
      .map((entry) => entry.def);
  }

  /** Every broader skill reachable from `id` (Kubernetes -> Container orchestration -> ... ), not including `id`. */
  ancestors(id: number): ReadonlySet<number> {
    return this.closure(id, this.ancestorCache, (node) => this.ids.get(node)?.broader ?? []);
  }

  /** Every narrower skill reachable from `id` (Databases -> Relational databases -> PostgreSQL ...), not including `id`. */
  descendants(id: number): ReadonlySet<number> {
    return this.closure(id, this.descendantCache, (node) => this.narrower.get(node) ?? []);
  }

  /** Skills similar to `id`, symmetric, most similar first. */
  related(id: number): readonly RelatedSkill[] {
    return this.ids.get(id)?.related ?? [];
  }

  private closure(
    id: number,
    cache: Map<number, ReadonlySet<number>>,
    next: (node: number) => readonly number[],
  ): ReadonlySet<number> {
    const cached = cache.get(id);
    if (cached !== undefined) return cached;
    const reached = new Set<number>();
    const stack = [...next(id)];
    while (stack.length > 0) {
      const node = stack.pop() as number;
      if (node === id || reached.has(node)) continue;
      reached.add(node);
      stack.push(...next(node));
    }
    cache.set(id, reached);
    return reached;
  }
}

/** Two to six capitals or digits, at least two capitals: an acronym ("CISSP", "ZFS", "K8S"). */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9]{2,6}$/u;
/** Up to this length a name is an abbreviation or an acronym, where one changed letter is another name. */
const SHORT = 4;

/** Lower is closer; null when the spelling is too far from the query to suggest. */
function suggestionScore(query: string, spelling: string): number | null {
  const longer = Math.max(query.length, spelling.length);
  const shorter = Math.min(query.length, spelling.length);
  const prefixed =
    shorter >= 2 &&
    (spelling.startsWith(query) || query.startsWith(spelling)) &&
    (shorter >= SHORT || endsWord(query.length > spelling.length ? query : spelling, shorter));
  // A typo budget that grows with length: one edit for short names, about a third for long ones.
  const budget = Math.max(1, Math.floor(shorter / 3));
  // The length difference is a lower bound on the distance: skip the quadratic work when it already exceeds the budget.
  if (!prefixed && longer - shorter > budget) return null;
  // So is half the difference in letter counts, in linear time: most spellings stop here, before the quadratic distance.
  if (!prefixed && Math.ceil(letterCountDifference(query, spelling) / 2) > budget) return null;
  const distance = damerauLevenshtein(query, spelling);
  if (!prefixed && distance > budget) return null;
  if (!prefixed && shorter <= SHORT && !onlyDroppedOrSwapped(query, spelling, distance)) return null;
  const shared = Math.min(commonPrefixLength(query, spelling), 4);
  return distance / longer - (prefixed ? 0.25 : 0) - shared * 0.02;
}

const counts = new Int32Array(128);

/** How many characters one string has that the other lacks, both ways (characters folded into 128 buckets, which only lowers it). */
function letterCountDifference(a: string, b: string): number {
  for (let i = 0; i < a.length; i += 1) counts[a.charCodeAt(i) & 127] += 1;
  for (let i = 0; i < b.length; i += 1) counts[b.charCodeAt(i) & 127] -= 1;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) {
    const c = a.charCodeAt(i) & 127;
    difference += Math.abs(counts[c]);
    counts[c] = 0;
  }
  for (let i = 0; i < b.length; i += 1) {
    const c = b.charCodeAt(i) & 127;
    difference += Math.abs(counts[c]);
    counts[c] = 0;
  }
  return difference;
}

/** Whether `text` has a word boundary right after its first `length` characters ("ci/cd" after "ci"). */
function endsWord(text: string, length: number): boolean {
  return length >= text.length || !/[\p{L}\p{N}]/u.test(text.charAt(length));
}

/** Whether the edits are only letters left out or added ("Jva", "Java") or one swap ("Jaav"), never a changed letter ("ZFS", "ZOS"). */
function onlyDroppedOrSwapped(a: string, b: string, distance: number): boolean {
  if (a.length !== b.length) return distance === Math.abs(a.length - b.length);
  return distance === 1 && [...a].sort().join('') === [...b].sort().join('');
}

/** Code-unit order: deterministic on every platform, unlike localeCompare. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

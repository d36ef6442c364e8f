import type { DataSource, EntityManager } from 'typeorm';
import { insertChunked } from '../db/bulk-insert';
import type { SkillDef } from '../domain/taxonomy/skill-def';
import { Taxonomy } from '../domain/taxonomy/taxonomy';
import type { TaxonomyFile } from '../domain/taxonomy/taxonomy-file';
import { AppMetaEntity } from '../entities/app-meta.entity';
import { SkillAliasEntity } from '../entities/skill-alias.entity';
import { SkillRelationEntity } from '../entities/skill-relation.entity';
import { SkillEntity } from '../entities/skill.entity';
import { UserInputError } from './errors';
import type { OffloadPool } from './offload/offload-pool';
import type { NameResolution } from './offload/offload-protocol';
import type { WriteLock } from './write-lock';

export const TAXONOMY_VERSION_KEY = 'taxonomy_version';
/** Names one request may have normalized, all `normalizeSkills` fields (aliases) together. */
export const MAX_NAMES = 500;
/** Longest name normalizeSkills takes: skill names are short, and a long one costs every comparison. */
export const MAX_NAME_LENGTH = 200;

/**
 * Owns the skill taxonomy: loads it from the database into memory once (it changes only when a
 * new taxonomy file is synced), and resolves the skill names users type.
 */
export class TaxonomyService {
  private taxonomy: Taxonomy = Taxonomy.fromDefs('empty', []);
  private narrowerById = new Map<number, number[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteLock,
    /** Where spelling suggestions run when given: a worker thread (each near miss costs milliseconds). */
    private readonly offload: OffloadPool | null = null,
  ) {}

  /**
   * What the taxonomy makes of each name: its skill, or the closest suggestions. At most
   * MAX_NAMES names of at most MAX_NAME_LENGTH characters: a near miss is compared with every
   * spelling the taxonomy knows.
   */
  async normalize(names: readonly string[]): Promise<readonly NameResolution[]> {
    if (names.length > MAX_NAMES) throw new UserInputError(`names takes at most ${MAX_NAMES} names`, 'names');
    const long = names.findIndex((n) => n.length > MAX_NAME_LENGTH);
    if (long >= 0)
      throw new UserInputError(`names[${long}] is longer than ${MAX_NAME_LENGTH} characters`, `names[${long}]`);
    const t = this.taxonomy;
    if (this.offload) return this.offload.run('normalizeSkills', { names }, t);
    return names.map((input) => {
      const skill = t.resolve(input);
      return { input, skillId: skill?.id ?? null, suggestions: skill ? [] : t.suggest(input, 3).map((s) => s.name) };
    });
  }

  current(): Taxonomy {
    return this.taxonomy;
  }

  /** Direct narrower skills, by name, for the API. */
  narrower(id: number): readonly number[] {
    return this.narrowerById.get(id) ?? [];
  }

  async load(): Promise<Taxonomy> {
    const m = this.dataSource.manager;
    const [skills, aliases, broader, relations, version] = await Promise.all([
      m.find(SkillEntity, { order: { id: 'ASC' } }),
      m.find(SkillAliasEntity, { order: { id: 'ASC' } }),
      m.query('SELECT "skillId", "broaderId" FROM "skill_broader" ORDER BY "skillId", "broaderId"') as Promise<
        { skillId: number; broaderId: number }[]
      >,
      m.find(SkillRelationEntity, { order: { skillId: 'ASC', relatedId: 'ASC' } }),
      m.findOneBy(AppMetaEntity, { key: TAXONOMY_VERSION_KEY }),
    ]);
    const defs: SkillDef[] = skills.map((s) => ({
      id: s.id,
      slug: s.slug,
      name: s.name,
      category: s.category,
      kind: s.kind,
      source: s.source,
      aliases: [],
      broader: [],
      related: [],
    }));
    const byId = new Map(defs.map((d) => [d.id, d as { -readonly [K in keyof SkillDef]: SkillDef[K] }]));
    const aliasesBySkill = groupBy(aliases, (a) => a.skillId);
    for (const d of byId.values()) d.aliases = (aliasesBySkill.get(d.id) ?? []).map((a) => a.alias);
    const narrower = new Map<number, number[]>();
    for (const b of broader) {
      const d = byId.get(Number(b.skillId));
      if (!d) continue;
      d.broader = [...d.broader, Number(b.broaderId)];
      const list = narrower.get(Number(b.broaderId)) ?? [];
      list.push(Number(b.skillId));
      narrower.set(Number(b.broaderId), list);
    }
    for (const r of relations) {
      const d = byId.get(r.skillId);
      if (d)
        d.related = [
          ...d.related,
          { skillId: r.relatedId, similarity: r.similarity, reason: r.reason, source: r.source },
        ];
    }
    this.taxonomy = Taxonomy.fromDefs(version?.value ?? 'empty', defs);
    this.narrowerById = narrower;
    return this.taxonomy;
  }

  /**
   * Brings the database's taxonomy up to a taxonomy file: new skills are added, names,
   * categories, kinds and sources updated, aliases and edges replaced. Skills are matched by slug, so ids are stable.
   */
  async sync(file: TaxonomyFile): Promise<void> {
    await this.writes.transaction(async (m) => {
      const existing = new Map((await m.find(SkillEntity)).map((s) => [s.slug, s]));
      const fresh = file.skills.filter((s) => !existing.has(s.slug));
      await insertChunked(
        m,
        SkillEntity,
        fresh.map((s) => ({ slug: s.slug, name: s.name, category: s.category, kind: s.kind, source: s.source })),
      );
      for (const s of file.skills) {
        const old = existing.get(s.slug);
        if (
          old &&
          (old.name !== s.name || old.category !== s.category || old.kind !== s.kind || old.source !== s.source)
        ) {
          await m.update(
            SkillEntity,
            { id: old.id },
            { name: s.name, category: s.category, kind: s.kind, source: s.source },
          );
        }
      }
      const ids = new Map((await m.find(SkillEntity)).map((s) => [s.slug, s.id]));
      const id = (slug: string): number => ids.get(slug)!;
      await replaceEdges(m, file, id);
      await m.upsert(AppMetaEntity, { key: TAXONOMY_VERSION_KEY, value: file.version }, ['key']);
    });
    await this.load();
  }

  /**
   * Resolves skill names (any spelling the taxonomy knows) to skill ids, in order. Every unknown
   * name is reported at once, with the closest known skills, so a client fixes its input in one go.
   */
  resolveNames(names: readonly { name: string; field: string }[]): number[] {
    const unknown: { name: string; field: string }[] = [];
    const ids = names.map(({ name, field }) => {
      const skill = this.taxonomy.resolve(name);
      if (!skill) unknown.push({ name, field });
      return skill?.id ?? 0;
    });
    this.refuseUnknown(unknown);
    return ids;
  }

  /** Refuses skill names the taxonomy does not know, if any: BAD_USER_INPUT naming each field, with the closest skills. */
  refuseUnknown(names: readonly { name: string; field: string }[]): void {
    if (names.length === 0) return;
    const unknown = names.map(({ name, field }) => ({
      name,
      field,
      suggestions: this.taxonomy.suggest(name, 3).map((s) => s.name),
    }));
    const text = unknown
      .map((u) => `"${u.name}"${u.suggestions.length ? ` (did you mean ${u.suggestions.join(', ')}?)` : ''}`)
      .join('; ');
    throw new UserInputError(`Unknown skill ${text} at ${unknown.map((u) => u.field).join(', ')}`, unknown[0].field, {
      unknownSkills: unknown,
    });
  }

  async version(manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    return (await manager.findOneBy(AppMetaEntity, { key: TAXONOMY_VERSION_KEY }))?.value ?? null;
  }
}

async function replaceEdges(m: EntityManager, file: TaxonomyFile, id: (slug: string) => number): Promise<void> {
  await m.createQueryBuilder().delete().from(SkillAliasEntity).execute();
  await m.createQueryBuilder().delete().from(SkillRelationEntity).execute();
  await m.query('DELETE FROM "skill_broader"');
  await insertChunked(
    m,
    SkillAliasEntity,
    file.skills.flatMap((s) => [...new Set(s.aliases)].map((alias) => ({ skillId: id(s.slug), alias }))),
  );
  await insertChunked(
    m,
    SkillRelationEntity,
    file.skills.flatMap((s) =>
      s.related.map((r) => ({
        skillId: id(s.slug),
        relatedId: id(r.slug),
        similarity: r.similarity,
        reason: r.reason,
        source: r.source,
      })),
    ),
  );
  await insertChunked<{ skillId: number; broaderId: number }>(
    m,
    'skill_broader',
    file.skills.flatMap((s) => s.broader.map((b) => ({ skillId: id(s.slug), broaderId: id(b) }))),
  );
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

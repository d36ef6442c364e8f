import type { SkillCategory, SkillKind } from '../vocabulary';

/**
 * A related skill: a true substitute, how close it is, 0 < similarity < 1 (MySQL ~ PostgreSQL 0.7),
 * why the two are interchangeable, and where the link was taken from.
 */
export interface RelatedSkill {
  readonly skillId: number;
  readonly similarity: number;
  /** Why one can stand in for the other, in words a recruiter reads; null where none was recorded. */
  readonly reason: string | null;
  /** Where the link comes from (an open source or the curated overlay); null where none was recorded. */
  readonly source: string | null;
}

/** One taxonomy entry as the pure core sees it: ids are the database's integer skill ids. */
export interface SkillDef {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly category: SkillCategory;
  /** Whether the entry is technical evidence at all (see SKILL_KINDS). */
  readonly kind: SkillKind;
  /** Where the entry comes from (an open source or the curated overlay); null where none was recorded. */
  readonly source: string | null;
  readonly aliases: readonly string[];
  /** Direct broader skills (Kubernetes -> Container technologies). */
  readonly broader: readonly number[];
  readonly related: readonly RelatedSkill[];
}

/** A related link as callers declare it: reason and source may be left out (tests, older data). */
export type RelatedSkillInput = Pick<RelatedSkill, 'skillId' | 'similarity'> & Partial<RelatedSkill>;

/** A skill as callers declare it to `Taxonomy.fromDefs`: kind defaults to TECHNICAL, source to null. */
export type SkillDefInput = Omit<SkillDef, 'kind' | 'source' | 'related'> &
  Partial<Pick<SkillDef, 'kind' | 'source'>> & { readonly related: readonly RelatedSkillInput[] };

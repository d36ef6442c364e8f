import type { RelatedSkill, SkillDef } from '../taxonomy/skill-def';

/**
 * The part of the Taxonomy the matcher reads. Declared structurally so the matcher depends on what
 * it uses, not on how the taxonomy is built; the Taxonomy class satisfies it as is.
 */
export interface MatchingTaxonomy {
  readonly version: string;
  all(): readonly SkillDef[];
  byId(id: number): SkillDef | undefined;
  ancestors(id: number): ReadonlySet<number>;
  descendants(id: number): ReadonlySet<number>;
  related(id: number): readonly RelatedSkill[];
}

import type { SkillCategory } from '../vocabulary';

/** A related skill and how close it is, 0 < similarity < 1 (Kotlin ~ Java 0.6). */
export interface RelatedSkill {
  readonly skillId: number;
  readonly similarity: number;
}

/** One taxonomy entry as the pure core sees it: ids are the database's integer skill ids. */
export interface SkillDef {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  readonly category: SkillCategory;
  readonly aliases: readonly string[];
  /** Direct broader skills (Kubernetes -> Container technologies). */
  readonly broader: readonly number[];
  readonly related: readonly RelatedSkill[];
}

import type { SkillDef } from '../../domain/taxonomy/skill-def';

/** A skill found at a place (character offsets) in a requirement line. */
export interface PlacedSkill {
  readonly skill: SkillDef;
  readonly start: number;
  readonly end: number;
}

import { Node } from './node.type';
import { Field, ObjectType } from 'type-graphql';
import type { SkillCategory } from '../../domain/vocabulary';
import { SkillCategoryEnum } from '../enums';
import { connectionTypes } from './connection';

@ObjectType({
  description: 'A skill of the taxonomy. `broader` and `narrower` are its direct neighbours.',
  implements: Node,
})
export class Skill {
  // id is the global id, resolved for every Node by NodeResolver.
  id: number;

  @Field({ description: 'Canonical name.' })
  name: string;

  @Field({ description: 'Unique, lower-case identifier.' })
  slug: string;

  @Field(() => SkillCategoryEnum)
  category: SkillCategory;

  @Field(() => [String], { description: 'Other spellings that resolve to this skill (Golang for Go).' })
  aliases: readonly string[];

  // broader, narrower and related are resolved by SkillResolver from the in-memory taxonomy.
}

@ObjectType({ description: 'A skill this skill is related to, and how close (0..1).' })
export class RelatedSkill {
  @Field(() => Skill)
  skill: Skill;

  @Field()
  similarity: number;
}

export const SkillConnection = connectionTypes(Skill, 'Skill');

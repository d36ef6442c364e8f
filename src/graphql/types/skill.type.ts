import { Node } from './node.type';
import { Field, ObjectType } from 'type-graphql';
import type { SkillCategory, SkillKind } from '../../domain/vocabulary';
import { SkillCategoryEnum, SkillKindEnum } from '../enums';
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

  @Field(() => SkillKindEnum, { description: 'Whether this entry is technical evidence at all.' })
  kind: SkillKind;

  @Field(() => String, {
    nullable: true,
    description: 'Where the entry comes from: an open source named in the taxonomy file, or the curated overlay.',
  })
  source: string | null;

  @Field(() => [String], { description: 'Other spellings that resolve to this skill (Golang for Go).' })
  aliases: readonly string[];

  // broader, narrower and related are resolved by SkillResolver from the in-memory taxonomy.
}

@ObjectType({ description: 'A skill that can stand in for this one (a substitute), how close (0..1), and why.' })
export class RelatedSkill {
  @Field(() => Skill)
  skill: Skill;

  @Field()
  similarity: number;

  @Field(() => String, { nullable: true, description: 'Why the two are substitutes.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Where the link comes from.' })
  source: string | null;
}

export const SkillConnection = connectionTypes(Skill, 'Skill');

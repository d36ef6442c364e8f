import { Node } from './node.type';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Importance, SkillCategory } from '../../domain/vocabulary';
import { ImportanceEnum, SkillCategoryEnum } from '../enums';

@ObjectType({
  description:
    'A group of skills a posting asks for: the candidate should cover `minMatches` of `skills`, ' +
    'each with `minMonths` of experience when set.',
  implements: Node,
})
export class RequirementGroup {
  // id is the global id, resolved for every Node by NodeResolver.
  id: number;

  @Field(() => ImportanceEnum)
  importance: Importance;

  @Field(() => SkillCategoryEnum)
  category: SkillCategory;

  @Field({ description: "The posting's own words for this group." })
  label: string;

  @Field(() => Int)
  minMatches: number;

  @Field(() => Int, {
    nullable: true,
    description: '"1 year experience" is 12; null when the posting names no duration.',
  })
  minMonths: number | null;

  @Field(() => Float)
  weight: number;

  // skills is resolved by RequirementGroupResolver.
}

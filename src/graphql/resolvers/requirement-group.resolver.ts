import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequirementSpec } from '../../domain/matching/profiles';
import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { RequirementGroupEntity } from '../../entities/requirement-group.entity';
import type { Context } from '../context';
import { RequirementGroup } from '../types/requirement-group.type';
import { Skill } from '../types/skill.type';

@Resolver(() => RequirementGroup)
export class RequirementGroupResolver {
  @FieldResolver(() => [Skill], { description: 'The skills this group accepts, in the posting order.' })
  async skills(
    @Root() g: RequirementGroupEntity | RequirementSpec,
    @Ctx() { loaders, services }: Context,
  ): Promise<SkillDef[]> {
    const t = services.taxonomy.current();
    // Groups inside a match result arrive with their skill ids; stored groups load them in a batch.
    const ids = 'skillIds' in g ? g.skillIds : await loaders.groupSkillIds.load(g.id);
    return ids.map((id) => t.byId(id)!);
  }

  @FieldResolver({
    description:
      'false for a requirement no profile can show: reported with the evidence a profile has, counted in neither ' +
      'the score nor `qualified`.',
  })
  assessable(@Root() g: RequirementGroupEntity | RequirementSpec): boolean {
    return g.assessable !== false;
  }
}

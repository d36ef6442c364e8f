import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/roles';
import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { SkillCategory } from '../../domain/vocabulary';
import { UserInputError } from '../../services/errors';
import { pageRequest, toPage } from '../../services/pagination';
import { MAX_NAMES } from '../../services/taxonomy.service';
import type { Context } from '../context';
import { SkillCategoryEnum } from '../enums';
import { parseId } from '../ids';
import { toConnection, type Connection } from '../types/connection';
import { SkillResolution } from '../types/match.type';
import { RelatedSkill, Skill, SkillConnection } from '../types/skill.type';

/** Skills come from the in-memory taxonomy: no SQL on any of these fields. */
@Resolver(() => Skill)
export class SkillResolver {
  @Authorized(Access.PUBLIC)
  @Query(() => SkillConnection, { description: 'Skills by name or alias text and category, in id order.' })
  skills(
    @Ctx() { services }: Context,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('category', () => SkillCategoryEnum, { nullable: true }) category: SkillCategory | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Connection<SkillDef> {
    const req = pageRequest('skill', { first, after });
    const needle = search?.trim().toLowerCase();
    const matching = services.taxonomy
      .current()
      .all()
      .filter(
        (s) =>
          (!category || s.category === category) &&
          (!needle || s.name.toLowerCase().includes(needle) || s.aliases.some((a) => a.toLowerCase().includes(needle))),
      );
    const start = matching.findIndex((s) => s.id > req.afterId);
    const rows = start < 0 ? [] : matching.slice(start, start + req.first + 1);
    return toConnection(toPage('skill', rows, req, matching.length));
  }

  @Authorized(Access.PUBLIC)
  @Query(() => Skill, {
    nullable: true,
    description: 'One skill by id, or by any spelling of its name (exactly one of the two).',
  })
  skill(
    @Ctx() { services }: Context,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
  ): SkillDef | null {
    if ((id === null || id === undefined) === (name === null || name === undefined)) {
      throw new UserInputError('skill needs exactly one of id or name', id ? 'name' : 'id');
    }
    const taxonomy = services.taxonomy.current();
    return (id ? taxonomy.byId(parseId(id, 'id', 'Skill')) : taxonomy.resolve(name!)) ?? null;
  }

  @Authorized(Access.PUBLIC)
  @Query(() => [SkillResolution], {
    description:
      'What the taxonomy makes of each name: the skill it resolves to, or none with the closest suggestions.',
  })
  async normalizeSkills(
    @Ctx() { services, spent }: Context,
    @Arg('names', () => [String]) names: string[],
  ): Promise<SkillResolution[]> {
    // Twelve aliases of 500 names each once held the event loop for 18 s: the limit is per request.
    spent.names += names.length;
    if (spent.names > MAX_NAMES) {
      throw new UserInputError(
        `names takes at most ${MAX_NAMES} names per request, all normalizeSkills fields together`,
        'names',
      );
    }
    const resolved = await services.taxonomy.normalize(names);
    return resolved.map((r) => ({ ...r, suggestions: [...r.suggestions] }));
  }

  @FieldResolver(() => [Skill], { description: 'Direct broader skills (Kubernetes -> Container technologies).' })
  broader(@Root() skill: SkillDef, @Ctx() { services }: Context): SkillDef[] {
    const t = services.taxonomy.current();
    return skill.broader.map((id) => t.byId(id)!);
  }

  @FieldResolver(() => [Skill], { description: 'Direct narrower skills.' })
  narrower(@Root() skill: SkillDef, @Ctx() { services }: Context): SkillDef[] {
    const t = services.taxonomy.current();
    return services.taxonomy.narrower(skill.id).map((id) => t.byId(id)!);
  }

  @FieldResolver(() => [RelatedSkill], {
    description: 'Substitutes with their similarity and the reason (MySQL ~ PostgreSQL).',
  })
  related(@Root() skill: SkillDef, @Ctx() { services }: Context): RelatedSkill[] {
    const t = services.taxonomy.current();
    return t.related(skill.id).map((r) => ({
      skill: t.byId(r.skillId)! as unknown as Skill,
      similarity: r.similarity,
      reason: r.reason,
      source: r.source,
    }));
  }
}

import { Taxonomy } from '../../../src/domain/taxonomy/taxonomy';
import type { SkillDefInput } from '../../../src/domain/taxonomy/skill-def';
import type { SkillCategory } from '../../../src/domain/vocabulary';
import type {
  CandidateSkillSpec,
  CandidateSpec,
  EducationSpec,
  PostingSpec,
  RequirementSpec,
} from '../../../src/domain/matching/profiles';

type Def = [
  slug: string,
  name: string,
  category: SkillCategory,
  aliases: string[],
  broader: string[],
  related: Array<[string, number]>,
];

/** A small taxonomy with the traps that matter: C/C++/C#, Java/JavaScript, hierarchies, related skills. */
const DEFS: Def[] = [
  ['languages', 'Programming languages', 'LANGUAGE', [], [], []],
  ['java', 'Java', 'LANGUAGE', [], ['languages'], []],
  ['javascript', 'JavaScript', 'LANGUAGE', ['JS'], ['languages'], []],
  ['typescript', 'TypeScript', 'LANGUAGE', ['TS'], ['languages'], [['javascript', 0.7]]],
  ['kotlin', 'Kotlin', 'LANGUAGE', [], ['languages'], [['java', 0.6]]],
  ['c', 'C', 'LANGUAGE', [], ['languages'], [['cpp', 0.5]]],
  ['cpp', 'C++', 'LANGUAGE', ['cplusplus'], ['languages'], []],
  [
    'csharp',
    'C#',
    'LANGUAGE',
    ['csharp'],
    ['languages'],
    [
      ['cpp', 0.3],
      ['java', 0.5],
    ],
  ],
  ['go', 'Go', 'LANGUAGE', ['golang'], ['languages'], []],
  ['python', 'Python', 'LANGUAGE', [], ['languages'], []],
  ['containers', 'Container technologies', 'CONTAINER', [], [], []],
  ['docker', 'Docker', 'CONTAINER', [], ['containers'], []],
  ['orchestration', 'Container orchestration', 'CONTAINER', [], ['containers'], []],
  ['kubernetes', 'Kubernetes', 'CONTAINER', ['k8s'], ['orchestration'], []],
  ['databases', 'Databases', 'DATABASE', [], [], []],
  ['relational', 'Relational databases', 'DATABASE', [], ['databases'], []],
  ['postgresql', 'PostgreSQL', 'DATABASE', ['postgres'], ['relational'], [['mysql', 0.7]]],
  ['mysql', 'MySQL', 'DATABASE', [], ['relational'], []],
  ['cicd', 'CI/CD', 'DEVOPS', [], [], []],
  ['jenkins', 'Jenkins', 'DEVOPS', [], ['cicd'], [['gitlab-ci', 0.6]]],
  ['gitlab-ci', 'GitLab CI', 'DEVOPS', [], ['cicd'], []],
  ['rest', 'REST APIs', 'API', ['REST'], [], []],
  ['json', 'JSON', 'API', [], [], []],
  ['git', 'Git', 'DEVOPS', [], [], []],
];

export function miniTaxonomy(version = 'test-1'): Taxonomy {
  const ids = new Map(DEFS.map(([slug], i) => [slug, i + 1]));
  const id = (slug: string): number => {
    const found = ids.get(slug);
    if (found === undefined) throw new Error(`fixture: unknown slug ${slug}`);
    return found;
  };
  const defs: SkillDefInput[] = DEFS.map(([slug, name, category, aliases, broader, related]) => ({
    id: id(slug),
    slug,
    name,
    category,
    aliases,
    broader: broader.map(id),
    related: related.map(([other, similarity]) => ({ skillId: id(other), similarity })),
  }));
  return Taxonomy.fromDefs(version, defs);
}

/** The id of a skill by any of its spellings; throws when the taxonomy does not know it. */
export function skillId(taxonomy: Taxonomy, name: string): number {
  const def = taxonomy.resolve(name);
  if (def === undefined) throw new Error(`fixture: unknown skill ${name}`);
  return def.id;
}

export interface GroupInput {
  id?: string;
  importance?: 'REQUIRED' | 'PREFERRED';
  category?: SkillCategory;
  skills: string[];
  minMatches?: number;
  minMonths?: number | null;
  weight?: number;
  assessable?: boolean;
}

/** A posting from readable group descriptions. */
export function posting(
  taxonomy: Taxonomy,
  groups: GroupInput[],
  extra: Partial<Pick<PostingSpec, 'education' | 'scoring' | 'id'>> = {},
): PostingSpec {
  const requirements: RequirementSpec[] = groups.map((group, i) => ({
    id: group.id ?? `g${i + 1}`,
    importance: group.importance ?? 'REQUIRED',
    category: group.category ?? taxonomy.byId(skillId(taxonomy, group.skills[0]))?.category ?? 'OTHER',
    label: group.skills.join(' / '),
    skillIds: group.skills.map((name) => skillId(taxonomy, name)),
    minMatches: group.minMatches ?? 1,
    minMonths: group.minMonths ?? null,
    weight: group.weight ?? 1,
    ...(group.assessable === undefined ? {} : { assessable: group.assessable }),
  }));
  return { id: extra.id ?? 'p1', requirements, education: extra.education ?? null, scoring: extra.scoring ?? null };
}

/** A candidate from [name, months] pairs. */
export function candidate(
  taxonomy: Taxonomy,
  id: string,
  skills: Array<[string, number | null]>,
  education: EducationSpec[] = [],
): CandidateSpec {
  const list: CandidateSkillSpec[] = skills.map(([name, months]) => ({
    skillId: skillId(taxonomy, name),
    months,
    level: null,
  }));
  return { id, skills: list, education };
}

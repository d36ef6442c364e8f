import type { CandidateDraft, EducationDraft } from '../drafts';
import type { CandidateSpec } from '../matching/profiles';
import type { SkillDef } from '../taxonomy/skill-def';
import type { EducationLevel, SkillLevel } from '../vocabulary';
import { ARCHETYPES, PROFESSIONAL_EDUCATION, STUDENT_EDUCATION, type Archetype } from './archetypes';
import { FIRST_NAMES, LAST_NAMES, LOCATIONS } from './names';
import { mulberry32, pick, pickWeighted, randomInt, type Random } from './prng';

/** The taxonomy lookups the generator needs. */
export interface GeneratorTaxonomy {
  all(): readonly SkillDef[];
  resolve(name: string): SkillDef | undefined;
}

export interface GenerateOptions {
  readonly count: number;
  readonly seed: number;
}

/** One synthetic person, before it is shaped as a spec or a draft. */
export interface SyntheticCandidate {
  /** "1".."N", in generation order. */
  readonly id: string;
  readonly archetype: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly location: string;
  readonly education: readonly EducationDraft[];
  readonly skills: ReadonlyArray<{
    readonly skill: SkillDef;
    /** How the CV spells it: usually the name, sometimes an alias. */
    readonly spelling: string;
    readonly months: number | null;
    readonly level: SkillLevel | null;
  }>;
}

interface ResolvedArchetype {
  readonly archetype: Archetype;
  readonly skills: ReadonlyArray<{ readonly defs: readonly SkillDef[]; readonly probability: number }>;
}

const UNKNOWN_MONTHS_SHARE = 0.15;
const ALIAS_SHARE = 0.15;
const STATED_LEVEL_SHARE = 0.4;
const EDUCATION_FIELDS = [
  'Computer science',
  'Software engineering',
  'Computer engineering',
  'Mathematics',
  'Information technology',
];

function resolveArchetypes(taxonomy: GeneratorTaxonomy): ResolvedArchetype[] {
  return ARCHETYPES.map((archetype) => ({
    archetype,
    skills: archetype.skills
      .map((item) => ({
        defs: item.names.map((name) => taxonomy.resolve(name)).filter((def): def is SkillDef => def !== undefined),
        probability: item.probability,
      }))
      .filter((item) => item.defs.length > 0),
  }));
}

function levelFor(random: Random, months: number | null): SkillLevel | null {
  if (random() >= STATED_LEVEL_SHARE) return null;
  if (months === null) return pick(random, ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'] as const);
  if (months < 12) return 'BEGINNER';
  if (months < 36) return 'INTERMEDIATE';
  if (months < 84) return 'ADVANCED';
  return 'EXPERT';
}

function educationFor(random: Random, student: boolean): EducationDraft[] {
  const field = pick(random, EDUCATION_FIELDS);
  if (student) {
    const level = pickWeighted(random, STUDENT_EDUCATION, ([, w]) => w)[0];
    return [
      { level: 'HIGH_SCHOOL', field: null, status: 'COMPLETED' },
      { level, field, status: 'IN_PROGRESS' },
    ];
  }
  const level = pickWeighted(random, PROFESSIONAL_EDUCATION, ([, w]) => w)[0];
  const result: EducationDraft[] =
    level === null ? [] : [{ level, field: level === 'HIGH_SCHOOL' ? null : field, status: 'COMPLETED' }];
  if (level !== null && level !== 'DOCTORATE' && random() < 0.05) {
    const next: EducationLevel = level === 'MASTER' ? 'DOCTORATE' : level === 'BACHELOR' ? 'MASTER' : 'BACHELOR';
    result.push({ level: next, field, status: 'IN_PROGRESS' });
  }
  return result;
}

/**
 * A deterministic stream of synthetic candidates: the same taxonomy, count and seed always give
 * the same people. Each is drawn from a role archetype (back-end, front-end, devops, data, C#/.NET,
 * embedded, student) with the archetype's typical skills, months spread over a career of plausible
 * length (some unknown, as on real CVs), a few unrelated skills, and education. A generator, so a
 * million can be streamed without holding them.
 */
export function* generateSyntheticCandidates(
  taxonomy: GeneratorTaxonomy,
  options: GenerateOptions,
): Generator<SyntheticCandidate> {
  const random = mulberry32(options.seed);
  const archetypes = resolveArchetypes(taxonomy);
  const everything = taxonomy.all();
  for (let i = 0; i < options.count; i++) {
    const { archetype, skills: pool } = pickWeighted(random, archetypes, (a) => a.archetype.share);
    const [minCareer, maxCareer] = archetype.careerMonths;
    // Skewed toward shorter careers: there are more juniors than veterans.
    const career = Math.round(minCareer + (maxCareer - minCareer) * random() ** 1.6);
    const chosen = new Map<number, SyntheticCandidate['skills'][number]>();
    const add = (skill: SkillDef, months: number | null): void => {
      if (chosen.has(skill.id)) return;
      const spelling = skill.aliases.length > 0 && random() < ALIAS_SHARE ? pick(random, skill.aliases) : skill.name;
      chosen.set(skill.id, { skill, spelling, months, level: levelFor(random, months) });
    };
    for (const item of pool) {
      if (random() >= item.probability) continue;
      const skill = pick(random, item.defs);
      const months =
        random() < UNKNOWN_MONTHS_SHARE ? null : Math.max(1, Math.round(career * (0.25 + 0.75 * random())));
      add(skill, months);
    }
    const noise = randomInt(random, 0, 2);
    for (let n = 0; n < noise && everything.length > 0; n++) {
      const months = random() < 0.3 ? null : randomInt(random, 1, Math.max(1, Math.min(career, 36)));
      add(pick(random, everything), months);
    }
    const firstName = pick(random, FIRST_NAMES);
    const lastName = pick(random, LAST_NAMES);
    yield {
      id: String(i + 1),
      archetype: archetype.key,
      firstName,
      lastName,
      location: pick(random, LOCATIONS),
      education: educationFor(random, archetype.student),
      skills: [...chosen.values()],
    };
  }
}

/** Synthetic candidates as matcher specs (ids "1".."N"), for in-process benchmarks and tests. */
export function* generateCandidates(taxonomy: GeneratorTaxonomy, options: GenerateOptions): Generator<CandidateSpec> {
  for (const person of generateSyntheticCandidates(taxonomy, options)) {
    yield {
      id: person.id,
      skills: person.skills.map(({ skill, months }) => ({ skillId: skill.id, months })),
      education: person.education.map(({ level, status }) => ({ level, status })),
    };
  }
}

/**
 * Synthetic candidates as drafts (fictional names, example.com emails, skills by name or alias), for
 * the CLI to import; the i-th draft is the same person as the i-th spec of `generateCandidates`.
 */
export function* generateCandidateDrafts(
  taxonomy: GeneratorTaxonomy,
  options: GenerateOptions,
): Generator<CandidateDraft> {
  for (const person of generateSyntheticCandidates(taxonomy, options)) {
    const local = `${person.firstName}.${person.lastName}.${person.id}`.toLowerCase();
    yield {
      name: `${person.firstName} ${person.lastName}`,
      email: `${local}@example.com`,
      headline: ARCHETYPES.find((a) => a.key === person.archetype)?.headline ?? null,
      location: person.location,
      education: person.education,
      skills: person.skills.map(({ spelling, months, level }) => ({ name: spelling, months, level })),
    };
  }
}

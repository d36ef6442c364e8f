import { candidateSpecFromDraft } from '../../../src/domain/matching/spec-from-draft';
import { generateCandidateDrafts, generateCandidates } from '../../../src/domain/synthetic/generate-candidates';
import { mulberry32 } from '../../../src/domain/synthetic/prng';
import { seedData } from '../matching/seed-data';

const { taxonomy } = seedData();

describe('mulberry32', () => {
  it('is a deterministic stream in [0, 1) that depends on the seed', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const c = mulberry32(2);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = first.reduce((s, x) => s + x, 0) / first.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('generateCandidates', () => {
  const population = [...generateCandidates(taxonomy, { count: 2000, seed: 42 })];

  it('is deterministic per seed and numbers candidates "1".."N"', () => {
    expect(JSON.stringify([...generateCandidates(taxonomy, { count: 2000, seed: 42 })])).toBe(
      JSON.stringify(population),
    );
    expect(JSON.stringify([...generateCandidates(taxonomy, { count: 2000, seed: 43 })])).not.toBe(
      JSON.stringify(population),
    );
    expect(population.map((c) => c.id)).toEqual(Array.from({ length: 2000 }, (_, i) => String(i + 1)));
  });

  it('streams: a prefix of a larger population is the smaller population', () => {
    const iterator = generateCandidates(taxonomy, { count: 1_000_000, seed: 42 });
    const prefix = Array.from({ length: 50 }, () => iterator.next().value);
    expect(prefix).toEqual(population.slice(0, 50));
  });

  it('produces realistic mixes: known skills, some unknown months, students in progress', () => {
    const skills = population.flatMap((c) => c.skills);
    expect(skills.every((s) => taxonomy.byId(s.skillId) !== undefined)).toBe(true);
    const perCandidate = skills.length / population.length;
    expect(perCandidate).toBeGreaterThan(4);
    expect(perCandidate).toBeLessThan(20);
    const unknown = skills.filter((s) => s.months === null).length / skills.length;
    expect(unknown).toBeGreaterThan(0.05);
    expect(unknown).toBeLessThan(0.35);
    for (const c of population) expect(new Set(c.skills.map((s) => s.skillId)).size).toBe(c.skills.length);
    const inProgress = population.filter((c) => c.education.some((e) => e.status === 'IN_PROGRESS')).length;
    expect(inProgress).toBeGreaterThan(100);
    const named = (name: string): number =>
      population.filter((c) => c.skills.some((s) => s.skillId === taxonomy.resolve(name)?.id)).length;
    for (const name of ['Java', 'JavaScript', 'C#', 'C', 'Kubernetes', 'Python', 'SQL'])
      expect([name, named(name) > 50]).toEqual([name, true]);
  });
});

describe('generateCandidateDrafts', () => {
  it('describes the same people as generateCandidates, with fictional names and example.com emails', () => {
    const specs = [...generateCandidates(taxonomy, { count: 300, seed: 9 })];
    const drafts = [...generateCandidateDrafts(taxonomy, { count: 300, seed: 9 })];
    drafts.forEach((draft, i) => {
      expect(draft.email).toMatch(/^[a-z.]+\.\d+@example\.com$/);
      expect(draft.name).toMatch(/^\S+ \S+$/);
      const { spec, unknownSkills } = candidateSpecFromDraft(taxonomy, specs[i].id, draft);
      expect(unknownSkills).toEqual([]);
      // The same skills, listed as a stored candidate lists them: by skill id.
      expect(spec).toEqual({ ...specs[i], skills: [...specs[i].skills].sort((a, b) => a.skillId - b.skillId) });
    });
    expect(new Set(drafts.map((d) => d.email)).size).toBe(drafts.length);
    expect(
      drafts.some((d, i) => d.skills.some((s, j) => s.name !== taxonomy.byId(specs[i].skills[j].skillId)?.name)),
    ).toBe(true);
  });
});

import { Taxonomy, type SkillDefInput } from '../../../src/domain/taxonomy/taxonomy';
import { idOf, realTaxonomy } from './load-taxonomy';

const { taxonomy } = realTaxonomy();
const slugsOf = (ids: Iterable<number>): string[] => [...ids].map((id) => taxonomy.byId(id)?.slug ?? `?${id}`).sort();

function def(id: number, slug: string, extra: Partial<SkillDefInput> = {}): SkillDefInput {
  return { id, slug, name: slug.toUpperCase(), category: 'OTHER', aliases: [], broader: [], related: [], ...extra };
}

describe('Taxonomy closures', () => {
  it('follows broader links transitively', () => {
    expect(slugsOf(taxonomy.ancestors(idOf('kubernetes')))).toEqual(
      expect.arrayContaining(['container-orchestration', 'container-technologies']),
    );
    // Work with a relational database is evidence of SQL (2026.12.5), and SQL of the skills above it.
    expect(slugsOf(taxonomy.ancestors(idOf('postgresql')))).toEqual([
      'databases',
      'programming-languages',
      'relational-databases',
      'software-development',
      'sql',
    ]);
    expect(slugsOf(taxonomy.ancestors(idOf('go')))).toEqual(['programming-languages', 'software-development']);
    expect(slugsOf(taxonomy.ancestors(idOf('git')))).toEqual(
      expect.arrayContaining(['version-control', 'devops-tools', 'devops']),
    );
    expect(slugsOf(taxonomy.ancestors(idOf('docker')))).toContain('container-technologies');
  });

  it('finds narrower skills transitively and never includes the skill itself', () => {
    const databases = idOf('databases');
    const below = slugsOf(taxonomy.descendants(databases));
    expect(below).toEqual(expect.arrayContaining(['relational-databases', 'postgresql', 'mysql', 'mongodb', 'sql']));
    expect(taxonomy.descendants(databases).has(databases)).toBe(false);
    expect(taxonomy.ancestors(databases).size).toBe(0);
    expect(slugsOf(taxonomy.descendants(idOf('container-technologies')))).toEqual(
      expect.arrayContaining(['docker', 'kubernetes', 'openshift', 'podman']),
    );
  });

  it('agrees with the direct links everywhere: ancestors contain broader and their ancestors; descendants mirror ancestors', () => {
    for (const skill of taxonomy.all()) {
      const ancestors = taxonomy.ancestors(skill.id);
      expect(ancestors.has(skill.id)).toBe(false);
      for (const parent of skill.broader) {
        expect(ancestors.has(parent)).toBe(true);
        for (const grand of taxonomy.ancestors(parent)) expect(ancestors.has(grand)).toBe(true);
        expect(taxonomy.descendants(parent).has(skill.id)).toBe(true);
      }
      for (const above of ancestors) expect(taxonomy.descendants(above).has(skill.id)).toBe(true);
    }
  });

  it('handles diamonds and long chains in built taxonomies', () => {
    const chain = Array.from({ length: 2000 }, (_, i) => def(i + 1, `s${i + 1}`, { broader: i === 0 ? [] : [i] }));
    const deep = Taxonomy.fromDefs('t', chain);
    expect(deep.ancestors(2000).size).toBe(1999);
    expect(deep.descendants(1).size).toBe(1999);
    const diamond = Taxonomy.fromDefs('t', [
      def(1, 'top'),
      def(2, 'left', { broader: [1] }),
      def(3, 'right', { broader: [1] }),
      def(4, 'bottom', { broader: [2, 3] }),
    ]);
    expect([...diamond.ancestors(4)].sort()).toEqual([1, 2, 3]);
    expect([...diamond.descendants(1)].sort()).toEqual([2, 3, 4]);
  });
});

describe('Taxonomy.related', () => {
  it.each([
    ['kotlin', 'java', 0.6],
    ['c', 'cpp', 0.6],
    ['cpp', 'csharp', 0.4],
    ['typescript', 'javascript', 0.8],
    ['java', 'csharp', 0.5],
    ['mysql', 'postgresql', 0.7],
  ])('%s ~ %s is %d both ways', (a, b, similarity) => {
    expect(taxonomy.related(idOf(a))).toContainEqual(expect.objectContaining({ skillId: idOf(b), similarity }));
    expect(taxonomy.related(idOf(b))).toContainEqual(expect.objectContaining({ skillId: idOf(a), similarity }));
  });

  it('is symmetric with similarities in (0, 1) across the whole taxonomy', () => {
    for (const skill of taxonomy.all()) {
      for (const rel of taxonomy.related(skill.id)) {
        expect(rel.similarity).toBeGreaterThan(0);
        expect(rel.similarity).toBeLessThan(1);
        expect(taxonomy.related(rel.skillId)).toContainEqual({ ...rel, skillId: skill.id });
      }
    }
  });

  it('makes one-sided declarations symmetric and keeps the higher of two, with its reason and source', () => {
    const small = Taxonomy.fromDefs('t', [
      def(1, 'a', { related: [{ skillId: 2, similarity: 0.3, reason: 'weak', source: 's1' }] }),
      def(2, 'b', {
        related: [
          { skillId: 1, similarity: 0.5, reason: 'same job', source: 's2' },
          { skillId: 3, similarity: 0.2 },
        ],
      }),
      def(3, 'c'),
    ]);
    expect(small.related(1)).toEqual([{ skillId: 2, similarity: 0.5, reason: 'same job', source: 's2' }]);
    expect(small.related(2)).toEqual([
      { skillId: 1, similarity: 0.5, reason: 'same job', source: 's2' },
      { skillId: 3, similarity: 0.2, reason: null, source: null },
    ]);
    expect(small.related(3)).toEqual([{ skillId: 2, similarity: 0.2, reason: null, source: null }]);
    expect(small.byId(3)?.related).toEqual([{ skillId: 2, similarity: 0.2, reason: null, source: null }]);
  });

  it('records where every substitute pair of the shipped taxonomy comes from', () => {
    for (const skill of taxonomy.all()) {
      for (const rel of taxonomy.related(skill.id)) expect(rel.source).not.toBeNull();
    }
  });
});

describe('Taxonomy.fromDefs', () => {
  it('keeps skills in id order and finds them by id', () => {
    const small = Taxonomy.fromDefs('v1', [def(3, 'c'), def(1, 'a'), def(2, 'b')]);
    expect(small.version).toBe('v1');
    expect(small.all().map((s) => s.id)).toEqual([1, 2, 3]);
    expect(small.byId(2)?.slug).toBe('b');
    expect(small.byId(2)).toMatchObject({ kind: 'TECHNICAL', source: null });
    expect(small.byId(9)).toBeUndefined();
    expect(small.ancestors(9).size).toBe(0);
  });

  it.each([
    ['a duplicate id', [def(1, 'a'), def(1, 'b')], /duplicate skill id 1/],
    ['a duplicate slug', [def(1, 'a'), def(2, 'a', { name: 'Other' })], /duplicate slug "a"/],
    ['a shared alias', [def(1, 'a', { aliases: ['Same'] }), def(2, 'b', { aliases: ['same'] })], /collides .* "a"/],
    ['an unknown broader id', [def(1, 'a', { broader: [7] })], /unknown broader id 7/],
    ['a cycle', [def(1, 'a', { broader: [2] }), def(2, 'b', { broader: [1] })], /broader cycle/],
    ['a similarity of 1', [def(1, 'a', { related: [{ skillId: 2, similarity: 1 }] }), def(2, 'b')], /outside \(0, 1\)/],
    ['a self relation', [def(1, 'a', { related: [{ skillId: 1, similarity: 0.5 }] })], /related to itself/],
    ['an unknown kind', [def(1, 'a', { kind: 'HOBBY' as never })], /unknown kind "HOBBY"/],
  ])('rejects %s', (_what, defs, message) => {
    expect(() => Taxonomy.fromDefs('t', defs)).toThrow(message);
  });
});

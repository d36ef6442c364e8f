import { parseTaxonomyFile, taxonomyFromFile } from '../../../src/domain/taxonomy/taxonomy-file';

type RawSkill = Record<string, unknown>;

function skill(slug: string, extra: RawSkill = {}): RawSkill {
  return {
    slug,
    name: slug.replace(/-/g, ' '),
    category: 'LANGUAGE',
    source: 'test',
    aliases: [],
    broader: [],
    related: [],
    ...extra,
  };
}

function file(skills: RawSkill[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: '2026.11.0', sources: ['test'], skills, ...extra };
}

describe('parseTaxonomyFile', () => {
  it('accepts a well-formed file and returns it typed', () => {
    const parsed = parseTaxonomyFile(
      file([
        skill('programming-languages', { name: 'Programming languages' }),
        skill('java', { name: 'Java', aliases: ['Core Java'], broader: ['programming-languages'] }),
        skill('kotlin', {
          name: 'Kotlin',
          broader: ['programming-languages'],
          related: [{ slug: 'java', similarity: 0.6 }],
        }),
      ]),
    );
    expect(parsed.version).toBe('2026.11.0');
    expect(parsed.skills.map((s) => s.slug)).toEqual(['programming-languages', 'java', 'kotlin']);
    expect(parsed.skills[2].related).toEqual([{ slug: 'java', similarity: 0.6, reason: null, source: 'test' }]);
  });

  it('reads kind, source, and the reason and source of a related link', () => {
    const parsed = parseTaxonomyFile(
      file([
        skill('english', { name: 'English', kind: 'SPOKEN_LANGUAGE', source: 'curated' }),
        skill('mysql', { name: 'MySQL', source: 'linguist' }),
        skill('postgresql', {
          name: 'PostgreSQL',
          source: 'onet',
          related: [{ slug: 'mysql', similarity: 0.7, reason: 'Both are SQL servers', source: 'curated' }],
        }),
      ]),
    );
    expect(parsed.skills.map((s) => [s.slug, s.kind, s.source])).toEqual([
      ['english', 'SPOKEN_LANGUAGE', 'curated'],
      ['mysql', 'TECHNICAL', 'linguist'],
      ['postgresql', 'TECHNICAL', 'onet'],
    ]);
    expect(parsed.skills[2].related).toEqual([
      { slug: 'mysql', similarity: 0.7, reason: 'Both are SQL servers', source: 'curated' },
    ]);
    const taxonomy = taxonomyFromFile(parsed);
    expect(taxonomy.byId(1)).toMatchObject({ kind: 'SPOKEN_LANGUAGE', source: 'curated' });
    expect(taxonomy.related(2)).toEqual([
      { skillId: 3, similarity: 0.7, reason: 'Both are SQL servers', source: 'curated' },
    ]);
  });

  it('defaults missing aliases, broader, related and sources to empty, and kind to TECHNICAL', () => {
    const parsed = parseTaxonomyFile({
      version: '1',
      skills: [{ slug: 'go', name: 'Go', category: 'LANGUAGE', source: 'linguist' }],
    });
    expect(parsed.sources).toEqual([]);
    expect(parsed.skills[0]).toEqual({
      slug: 'go',
      name: 'Go',
      category: 'LANGUAGE',
      kind: 'TECHNICAL',
      source: 'linguist',
      aliases: [],
      broader: [],
      related: [],
    });
  });

  it.each<[string, unknown, RegExp]>([
    ['a non-object', [], /taxonomy file must be an object/],
    ['a missing version', { skills: [] }, /version must be a non-empty string/],
    ['skills that are not an array', { version: '1', skills: {} }, /skills must be an array/],
    ['an unknown top-level key', file([], { skill: [] }), /unknown key "skill"/],
    [
      'a skill without a name',
      file([{ slug: 'go', category: 'LANGUAGE', source: 'test' }]),
      /skills\[0\] \("go"\)\.name must be a non-empty string/,
    ],
    [
      'a skill without a source',
      file([{ slug: 'go', name: 'Go', category: 'LANGUAGE' }]),
      /skills\[0\] \("go"\)\.source must be a non-empty string/,
    ],
    ['an unknown kind', file([skill('go', { kind: 'HOBBY' })]), /"go"\): unknown kind "HOBBY"/],
    [
      'a misspelled related key',
      file([skill('a'), skill('b', { related: [{ slug: 'a', similarity: 0.5, reasons: 'x' }] })]),
      /related\[0\]: unknown key "reasons"/,
    ],
    ['a misspelled skill key', file([skill('go', { broder: [] })]), /"go"\): unknown key "broder"/],
    ['a bad slug', file([skill('Go Lang')]), /slug "Go Lang" must be lower-case words joined by hyphens/],
    [
      'a duplicate slug',
      file([skill('go'), skill('java'), skill('go', { name: 'Golang' })]),
      /skills\[2\]: duplicate slug "go" \(first at skills\[0\]\)/,
    ],
    [
      'a duplicate alias across skills',
      file([
        skill('go', { name: 'Go', aliases: ['Golang'] }),
        skill('golang-tools', { name: 'Go tools', aliases: ['golang'] }),
      ]),
      /duplicate alias "golang" of "golang-tools" is already a name or alias of "go"/,
    ],
    [
      "an alias equal to another skill's name",
      file([skill('java', { name: 'Java' }), skill('javascript', { name: 'JavaScript', aliases: ['JAVA'] })]),
      /duplicate alias "JAVA" of "javascript" is already a name or alias of "java"/,
    ],
    [
      'an alias repeated in one skill',
      file([skill('go', { name: 'Go', aliases: ['Golang', 'golang'] })]),
      /skill "go" lists "golang" twice/,
    ],
    [
      'an unknown broader slug',
      file([skill('docker', { broader: ['containers'] })]),
      /skill "docker" has unknown broader slug "containers"/,
    ],
    [
      'an unknown related slug',
      file([skill('kotlin', { related: [{ slug: 'jvm', similarity: 0.5 }] })]),
      /skill "kotlin" has unknown related slug "jvm"/,
    ],
    [
      'a similarity of 0',
      file([skill('a'), skill('b', { related: [{ slug: 'a', similarity: 0 }] })]),
      /related "a" similarity 0 is outside \(0, 1\)/,
    ],
    [
      'a similarity of 1',
      file([skill('a'), skill('b', { related: [{ slug: 'a', similarity: 1 }] })]),
      /similarity 1 is outside \(0, 1\)/,
    ],
    [
      'a similarity above 1',
      file([skill('a'), skill('b', { related: [{ slug: 'a', similarity: 1.5 }] })]),
      /similarity 1.5 is outside \(0, 1\)/,
    ],
    [
      'a similarity given as text',
      file([skill('a'), skill('b', { related: [{ slug: 'a', similarity: '0.5' }] })]),
      /similarity 0.5 is outside \(0, 1\)/,
    ],
    ['an unknown category', file([skill('go', { category: 'LANG' })]), /"go"\): unknown category "LANG"/],
    ['a self-broader skill', file([skill('a', { broader: ['a'] })]), /skill "a" lists itself as broader \(cycle\)/],
    [
      'a broader cycle',
      file([skill('a', { broader: ['c'] }), skill('b', { broader: ['a'] }), skill('c', { broader: ['b'] })]),
      /broader cycle a -> c -> b -> a/,
    ],
    [
      'a related self link',
      file([skill('a', { related: [{ slug: 'a', similarity: 0.5 }] })]),
      /skill "a" lists itself as related/,
    ],
    [
      'a related pair declared twice with different similarities',
      file([
        skill('a', { related: [{ slug: 'b', similarity: 0.5 }] }),
        skill('b', { related: [{ slug: 'a', similarity: 0.6 }] }),
      ]),
      /related pair a ~ b is declared twice with similarities 0.5 and 0.6/,
    ],
  ])('rejects %s with a message that names it', (_what, json, message) => {
    expect(() => parseTaxonomyFile(json)).toThrow(message);
  });
});

describe('taxonomyFromFile', () => {
  it('numbers skills 1..n in file order and turns slugs into ids', () => {
    const taxonomy = taxonomyFromFile(
      parseTaxonomyFile(
        file([
          skill('programming-languages', { name: 'Programming languages' }),
          skill('kotlin', {
            name: 'Kotlin',
            broader: ['programming-languages'],
            related: [{ slug: 'java', similarity: 0.6 }],
          }),
          skill('java', { name: 'Java', broader: ['programming-languages'] }),
        ]),
      ),
    );
    expect(taxonomy.version).toBe('2026.11.0');
    expect(taxonomy.all().map((s) => [s.id, s.slug])).toEqual([
      [1, 'programming-languages'],
      [2, 'kotlin'],
      [3, 'java'],
    ]);
    expect(taxonomy.byId(2)?.broader).toEqual([1]);
    expect(taxonomy.related(3)).toEqual([{ skillId: 2, similarity: 0.6, reason: null, source: 'test' }]);
    expect(taxonomy.resolve('kotlin')?.id).toBe(2);
  });
});

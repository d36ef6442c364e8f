import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTaxonomy, type CuratedOverlay } from '../../scripts/taxonomy/build-taxonomy';
import { importTaxonomy } from '../../scripts/taxonomy/import-taxonomy';
import { type ImportRules, onetSpellings, type SourceRecord } from '../../scripts/taxonomy/source-records';
import { idOf, realTaxonomy, slugOf } from '../domain/taxonomy/load-taxonomy';

const { file, taxonomy } = realTaxonomy();
const ancestorsOf = (slug: string): string[] =>
  [...taxonomy.ancestors(idOf(slug))].map((id) => taxonomy.byId(id)!.slug).sort();

describe('the taxonomy import (scripts/taxonomy/import-taxonomy.ts)', () => {
  it('makes exactly the shipped data/taxonomy.json from the committed sources', () => {
    const shipped = readFileSync(join(__dirname, '..', '..', 'data', 'taxonomy.json'), 'utf8');
    expect(importTaxonomy()).toBe(shipped);
  });

  it('holds at least 2,000 technical skills, and every skill and substitute names a listed source', () => {
    const technical = file.skills.filter((s) => s.kind === 'TECHNICAL');
    expect(technical.length).toBeGreaterThanOrEqual(2000);
    const listed = new Set(file.sources.map((source) => source.split(':')[0]));
    for (const source of ['skillmatch-curated', 'github-linguist', 'onet-29.2', 'esco-1.2.0']) {
      expect(file.skills.some((s) => s.source === source)).toBe(true);
    }
    for (const skill of file.skills) {
      expect(listed).toContain(skill.source);
      for (const rel of skill.related) {
        expect(listed).toContain(rel.source);
        expect(rel.reason).toEqual(expect.stringMatching(/\S/));
      }
    }
  });

  it('keeps the traps apart and the curated slugs stable', () => {
    const names = ['C', 'C++', 'C#', 'Java', 'JavaScript', 'Go', 'golang', 'R', '.NET', 'Node', 'Node.js', 'TypeScript'];
    expect(names.map(slugOf)).toEqual([
      'c',
      'cpp',
      'csharp',
      'java',
      'javascript',
      'go',
      'go',
      'r',
      'dotnet',
      'nodejs',
      'nodejs',
      'typescript',
    ]);
    for (const name of names) expect(taxonomy.resolve(name)?.source).toBe('skillmatch-curated');
    // Linguist lists "node" under JavaScript and "inc" under PHP; O*NET's EDA is electronic design automation.
    expect(slugOf('inc')).toBeUndefined();
    // Linguist's "apples" (for AppleScript) is a plural noun whose singular is the employer Apple.
    expect(slugOf('apples')).toBeUndefined();
    expect(slugOf('apple')).toBeUndefined();
    expect(slugOf('osascript')).toBe('applescript');
    // Linguist's "coffee" (for CoffeeScript) is the drink ("Making coffee and baking cookies").
    expect(slugOf('coffee')).toBeUndefined();
    expect(slugOf('coffee-script')).toBe('coffeescript');
    expect(slugOf('EDA')).toBe('event-driven-architecture');
    expect(taxonomy.resolve('Oracle Java')?.slug).toBe('java');
  });

  it('knows the skills real profiles named that the hand-made list did not', () => {
    const names = [
      'ZFS',
      'iptables',
      'firewalld',
      'Struts',
      'WordPress',
      'SAP',
      'SCCM',
      'Jamf',
      'Intune',
      'Elastic Load Balancing',
      'Great Expectations',
      'CISSP',
      'SSRS',
      'Crystal Reports',
      'Drupal',
      'Spring Security',
      'Lombok',
      'AJAX',
      'MVC',
      'Material UI',
      'RxJS',
      'AOP',
      'Nmap',
      'Doxygen',
      'Haskell',
    ];
    const unknown = names.filter((name) => taxonomy.resolve(name)?.kind !== 'TECHNICAL');
    expect(unknown).toEqual([]);
    // ESCO's "System backup best practice" as résumés write it: "Performed mission-critical system backups".
    expect(slugOf('system backups')).toBe('system-backup-best-practice');
  });

  it('knows the design, research, marketing, recruiting and office skills real postings ask for', () => {
    const kinds = (names: string[]): Record<string, string | undefined> =>
      Object.fromEntries(names.map((n) => [n, taxonomy.resolve(n)?.kind]));
    const technical = [
      'Design systems',
      'Usability testing',
      'User research',
      'Prototyping',
      'Interaction design',
      'Customer journey mapping',
      'User-centred design',
      'Content marketing',
      'Email marketing',
      'Technical recruiting',
      'Full-cycle recruiting',
      'Account management',
      'Customer support',
      'Change management',
      'Trello',
      'G Suite',
      'Terragrunt',
      'OpenSSL',
      'PLC programming',
      'FAIR principles',
      'GPU computing',
    ];
    expect(kinds(technical)).toEqual(Object.fromEntries(technical.map((n) => [n, 'TECHNICAL'])));
    // A profile's skill list cannot show these: not-assessable groups, like communication.
    const soft = ['Team management', 'People management', 'Presentation skills', 'Public speaking'];
    expect(kinds(soft)).toEqual(Object.fromEntries(soft.map((n) => [n, 'SOFT_SKILL'])));
    expect(ancestorsOf('usability-testing')).toContain('user-research');
    expect(ancestorsOf('technical-recruiting')).toContain('recruiting');
  });

  it('gives soft skills, spoken languages and CV headings their own kinds', () => {
    const kinds = (names: string[]): (string | undefined)[] => names.map((n) => taxonomy.resolve(n)?.kind);
    expect(kinds(['English', 'Russian', 'Hebrew', 'Spanish'])).toEqual(Array(4).fill('SPOKEN_LANGUAGE'));
    expect(kinds(['Communication skills', 'Teamwork', 'Ability to learn', 'Work in teams'])).toEqual(
      Array(4).fill('SOFT_SKILL'),
    );
    expect(kinds(['Tools', 'Technical skills', 'Frameworks', 'Technologies'])).toEqual(Array(4).fill('SECTION_WORD'));
  });

  it('makes concrete skills evidence for the broader concepts above them', () => {
    expect(ancestorsOf('postgresql')).toEqual(expect.arrayContaining(['relational-databases', 'databases']));
    expect(ancestorsOf('linux')).toEqual(expect.arrayContaining(['operating-systems', 'servers']));
    expect(ancestorsOf('aws')).toEqual(expect.arrayContaining(['cloud-computing', 'managed-services', 'internet-services']));
    expect(ancestorsOf('rest')).toContain('apis');
    expect(ancestorsOf('docker')).toContain('container-technologies');
    expect(ancestorsOf('django')).toContain('python');
  });

  it('no longer lets a token format stand for identity management or HTTP for network engineering', () => {
    expect(ancestorsOf('jwt')).not.toContain('identity-and-access-management');
    expect(ancestorsOf('http')).not.toContain('networking');
    expect(ancestorsOf('http')).not.toContain('networking-protocols');
  });

  it('keeps RELATED for substitutes, each with a similarity and a reason', () => {
    const link = (a: string, b: string) => taxonomy.related(idOf(a)).find((r) => r.skillId === idOf(b));
    for (const [a, b] of [
      ['mysql', 'postgresql'],
      ['gitlab-ci', 'jenkins'],
      ['podman', 'docker'],
    ]) {
      expect(link(a, b)).toEqual(expect.objectContaining({ similarity: expect.any(Number), reason: expect.any(String) }));
    }
    // Not substitutes: a broader concept, a framework of the language, a different kind of thing.
    expect(link('servers', 'linux')).toBeUndefined();
    expect(link('react', 'javascript')).toBeUndefined();
    expect(link('http', 'tcp-ip')).toBeUndefined();
    for (const skill of taxonomy.all()) {
      for (const rel of skill.related) expect(taxonomy.ancestors(skill.id).has(rel.skillId)).toBe(false);
    }
  });
});

describe('onetSpellings', () => {
  const rules = { vendorPrefixes: ['Apache', 'Microsoft', 'Oracle'], neverDerive: ['project'] };
  const tags = new Map([['struts', 5000]]);

  it('drops "software" and a trailing acronym from the name and keeps both as spellings', () => {
    expect(onetSpellings('Microsoft SQL Server Reporting Services SSRS software', rules, tags)).toEqual({
      name: 'Microsoft SQL Server Reporting Services',
      spellings: ['Microsoft SQL Server Reporting Services SSRS software', 'SSRS', 'SQL Server Reporting Services'],
      acronym: 'SSRS',
    });
  });

  it('never keeps an acronym of three letters or fewer on its own (SAN is also a word)', () => {
    expect(onetSpellings('Storage area network SAN software', rules, tags).spellings).toEqual([
      'Storage area network SAN software',
    ]);
  });

  it('strips the vendor only when the rest cannot be an ordinary word', () => {
    expect(onetSpellings('Apache Struts', rules, tags)).toMatchObject({ name: 'Apache Struts', spellings: ['Struts'] });
    expect(onetSpellings('Microsoft Project', rules, tags).spellings).toEqual([]);
    expect(onetSpellings('Oracle Essbase', rules, new Map()).spellings).toEqual([]);
  });
});

describe('buildTaxonomy', () => {
  const rules: ImportRules = {
    version: 't1',
    sources: { 'skillmatch-curated': 'curated', src: 'a source' },
    linguistMinQuestions: 0,
    onetCommodities: {},
    onetOtherCommodities: { category: 'OTHER', broader: [] },
    escoGroups: {},
    vendorPrefixes: [],
    neverDerive: [],
    skipNames: ['Max'],
  };
  const overlay: CuratedOverlay = {
    skills: [
      {
        slug: 'programming-languages',
        name: 'Programming languages',
        category: 'LANGUAGE',
        aliases: [],
        broader: [],
        related: [],
      },
      { slug: 'javascript', name: 'JavaScript', category: 'LANGUAGE', aliases: ['JS'], broader: [], related: [] },
      { slug: 'nodejs', name: 'Node.js', category: 'FRAMEWORK', aliases: ['Node'], broader: [], related: [] },
    ],
    patches: {},
  };
  const record = (name: string, extra: Partial<SourceRecord> = {}): SourceRecord => ({
    name,
    spellings: [],
    matchSpellings: [],
    category: 'LANGUAGE',
    kind: 'TECHNICAL',
    broader: ['programming-languages'],
    source: 'src',
    lendSpellings: true,
    ...extra,
  });

  it('lets curated skills own their spellings: a source adds only free spellings to them', () => {
    const built = buildTaxonomy(
      overlay,
      rules,
      [record('JavaScript', { spellings: ['node', 'ECMAScript'] }), record('Elixir', { spellings: ['ex', 'JS'] })],
      new Map(),
    );
    const bySlug = new Map(built.skills.map((s) => [s.slug, s]));
    expect(bySlug.get('javascript')?.aliases).toEqual(['JS', 'ECMAScript']);
    expect(bySlug.get('nodejs')?.aliases).toEqual(['Node']);
    expect(bySlug.get('elixir')).toEqual({
      slug: 'elixir',
      name: 'Elixir',
      category: 'LANGUAGE',
      kind: 'TECHNICAL',
      source: 'src',
      aliases: ['ex'],
      broader: ['programming-languages'],
      related: [],
    });
  });

  it('skips ordinary words, applies patches last and is deterministic', () => {
    const inputs = [record('Max'), record('Haxe')] as const;
    const patched: CuratedOverlay = { ...overlay, patches: { haxe: { kind: 'TECHNICAL', addAliases: ['HaxeLang'] } } };
    const once = buildTaxonomy(patched, rules, inputs, new Map());
    expect(once.skills.map((s) => s.slug)).toEqual(['programming-languages', 'javascript', 'nodejs', 'haxe']);
    expect(once.skills[3].aliases).toEqual(['HaxeLang']);
    expect(buildTaxonomy(patched, rules, inputs, new Map())).toEqual(once);
    expect(once.sources).toEqual(['skillmatch-curated: curated', 'src: a source']);
  });

  it('adds the hyphenated Stack Overflow tag of a known name', () => {
    const built = buildTaxonomy(overlay, rules, [record('Spring Security')], new Map([['spring-security', 900]]));
    expect(built.skills.find((s) => s.slug === 'spring-security')?.aliases).toEqual(['spring-security']);
  });
});

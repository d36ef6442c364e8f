import { Taxonomy, type SkillDefInput } from '../../../src/domain/taxonomy/taxonomy';
import { realTaxonomy, slugOf } from './load-taxonomy';

const { taxonomy } = realTaxonomy();

function def(id: number, slug: string, extra: Partial<SkillDefInput> = {}): SkillDefInput {
  return { id, slug, name: slug.toUpperCase(), category: 'OTHER', aliases: [], broader: [], related: [], ...extra };
}

describe('Taxonomy.resolve', () => {
  it.each([
    ['golang', 'go'],
    ['GoLang', 'go'],
    ['Go', 'go'],
    ['k8s', 'kubernetes'],
    ['K8S', 'kubernetes'],
    ['RESTful APIs', 'rest'],
    ['REST APIs', 'rest'],
    ['rest api', 'rest'],
    ['Postgres', 'postgresql'],
    ['postgresql', 'postgresql'],
    ['GCP', 'google-cloud'],
    ['Google Cloud', 'google-cloud'],
    ['google cloud platform', 'google-cloud'],
    ['Amazon Web Services', 'aws'],
    ['Infrastructure as a Service', 'iaas'],
  ])('resolves %j to %s by name or alias, ignoring case', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });

  it('keeps C, C++, C#, .NET, Go, R, Java, JavaScript and Node.js apart', () => {
    const names = ['C', 'C++', 'C#', '.NET', 'Go', 'R', 'Java', 'JavaScript', 'Node.js'];
    const slugs = names.map(slugOf);
    expect(slugs).toEqual(['c', 'cpp', 'csharp', 'dotnet', 'go', 'r', 'java', 'javascript', 'nodejs']);
    expect(new Set(slugs).size).toBe(names.length);
  });

  it.each([
    ['c++', 'cpp'],
    ['c#', 'csharp'],
    ['F#', 'fsharp'],
    ['c', 'c'],
    ['r', 'r'],
    ['Node', 'nodejs'],
    ['NodeJS', 'nodejs'],
    ['node.js', 'nodejs'],
    ['dotnet', 'dotnet'],
    ['ASP.NET', 'asp-net'],
    ['VB.NET', 'vb-net'],
    ['Java Script', 'javascript'],
    ['TypeScript', 'typescript'],
  ])('resolves the look-alike %j to %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });

  it('does not drop the characters that make a skill distinct', () => {
    expect(slugOf('NET')).toBeUndefined();
    expect(slugOf('C ++')).toBeUndefined();
    expect(slugOf('Node.j')).toBeUndefined();
  });

  it.each([
    ['"Python",', 'python'],
    ['(Docker)', 'docker'],
    ['Java.', 'java'],
    ['C#.', 'csharp'],
    ['.NET,', 'dotnet'],
    ['C++;', 'cpp'],
    ['  Spring   Boot ', 'spring-boot'],
    ['\u201CKubernetes\u201D', 'kubernetes'],
    ['\uFF2A\uFF41\uFF56\uFF41', 'java'],
    ['CI / CD', 'ci-cd'],
    ['• Git', 'git'],
  ])('ignores surrounding quotes, brackets, bullets, punctuation, width and spacing: %j', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });

  it.each([
    ['Database', 'databases'],
    ['NoSQL database', 'nosql-databases'],
    ['Design pattern', 'design-patterns'],
    ['Algorithm', 'algorithms'],
    ['Operating system', 'operating-systems'],
    ['Dockers', 'docker'],
    ['Container technology', 'container-technologies'],
  ])('falls back to the singular or plural: %j -> %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });

  it('never guesses: typos, short plurals and unknown names do not resolve', () => {
    for (const name of [
      'Pyhton',
      'Kubernets',
      'Javascrpt',
      'Cs',
      'Rs',
      'Gos',
      'Quantum basket weaving',
      '',
      '   ',
      '!!!',
    ]) {
      expect(taxonomy.resolve(name)).toBeUndefined();
    }
  });

  it('prefers a name over an alias spelled the same way in another skill', () => {
    const small = Taxonomy.fromDefs('t', [
      def(1, 'alpha', { name: 'Alpha' }),
      def(2, 'beta', { name: 'Beta', aliases: ['Alphas'] }),
    ]);
    expect(small.resolve('alpha')?.slug).toBe('alpha');
    expect(small.resolve('alphas')?.slug).toBe('beta');
  });
});

describe('Taxonomy.suggest', () => {
  it.each([
    ['Pyhton', 'python'],
    ['Kubernets', 'kubernetes'],
    ['postgress', 'postgresql'],
    ['Javascrpt', 'javascript'],
    ['Terraform', 'terraform'],
    ['Jenkns', 'jenkins'],
    ['Kube', 'kubernetes'],
  ])('ranks the closest skill first for %j', (name, slug) => {
    expect(taxonomy.suggest(name)[0]?.slug).toBe(slug);
  });

  it.each([
    ['CISSP', 'continuous-integration'],
    ['ZFS', 'z-os'],
    ['zfs', 'z-os'],
    ['Google Analytics', 'go'],
    ['Google Optimize', 'go'],
    ['MVC', 'z-os'],
    ['mvc', 'z-os'],
    ['AOP', 'android'],
    ['CISM', 'continuous-integration'],
  ])('never suggests an unrelated skill that merely looks alike: %j is not %s', (name, slug) => {
    expect(taxonomy.suggest(name).map((s) => s.slug)).not.toContain(slug);
  });

  it('suggests nothing but itself for an acronym, and keeps abbreviations and dropped letters', () => {
    expect(taxonomy.suggest('CISSP').map((s) => s.slug)).toEqual(['cissp']);
    expect(taxonomy.suggest('QZXW')).toEqual([]);
    expect(taxonomy.suggest('Jva').map((s) => s.slug)).toContain('java');
    expect(taxonomy.suggest('Kube')[0]?.slug).toBe('kubernetes');
    expect(taxonomy.suggest('Postgre SQL')[0]?.slug).toBe('postgresql');
  });

  it('counts a prefix only at a word boundary when it is short', () => {
    const small = Taxonomy.fromDefs('t', [
      def(1, 'go', { name: 'Go' }),
      def(2, 'ci-cd', { name: 'CI/CD' }),
      def(3, 'react', { name: 'React' }),
    ]);
    expect(small.suggest('Gopher tools')).toEqual([]);
    expect(small.suggest('ci/cd pipelines').map((s) => s.slug)).toEqual(['ci-cd']);
    expect(small.suggest('React Nativ').map((s) => s.slug)).toEqual(['react']);
  });

  it('returns nothing for a name nowhere near a skill, and honours the limit', () => {
    expect(taxonomy.suggest('xqzzvwk')).toEqual([]);
    expect(taxonomy.suggest('Java', 2)).toHaveLength(2);
    expect(taxonomy.suggest('Java', 0)).toEqual([]);
  });

  it('breaks ties by name, deterministically', () => {
    const small = Taxonomy.fromDefs('t', [
      def(1, 'zeta', { name: 'Alphz' }),
      def(2, 'beta', { name: 'Alphb' }),
      def(3, 'gamma', { name: 'Alphy' }),
    ]);
    const names = small.suggest('Alphx').map((s) => s.name);
    expect(names).toEqual(['Alphb', 'Alphy', 'Alphz']);
    expect(small.suggest('Alphx').map((s) => s.name)).toEqual(names);
  });

  it('counts an adjacent swap as one edit', () => {
    const small = Taxonomy.fromDefs('t', [
      def(1, 'python', { name: 'Python' }),
      def(2, 'pytorch', { name: 'PyTorch' }),
    ]);
    expect(small.suggest('Pyhton').map((s) => s.slug)).toEqual(['python']);
  });
});

import { findCycle } from '../../../src/domain/taxonomy/graph-cycle';
import { normalizeSkillName, numberVariants } from '../../../src/domain/taxonomy/skill-name';
import { commonPrefixLength, damerauLevenshtein } from '../../../src/domain/taxonomy/string-distance';

describe('normalizeSkillName', () => {
  it.each([
    ['  Node.js  ', 'node.js'],
    ['C++,', 'c++'],
    ['"C#"', 'c#'],
    ['.NET.', '.net'],
    ['(Go)', 'go'],
    ['- Python', 'python'],
    ['CI / CD', 'ci/cd'],
    ['Spring\u00a0\u00a0Boot', 'spring boot'],
    ['Front\u2013end', 'front-end'],
    ['\uFF23\uFF0B\uFF0B', 'c++'],
  ])('%j -> %j', (raw, key) => {
    expect(normalizeSkillName(raw)).toBe(key);
  });

  it('keeps look-alike names apart', () => {
    const keys = ['C', 'C++', 'C#', '.NET', 'NET', 'Node', 'Node.js'].map(normalizeSkillName);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('numberVariants', () => {
  it('gives the singular of a plural and the plural of a singular', () => {
    expect(numberVariants('databases')).toContain('database');
    expect(numberVariants('rest apis')).toContain('rest api');
    expect(numberVariants('technologies')).toContain('technology');
    expect(numberVariants('technology')).toContain('technologies');
    expect(numberVariants('database')).toContain('databases');
  });

  it('leaves short words, double-s endings and symbols alone', () => {
    expect(numberVariants('go')).toEqual([]);
    expect(numberVariants('cs')).toEqual([]);
    expect(numberVariants('gos')).toEqual([]);
    expect(numberVariants('sass')).toEqual([]);
    expect(numberVariants('c++')).toEqual([]);
  });
});

describe('damerauLevenshtein', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['python', 'pyhton', 1],
    ['kubernetes', 'kubernets', 1],
    ['ca', 'abc', 3],
  ])('%j vs %j = %d', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
  });

  it('measures common prefixes', () => {
    expect(commonPrefixLength('postgres', 'postgresql')).toBe(8);
    expect(commonPrefixLength('java', 'kotlin')).toBe(0);
  });
});

describe('findCycle', () => {
  it('returns null for an acyclic graph and the closing path for a cyclic one', () => {
    const dag = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', []],
    ]);
    expect(findCycle([...dag.keys()], (n) => dag.get(n) ?? [])).toBeNull();
    const loop = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(findCycle([...loop.keys()], (n) => loop.get(n) ?? [])).toEqual(['a', 'b', 'c', 'a']);
  });

  it('copes with a very long chain without recursion', () => {
    const n = 100000;
    const nodes = Array.from({ length: n }, (_, i) => i);
    expect(findCycle(nodes, (i) => (i + 1 < n ? [i + 1] : []))).toBeNull();
    expect(findCycle(nodes, (i) => [(i + 1) % n])).toHaveLength(n + 1);
  });
});

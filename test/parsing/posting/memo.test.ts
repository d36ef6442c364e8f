import { memoized } from '../../../src/parsing/posting/memo';

describe('memoized', () => {
  it('computes each key once while it is remembered, null answers included, and stays bounded', () => {
    let calls = 0;
    const f = memoized((key: string) => {
      calls++;
      return key === 'none' ? null : key.length;
    });
    expect([f('abc'), f('abc'), f('none'), f('none')]).toEqual([3, 3, null, null]);
    expect(calls).toBe(2);
    for (let i = 0; i < 5000; i++) expect(f(`k${i}`)).toBe(`k${i}`.length);
    expect(f('abc')).toBe(3);
  });
});

import { jsonDepth } from '../../src/http/read-body';

/** The plain character loop the fast version replaced: the reference it must agree with. */
function naiveDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

describe('jsonDepth', () => {
  it('counts nesting of objects and arrays', () => {
    expect(jsonDepth('{}')).toBe(1);
    expect(jsonDepth('{"a":[1,{"b":[[]]}]}')).toBe(5);
    expect(jsonDepth('"plain"')).toBe(0);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepth(JSON.stringify({ q: '[[[{{{' }))).toBe(1);
    expect(jsonDepth(JSON.stringify({ q: 'say \\"[[[" and \\\\' }))).toBe(1);
    expect(jsonDepth(JSON.stringify({ q: 'ends in a backslash \\', r: [[1]] }))).toBe(3);
  });

  it('agrees with a character-by-character scan on random JSON', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pieces = ['"', '\\', '[', ']', '{', '}', 'a', ',', ':', ' ', '\\"', '\\\\'];
    for (let n = 0; n < 2000; n++) {
      const value: unknown[] = [];
      let text = '';
      for (let i = 0; i < 30; i++) text += pieces[Math.floor(next() * pieces.length)];
      value.push(text, { [text]: [text, [text]] });
      const json = JSON.stringify(value);
      expect(jsonDepth(json)).toBe(naiveDepth(json));
      // Malformed text too (a body is checked before it is parsed).
      expect(jsonDepth(text)).toBe(naiveDepth(text));
    }
  });
});

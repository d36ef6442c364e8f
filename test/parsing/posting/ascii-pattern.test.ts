import { patternFor, testPattern } from '../../../src/parsing/posting/ascii-pattern';

const PLUS = /\bis an? (?:plus|asset)\b/iu;

it('finds what the pattern itself finds, in ASCII text and in text only the u flag reads right', () => {
  for (const text of ['Go IS A PLUS', 'Go is aplus', 'Go iſ a plus', 'Go is an aſſet', 'Go 😀 is a plus', 'is a pluſ'])
    expect(testPattern(PLUS, text)).toBe(PLUS.test(text));
  // The long s and the Kelvin sign are letters to \b only under u: the pattern itself runs over them.
  expect(patternFor(PLUS, 'Go iſ a plus')).toBe(PLUS);
  expect(patternFor(PLUS, 'Go is a plus')).not.toBe(PLUS);
});

it('runs a global pattern to the same matches, at the same places', () => {
  const words = /\b(?:[a-z]+ ){0,2}degree\b/giu;
  for (const text of ["a bachelor's degree or a master's degree", 'a ſtrong degree, 😀 degree']) {
    const p = patternFor(words, text);
    expect([...text.matchAll(p)].map((m) => [m.index, m[0]])).toEqual(
      [...text.matchAll(words)].map((m) => [m.index, m[0]]),
    );
  }
});

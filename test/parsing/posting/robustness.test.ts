import {
  MAX_POSTING_TEXT_BYTES,
  parsePosting,
  parsePostings,
  parsePostingText,
  splitPostings,
} from '../../../src/parsing/posting';
import { mulberry32 } from '../../../src/domain/synthetic/prng';
import { fixture, taxonomy } from './helpers';

function expectWellFormed(text: string): void {
  const started = Date.now();
  const { posting, warnings } = parsePosting(text, taxonomy());
  expect(Date.now() - started).toBeLessThan(5000);
  expect(typeof posting.title).toBe('string');
  expect(Array.isArray(posting.requirements)).toBe(true);
  for (const g of posting.requirements) {
    expect(g.skills.length).toBeGreaterThan(0);
    expect(g.minMatches).toBeGreaterThanOrEqual(1);
    expect(g.minMatches).toBeLessThanOrEqual(g.skills.length);
    expect(g.minMonths === null || (Number.isInteger(g.minMonths) && g.minMonths > 0)).toBe(true);
    for (const s of g.skills) expect(taxonomy().resolve(s)?.name).toBe(s);
  }
  for (const w of warnings) {
    expect(typeof w.code).toBe('string');
    expect(w.at.length).toBeLessThanOrEqual(200);
  }
  expect(warnings.map((w) => w.code)).not.toContain('INTERNAL_ERROR');
}

describe('never throws', () => {
  it('on the empty string and blank text: an empty posting with warnings', () => {
    for (const text of ['', '   \n\t\n  ', '\u200b\ufeff']) {
      const { posting, warnings } = parsePosting(text, taxonomy());
      expect(posting).toMatchObject({ title: '', requirements: [], education: null, locations: [] });
      expect(warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['NO_TITLE', 'NO_REQUIREMENTS']));
    }
    expect(splitPostings('')).toEqual([]);
  });

  it('on HTML with no text', () => {
    const { posting, warnings } = parsePosting(
      '<div><p></p><ul><li></li></ul><br/><script>var x = "<li>Python</li>";</script></div>',
      taxonomy(),
    );
    expect(posting.requirements).toEqual([]);
    expect(warnings.map((w) => w.code)).toContain('NO_REQUIREMENTS');
  });

  it('on values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['Python']]) {
      expect(parsePosting(value as unknown as string, taxonomy()).posting.requirements).toEqual([]);
      expect(splitPostings(value as unknown as string)).toEqual([]);
    }
  });

  it('on random bytes decoded every which way', () => {
    const next = mulberry32(20260101);
    for (let round = 0; round < 60; round++) {
      const bytes = Buffer.from(Array.from({ length: 50 + Math.floor(next() * 3000) }, () => Math.floor(next() * 256)));
      expectWellFormed(bytes.toString('utf8'));
      expectWellFormed(bytes.toString('latin1'));
    }
  });

  it('on random code points, lone surrogates and private-use markers', () => {
    const next = mulberry32(7);
    for (let round = 0; round < 40; round++) {
      let text = '';
      for (let i = 0; i < 2000; i++) {
        const pick = next();
        text +=
          pick < 0.1
            ? String.fromCharCode(0xd800 + Math.floor(next() * 0x800))
            : pick < 0.15
              ? '\ue000\ue001\ue002'
              : String.fromCodePoint(Math.floor(next() * 0x2ffff) % 0x10ffff);
      }
      expectWellFormed(text);
    }
  });

  it('on shuffled fragments of real postings', () => {
    const next = mulberry32(99);
    const words = [
      fixture('seed-ibm-backend-intern-2026'),
      fixture('html-paste'),
      fixture('linkedin-mojibake'),
      fixture('startup-markdown'),
    ]
      .join('\n')
      .split(/(\s+)/u);
    for (let round = 0; round < 12; round++) {
      const text = Array.from({ length: 600 }, () => words[Math.floor(next() * words.length)]).join('');
      expectWellFormed(text);
    }
  });

  it.each([
    ['one huge line', 'a'.repeat(150_000)],
    ['huge repeated posting', fixture('seed-ibm-backend-intern-2026').repeat(40)],
    ['many tiny lines', 'Python\n'.repeat(30_000)],
    ['many list separators', 'C , '.repeat(30_000)],
    ['nested brackets', '('.repeat(20_000) + 'Python' + ')'.repeat(20_000)],
    ['unclosed tags', '<li'.repeat(30_000)],
    ['entities', '&amp;'.repeat(20_000)],
    ['markdown emphasis', '**'.repeat(40_000)],
    ['durations', '1 1 1 1 years '.repeat(6_000)],
    ['headings', 'Requirements:\nPreferred:\n'.repeat(5_000)],
    ['mojibake', 'โ€™ย\u00a0Ã©'.repeat(20_000)],
  ])('on pathological input: %s', (_name, text) => {
    expectWellFormed(text);
  });

  it('reads at most MAX_POSTING_TEXT_BYTES and says so', () => {
    expect(MAX_POSTING_TEXT_BYTES).toBe(100 * 1024);
    const posting = fixture('startup-markdown');
    const big = `${posting}\n${'Lorem ipsum dolor sit amet. '.repeat(5000)}`;
    const parsed = parsePostingText(big, taxonomy());
    expect(parsed.warnings.map((w) => w.code)).toContain('TEXT_TRUNCATED');
    expect(parsed.postings[0].posting.title).toBe('Senior Backend Engineer (Go)');
    expect(parsePostingText(posting, taxonomy()).warnings.map((w) => w.code)).not.toContain('TEXT_TRUNCATED');
  });

  it('is deterministic', () => {
    const text = fixture('two-postings-in-one');
    expect(parsePostings(text, taxonomy())).toEqual(parsePostings(text, taxonomy()));
  });
});

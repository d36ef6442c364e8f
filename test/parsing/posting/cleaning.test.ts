import { parsePosting } from '../../../src/parsing/posting';
import { cleanPostingText } from '../../../src/parsing/posting/clean-text';
import { decodeEntities } from '../../../src/parsing/posting/entities';
import { joinWrappedLines, toLines } from '../../../src/parsing/posting/lines';
import { stripHtml, stripMarkdown } from '../../../src/parsing/posting/markup';
import { repairMojibake } from '../../../src/parsing/posting/mojibake';
import { normalizeWhitespace } from '../../../src/parsing/posting/whitespace';
import { fixture, skillsOf, taxonomy } from './helpers';

/** What a UTF-8 text looks like after being decoded with a single-byte code page. */
function garble(text: string, table: (byte: number) => string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (b < 0x80 ? String.fromCharCode(b) : table(b))).join('');
}
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x99: 0x2122,
};
const cp1252 = (b: number): string => String.fromCharCode(CP1252_HIGH[b] ?? b);
// Windows-874 with the cp1252 punctuation in 0x80..0x9F, as the seed shows ("โ€™").
const cp874 = (b: number): string => {
  if (b >= 0xa1 && b <= 0xda) return String.fromCharCode(0x0e01 + b - 0xa1);
  if (b >= 0xdf && b <= 0xfb) return String.fromCharCode(0x0e3f + b - 0xdf);
  return cp1252(b);
};

describe('mojibake repair', () => {
  it.each([
    ['’ apostrophe read as Thai', 'you’ll', cp874],
    ['“ ” quotes read as Thai', '“Backend” role', cp874],
    ['no-break space read as Thai', 'you will:\u00a0', cp874],
    ['é read as cp1252', 'café résumé', cp1252],
    ['’ read as cp1252', 'we’re', cp1252],
    ['• bullet read as cp1252', '• Python', cp1252],
    ['– dash read as cp1252', 'Engineer – Firmware', cp1252],
  ])('%s', (_name, original, table) => {
    const garbled = garble(original, table);
    expect(garbled).not.toBe(original);
    const repaired = repairMojibake(garbled);
    expect(repaired.text).toBe(original);
    expect(repaired.repairs).toBeGreaterThan(0);
  });

  it('reads the seed spellings: "โ€™" as ’, "ย" + no-break space as a space, a lone "โ€" as a closing quote', () => {
    expect(repairMojibake('youโ€™ll').text).toBe('you’ll');
    expect(normalizeWhitespace(repairMojibake('you will:ย\u00a0').text)).toBe('you will: ');
    expect(repairMojibake('the โ€œbestโ€ team').text).toBe('the “best” team');
  });

  it('returns plain ASCII text as it is, with no repair counted', () => {
    const ascii = 'Requirements:\n- Python 3+ years (AWS, C#) & SQL\t~`{}';
    expect(repairMojibake(ascii)).toEqual({ text: ascii, repairs: 0, samples: [] });
  });

  it('undoes double encoding', () => {
    expect(repairMojibake(garble(garble('we’re', cp1252), cp1252)).text).toBe('we’re');
  });

  it('leaves real accented, Thai and other text alone', () => {
    for (const text of [
      'Montréal, Québec',
      'Zürich – Straße',
      'สวัสดีครับ ยินดีต้อนรับ',
      'naïve café © 2025',
      '東京 • 大阪',
      'Price: £50 ± 5%',
    ]) {
      expect(repairMojibake(text)).toEqual({ text, repairs: 0, samples: [] });
    }
  });
});

describe('markup and spacing', () => {
  it('decodes named, decimal and hex entities and leaves bare ampersands alone', () => {
    expect(decodeEntities('R&amp;D &lt;b&gt; &nbsp;x &#39;y&#39; &rsquo; &#x2019; &ndash; AT&T &bogus;')).toBe(
      "R&D <b> \u00a0x 'y' ’ ’ – AT&T &bogus;",
    );
  });

  it('turns HTML lists, headings and breaks into lines and drops other tags and scripts', () => {
    const html =
      '<h2>Requirements</h2><ul><li>Python &amp; Go</li><li>SQL</li></ul><p>Nice<br>to have</p><script>alert(1)</script><span class="x">Kafka</span>';
    const lines = toLines(normalizeWhitespace(stripHtml(html)));
    expect(lines.map((l) => l.text)).toEqual(['Requirements', 'Python & Go', 'SQL', 'Nice', 'to have', 'Kafka']);
    expect(lines[0].marked).toBe(true);
    expect(lines[1].bullet && lines[2].bullet).toBe(true);
  });

  it('unwraps Markdown: headings, bold-only lines, links, emphasis, code, escapes, rules', () => {
    const md =
      '# Title\n**Requirements:**\n- [PostgreSQL](https://postgresql.org) and `Redis`\n- *strong* C\\+\\+\n---\n![logo](x.png)';
    const lines = toLines(normalizeWhitespace(stripMarkdown(md)));
    expect(lines.map((l) => [l.text, l.marked, l.bullet])).toEqual([
      ['Title', true, false],
      ['Requirements:', true, false],
      ['PostgreSQL and Redis', false, true],
      ['strong C++', false, true],
    ]);
  });

  it('reads every bullet style and strips odd spaces', () => {
    const text =
      '• one\n* two\n- three\n· four\n1. five\n2) six\n\u25aa seven\n\u2013 eight\n\u00a0\u2003 nine\u200b\t ten';
    const lines = toLines(normalizeWhitespace(text));
    expect(lines.map((l) => l.text)).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine ten',
    ]);
    expect(lines.slice(0, 8).every((l) => l.bullet)).toBe(true);
    expect(lines[8].bullet).toBe(false);
  });

  it('does not read "1 year" or "-5" as bullets, and splits inline "•" items', () => {
    const lines = toLines('1 year of Go\n-5 degrees\nPython • Go • Rust');
    expect(lines.map((l) => [l.text, l.bullet])).toEqual([
      ['1 year of Go', false],
      ['-5 degrees', false],
      ['Python', false],
      ['Go', true],
      ['Rust', true],
    ]);
  });

  it('puts back the breaks of a one-line paste whose line breaks became runs of spaces', () => {
    const intro =
      'Acme makes travel simple for companies of every size and we are growing our engineering team this year.';
    const text = `${intro} ${intro}   Responsibilities   Build the booking service   Minimum Qualifications   5+ years of backend development with Java   Preferred Qualifications   Experience with Kafka   Benefits   Unlimited holidays`;
    const { posting } = parsePosting(text, taxonomy());
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['Java']));
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(['Apache Kafka']);
    // An ordinary line keeps its spacing for the later collapse.
    expect(cleanPostingText('Python   and   Go   are   used').lines.map((l) => l.text)).toEqual([
      'Python and Go are used',
    ]);
  });

  it('puts the requirements headings of a page shown as one paragraph on lines of their own', () => {
    const intro =
      'Acme makes travel simple for companies of every size and we are growing our engineering team this year.';
    const text = `${(intro + ' ').repeat(8)}Minimum Qualifications Five years of backend development with Java Preferred Qualifications Experience with Kafka Our Tech Stack We run Go and Redis on Google Cloud.`;
    const { posting } = parsePosting(text, taxonomy());
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['Java']));
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(['Apache Kafka']);
  });

  it('joins a line wrapped after a connecting word', () => {
    const lines = joinWrappedLines(
      toLines('Container technologies; Internet Services; and/or\nManaged Services\nNext line.'),
    );
    expect(lines.map((l) => l.text)).toEqual([
      'Container technologies; Internet Services; and/or Managed Services',
      'Next line.',
    ]);
  });

  it('handles CRLF, tabs and &nbsp; in a real paste (fixture)', () => {
    const { posting } = parsePosting(fixture('entities-crlf-embedded'), taxonomy());
    expect(posting.title).toBe('Embedded Software Engineer – Firmware');
    expect(posting.description).not.toMatch(/\r|\t|&nbsp;|&#39;/u);
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['C', 'Microcontrollers']));
  });

  it('repairs a cp1252-garbled LinkedIn paste (fixture) and keeps its bullets', () => {
    const cleaned = cleanPostingText(fixture('linkedin-mojibake'));
    expect(cleaned.warnings.map((w) => w.code)).toContain('MOJIBAKE_REPAIRED');
    expect(cleaned.lines.some((l) => l.text === 'What you’ll bring')).toBe(true);
    expect(cleaned.lines.filter((l) => l.bullet).length).toBeGreaterThanOrEqual(7);
  });
});

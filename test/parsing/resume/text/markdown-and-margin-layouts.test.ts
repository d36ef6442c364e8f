import { parseResumeText, type ResumeTextParse } from '../../../../src/parsing/resume/text';
import { shippedTaxonomy } from '../taxonomies';

/**
 * Résumés written in Markdown (pandoc attributes on headings, quotes, links, emphasis, numbered
 * and definition lists) and layouts that set each heading in a left margin beside its section.
 */

const NOW = new Date('2026-12-01T00:00:00Z');

function parse(text: string): ResumeTextParse {
  return parseResumeText(text, shippedTaxonomy(), { now: NOW });
}

function months(result: ResumeTextParse): Record<string, number | null> {
  return Object.fromEntries(result.skills.map((s) => [s.name, s.months]));
}

describe('a résumé written in Markdown', () => {
  const MARKDOWN = [
    '# Craig Davis',
    '## Senior PHP Developer',
    '',
    '> [craig@example.com](mailto:craig@example.com)  ',
    '> (999) 888-7777',
    '',
    '------',
    '',
    '### Technical {#technical}',
    '',
    '1. CSS',
    '1. Jquery',
    '1. CVS / Subversion',
    '',
    '------',
    '',
    '### Experience {#experience}',
    '',
    'Gizmonic Institute',
    ': *Lead Web Designer*',
    '  __2001-2004__',
    '  Built the **PHP** storefront.',
  ].join('\n');

  it('reads headings with pandoc attributes, and contact fields behind quote and link marks', () => {
    const r = parse(MARKDOWN);
    expect([r.name, r.email, r.phone]).toEqual(['Craig Davis', 'craig@example.com', '(999) 888-7777']);
    expect(months(r)).toMatchObject({ CSS: null, jQuery: null, Subversion: null, PHP: 48 });
    expect(r.work.map((w) => [w.title, w.employer, w.start, w.end])).toEqual([
      ['Lead Web Designer', 'Gizmonic Institute', '2001-01', '2004-12'],
    ]);
  });
});

describe('headings set in a left margin', () => {
  it('opens each section at a heading beside its first line', () => {
    const r = parse(
      [
        'CRAIG DAVIS  craig@example.com',
        'Profile  Web developer building storefronts.',
        'Skills  Web Design  Project Direction',
        'Technical  XHTML  CSS  Javascript',
        'Jquery  PHP  Linux',
        'Experience  Initrode Conglomerated',
        'Lead Web Designer  2001-2004',
        'Built storefronts in PHP.',
      ].join('\n'),
    );
    expect(months(r)).toMatchObject({ CSS: null, JavaScript: null, jQuery: null, Linux: null, PHP: 48 });
    expect(r.work.map((w) => w.title)).toEqual(['Lead Web Designer']);
  });

  it('keeps a group label of a skills list beside its entries, and a lone such row, as no heading', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        'Experience',
        'Developer, Acme  2019 – 2020',
        'Skills',
        'Languages  Python, Go',
        'Tools  Docker, Git',
      ].join('\n'),
    );
    expect(months(r)).toMatchObject({ Python: null, Go: null, Docker: null, Git: null });
    expect(r.spokenLanguages).toEqual([]);
  });
});

describe('a department line under a job title', () => {
  it('reads "Research and Development" as the employer, not a Research section', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        'WORK EXPERIENCE',
        'DevOps engineer  Jan 2015 - Sep 2015',
        'Research and Development',
        '• Ansible modules for the client systems',
      ].join('\n'),
    );
    expect(months(r)).toMatchObject({ Ansible: 9 });
  });
});

describe('words LaTeX hyphenated at the end of a line', () => {
  it('reads a skill split by a hyphenated line break, and keeps a compound its hyphen', () => {
    const r = parse(
      [
        'Jan Roe',
        'jan@example.org',
        'Experience',
        'Systems Analyst  Oct 12 - Sep 13',
        '• Customised the developer wiki with Jenk-',
        'ins and Git integration for a cloud-',
        'native build farm',
      ].join('\n'),
    );
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({
      Jenkins: 12,
      Git: 12,
      'Cloud-native development': 12,
    });
  });
});

describe('letter-spaced text pasted from a PDF viewer', () => {
  it('reads letter-spaced headings and name as words, and one-letter words as they are', () => {
    const r = parse(
      [
        'J A N E  R O E',
        'jane@example.org',
        'E X P E R I E N C E',
        'Backend Developer - Acme  2019 - 2021',
        '• Built the API in Go and C',
        'S K I L L S',
        'Python',
      ].join('\n'),
    );
    expect(r.name).toBe('Jane Roe');
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({
      Go: 36,
      C: 36,
      Python: null,
    });
  });
});

describe('HTML comments in a Markdown source', () => {
  it('reads nothing a comment hides, and keeps the line numbers after it', () => {
    const r = parse(
      [
        '# Ana Ruiz',
        'ana@ruiz.dev',
        '## Skills',
        'Python',
        '<!-- Sample section:',
        'Basic knowledge of C, x86 assembly and Common Lisp -->',
        'Go <!-- and Rust, one day -->',
        '<!-- left open: Kotlin',
      ].join('\n'),
    );
    expect(months(r)).toEqual({ Python: null, Go: null });
    expect(r.skills.find((s) => s.name === 'Go')?.foundAt[0].line).toBe(7);
  });
});

import { parseResumeText, type ResumeTextParse } from '../../../../src/parsing/resume/text';
import { shippedTaxonomy } from '../taxonomies';

/** Jobs as published résumés date them. */

const NOW = new Date('2026-12-01T00:00:00Z');

function parse(text: string): ResumeTextParse {
  return parseResumeText(text, shippedTaxonomy(), { now: NOW });
}

describe('jobs dated by a year alone', () => {
  it('dates a job whose title line ends in one year with that whole year', () => {
    const r = parse(
      [
        'Lucas Teixeira',
        'lucas@example.com',
        'Experience',
        'Software Engineer at Rogue Snail (2019)',
        'Remote position.',
        '• Worked on an existing AWS system (using C#).',
        'Software Engineer at Possible Brasil (2018)',
        '• System based on AngularJS;',
        '• Promoted to Lead Engineer in 2018 after the launch.',
      ].join('\n'),
    );
    expect(r.work.map((w) => [w.title, w.employer, w.start, w.end])).toEqual([
      ['Software Engineer', 'Rogue Snail', '2019-01', '2019-12'],
      ['Software Engineer', 'Possible Brasil', '2018-01', '2018-12'],
    ]);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ AWS: 12, AngularJS: 12 });
  });
});

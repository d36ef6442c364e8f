import { findDateRange } from '../../../../src/parsing/resume/text';
import { parse, months } from './parse-helpers';

describe('a résumé written in French', () => {
  it('reads French month names and open ends as dates', () => {
    const fmt = (d: { year: number; month: number } | null) =>
      d === null ? null : `${d.year}-${String(d.month).padStart(2, '0')}`;
    const read = (t: string) => {
      const r = findDateRange(t)!;
      return [fmt(r.start), fmt(r.end)];
    };
    expect(read('sept. 2017 - juin 2022 (5 ans)')).toEqual(['2017-09', '2022-06']);
    expect(read('août 2015 – juil. 2016')).toEqual(['2015-08', '2016-07']);
    expect(read("janv. 2015 – aujourd'hui")).toEqual(['2015-01', null]);
    expect(read('2015-Atual')).toEqual(['2015-01', null]);
  });

  it('reads a second range after a comma as another spell of the same job', () => {
    const range = findDateRange("2015 - 2017, 2022 - aujourd'hui | Paris")!;
    expect(range.text).toBe("2015 - 2017, 2022 - aujourd'hui");
    expect(range.repeats).toEqual([{ start: { year: 2022, month: 1 }, end: null }]);
    // 2015-2017 is 36 months, January 2022 to November 2026 another 59 (the corpus's today is 2026-12-03).
    const r = parse(
      [
        'Ana Ruiz',
        'ana@ruiz.dev',
        'EXPERIENCE',
        'Freelance | Software Engineer',
        '2015 - 2017, 2022 - Present',
        'Python',
      ].join('\n'),
    );
    expect(months(r).Python).toBe(95);
  });

  it('opens sections at French headings and reads "Master en Informatique"', () => {
    const r = parse(
      [
        'Ana Ruiz',
        'ana@ruiz.dev',
        'EXPÉRIENCE',
        'Acme | Développeuse  sept. 2017 - juin 2022',
        'Node.js',
        'COMPÉTENCES',
        'Terraform',
        'ÉDUCATION',
        'MASTER EN INFORMATIQUE',
        '2013 - 2018',
        'LANGUES',
        'Anglais : courant',
      ].join('\n'),
    );
    expect(months(r)).toMatchObject({ 'Node.js': 58, Terraform: null });
    expect(r.education.map((e) => [e.level, e.field])).toEqual([['MASTER', 'Informatique']]);
  });
});

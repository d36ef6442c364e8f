import { dayNumber, parseResumeDate } from '../../../src/parsing/resume/resume-date';

function span(value: unknown): [string, string] | string {
  const parsed = parseResumeDate(value);
  if (parsed.kind !== 'date') return parsed.kind;
  const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
  return [iso(parsed.span.first), iso(parsed.span.last)];
}

describe('parseResumeDate', () => {
  it('reads ISO dates of every precision as the days they cover', () => {
    expect(span('2019')).toEqual(['2019-01-01', '2019-12-31']);
    expect(span('2019-11')).toEqual(['2019-11-01', '2019-11-30']);
    expect(span('2020-02')).toEqual(['2020-02-01', '2020-02-29']);
    expect(span('2019-11-04')).toEqual(['2019-11-04', '2019-11-04']);
    expect(span('2019-11-04T09:30:00Z')).toEqual(['2019-11-04', '2019-11-04']);
    expect(span(' 2019-3 ')).toEqual(['2019-03-01', '2019-03-31']);
  });

  it('reads the other forms resumes use', () => {
    expect(span('11/2019')).toEqual(['2019-11-01', '2019-11-30']);
    expect(span('Nov 2019')).toEqual(['2019-11-01', '2019-11-30']);
    expect(span('September 2019')).toEqual(['2019-09-01', '2019-09-30']);
    expect(span('Sept. 2019')).toEqual(['2019-09-01', '2019-09-30']);
    expect(span(2019)).toEqual(['2019-01-01', '2019-12-31']);
  });

  it('tells open ends and missing dates apart from dates', () => {
    for (const word of ['Present', 'present', 'Current', 'now', 'Ongoing']) expect(span(word)).toBe('present');
    for (const nothing of [undefined, null, '', '   ']) expect(span(nothing)).toBe('missing');
  });

  it('refuses impossible and unreadable dates instead of guessing', () => {
    for (const bad of [
      'soon',
      '2019-13-45',
      '2019-13',
      '2019-02-30',
      '2021-02-29',
      '1850',
      '3000-01',
      'Smarch 2019',
      2019.5,
      true,
      {},
    ]) {
      expect(span(bad)).toBe('invalid');
    }
    expect(parseResumeDate('soon')).toEqual({ kind: 'invalid', text: 'soon' });
  });

  it('counts days in UTC', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2000, 3, 1) - dayNumber(2000, 2, 28)).toBe(2);
  });
});

import { findDateRange } from '../../../../src/parsing/resume/text';

describe('findDateRange', () => {
  const cases: [string, string, string | null][] = [
    ['Jan 2020 – Present', '2020-01', null],
    ['January 2019 - March 2021', '2019-01', '2021-03'],
    ['2018–2020', '2018-01', '2020-12'],
    ['03/2017 - 11/2019', '2017-03', '2019-11'],
    ['Summer 2022', '2022-06', '2022-08'],
    ['2021 – now', '2021-01', null],
    ['Sep. 2020 to Aug. 2022', '2020-09', '2022-08'],
    ['2019-03 — 2020-01', '2019-03', '2020-01'],
    ['Sept 2015 - Current', '2015-09', null],
    ['since 2020', '2020-01', null],
    ['Winter 2021', '2021-12', '2022-02'],
    ['Developer, Acme (Feb 2018 – Jun 2019), Berlin', '2018-02', '2019-06'],
    // latexcv's margin dates: a month and a two-digit year, in a range.
    ['DevOps engineer  Jan 15 - Sep 15', '2015-01', '2015-09'],
    ['DevOps/FullStack developer  Sep 15 - NOW', '2015-09', null],
    // A two-digit year after a typographic apostrophe, and months in figures with two-digit years.
    ['Sep’19 - Jan’24', '2019-09', '2024-01'],
    ['April’24 - Present', '2024-04', null],
    ['02/18-01/19', '2018-02', '2019-01'],
    ['09/17 - 12/19', '2017-09', '2019-12'],
    ['07/19-Current', '2019-07', null],
    // A month in figures alone is a stint of that month, as "Nov 2011" is.
    ['Project Management Simulation Training - Getoq Consulting  2011 / 11', '2011-11', '2011-11'],
    ['Trainee, Acme  11/2011', '2011-11', '2011-11'],
    // A year before its month, as some Typst templates set dates.
    ['2023 Mar. — 2024 Jul.  Remote', '2023-03', '2024-07'],
    ['2024 Aug. — present', '2024-08', null],
  ];
  it.each(cases)('reads %s', (text, start, end) => {
    const range = findDateRange(text);
    expect(range).not.toBeNull();
    const fmt = (d: { year: number; month: number } | null) =>
      d === null ? null : `${d.year}-${String(d.month).padStart(2, '0')}`;
    expect(fmt(range!.start)).toBe(start);
    expect(fmt(range!.end)).toBe(end);
  });

  it('reads the same season or month in later years as repeats: "Summer 2012 and 2013"', () => {
    const range = findDateRange('Data Scientist  Summer 2012 and 2013')!;
    expect([range.start, range.end, range.text]).toEqual([
      { year: 2012, month: 6 },
      { year: 2012, month: 8 },
      'Summer 2012 and 2013',
    ]);
    expect(range.repeats).toEqual([{ start: { year: 2013, month: 6 }, end: { year: 2013, month: 8 } }]);
    expect(findDateRange('June 2019, 2020 and 2021')!.repeats!.map((r) => r.start.year)).toEqual([2020, 2021]);
    expect(findDateRange('Jan 2020 – Present and 2021')!.repeats).toBeUndefined();
  });

  it('reads no range from a phone number, a lone year or plain text', () => {
    expect(findDateRange('+1 (415) 555-2019')).toBeNull();
    expect(findDateRange('Graduated 2016')).toBeNull();
    expect(findDateRange('Built 3 services for 20 teams')).toBeNull();
    // A day of the month is no two-digit year, and a version number is no month.
    expect(findDateRange('Spoke at the meetup on May 12 - 14, 2019')).toBeNull();
    expect(findDateRange('Released v1.2/2019 of the tool')).toBeNull();
    // A score is no month in figures, nor is a day and month of a full date.
    expect(findDateRange('Rated 9/10 - 10/10 by the users')).toBeNull();
    expect(findDateRange('Deadline 01/02/18 - 03/04/18 for the draft')).toBeNull();
    // A year and a word starting with a month's letters is no date.
    expect(findDateRange('2019 Marketing plan, 2020 Junior staff')).toBeNull();
  });
});

import { mergedDays, mergedMonths } from '../../../src/parsing/resume/day-intervals';
import { dayNumber } from '../../../src/parsing/resume/resume-date';

const d = dayNumber;

describe('mergedDays', () => {
  it('counts overlapping and duplicate intervals once', () => {
    expect(mergedDays([])).toBe(0);
    expect(mergedDays([{ start: 0, end: 10 }])).toBe(10);
    expect(
      mergedDays([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
      ]),
    ).toBe(15);
    expect(
      mergedDays([
        { start: 0, end: 10 },
        { start: 0, end: 10 },
      ]),
    ).toBe(10);
    expect(
      mergedDays([
        { start: 20, end: 30 },
        { start: 0, end: 10 },
        { start: 2, end: 4 },
      ]),
    ).toBe(20);
    // Touching intervals join; a gap is not counted.
    expect(
      mergedDays([
        { start: 0, end: 10 },
        { start: 10, end: 20 },
        { start: 25, end: 30 },
      ]),
    ).toBe(25);
  });
});

describe('mergedMonths', () => {
  it('is exact for whole calendar months', () => {
    expect(mergedMonths([{ start: d(2019, 1, 1), end: d(2020, 1, 1) }])).toBe(12);
    expect(mergedMonths([{ start: d(2019, 1, 1), end: d(2019, 7, 1) }])).toBe(6);
    expect(mergedMonths([{ start: d(2020, 2, 1), end: d(2020, 3, 1) }])).toBe(1);
    expect(mergedMonths([{ start: d(2000, 1, 1), end: d(2025, 1, 1) }])).toBe(300);
  });

  it('rounds partial months to the nearest whole month', () => {
    expect(mergedMonths([{ start: d(2019, 1, 1), end: d(2019, 1, 15) }])).toBe(0);
    expect(mergedMonths([{ start: d(2019, 1, 1), end: d(2019, 1, 17) }])).toBe(1);
    expect(mergedMonths([{ start: d(2019, 1, 15), end: d(2020, 1, 15) }])).toBe(12);
  });

  it('merges before rounding, so two overlapping 12-month jobs are 18 months, not 24', () => {
    expect(
      mergedMonths([
        { start: d(2020, 1, 1), end: d(2021, 1, 1) },
        { start: d(2020, 7, 1), end: d(2021, 7, 1) },
      ]),
    ).toBe(18);
  });
});

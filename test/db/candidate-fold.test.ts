import { unfoldCandidate } from '../../src/db/candidate-fold';

/** A skill as the database folds it: skillId * 2^20 + (months + 1), or + 0 when months are unknown. */
const fold = (skillId: number, months: number | null) =>
  String(skillId * 1_048_576 + (months === null ? 0 : months + 1));

describe('unfoldCandidate', () => {
  it('reads skills and education back from their folded form, unknown months as null', () => {
    expect(
      unfoldCandidate({
        id: 7,
        s: [fold(3, 24), fold(9, null), fold(12, 0), fold(2_000_000, 1200)].join(','),
        e: 'BACHELOR:COMPLETED,MASTER:IN_PROGRESS',
      }),
    ).toEqual({
      id: '7',
      skills: [
        { skillId: 3, months: 24 },
        { skillId: 9, months: null },
        { skillId: 12, months: 0 },
        { skillId: 2_000_000, months: 1200 },
      ],
      education: [
        { level: 'BACHELOR', status: 'COMPLETED' },
        { level: 'MASTER', status: 'IN_PROGRESS' },
      ],
    });
  });

  it('puts skills in id order whatever order the database folded them in', () => {
    const spec = unfoldCandidate({ id: 1, s: [fold(40, 1), fold(5, 2), fold(17, 3)].join(','), e: null });
    expect(spec.skills).toEqual([
      { skillId: 5, months: 2 },
      { skillId: 17, months: 3 },
      { skillId: 40, months: 1 },
    ]);
    expect(spec.education).toEqual([]);
  });

  it('gives a candidate without skills or education empty lists', () => {
    expect(unfoldCandidate({ id: 2, s: null, e: null })).toEqual({ id: '2', skills: [], education: [] });
  });
});

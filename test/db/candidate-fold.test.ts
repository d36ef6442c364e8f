import { unfoldCandidate } from '../../src/db/candidate-fold';

describe('unfoldCandidate', () => {
  it('reads skills and education back from their folded form, empty parts as null', () => {
    expect(
      unfoldCandidate({ id: 7, s: '3:24:ADVANCED,9::,12:6:', e: 'BACHELOR:COMPLETED,MASTER:IN_PROGRESS' }),
    ).toEqual({
      id: '7',
      skills: [
        { skillId: 3, months: 24, level: 'ADVANCED' },
        { skillId: 9, months: null, level: null },
        { skillId: 12, months: 6, level: null },
      ],
      education: [
        { level: 'BACHELOR', status: 'COMPLETED' },
        { level: 'MASTER', status: 'IN_PROGRESS' },
      ],
    });
  });

  it('puts skills in id order whatever order the database folded them in', () => {
    const spec = unfoldCandidate({ id: 1, s: '40:1:,5:2:,17:3:', e: null });
    expect(spec.skills.map((s) => s.skillId)).toEqual([5, 17, 40]);
    expect(spec.education).toEqual([]);
  });

  it('gives a candidate without skills or education empty lists', () => {
    expect(unfoldCandidate({ id: 2, s: null, e: null })).toEqual({ id: '2', skills: [], education: [] });
  });
});

import { type FoldedCandidate, unfoldBatch, unfoldCandidate } from '../../src/db/candidate-fold';
import { CandidateIndex } from '../../src/domain/matching/candidate-index';

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

describe('unfoldBatch', () => {
  it('builds the same ranking index as the specs do, unsorted skills, unknown months and education included', () => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const EDUCATION = ['BACHELOR:COMPLETED', 'MASTER:IN_PROGRESS', 'DOCTORATE:COMPLETED', 'HIGH_SCHOOL:COMPLETED'];
    const rows: FoldedCandidate[] = Array.from({ length: 500 }, (_, i) => {
      const ids = [...new Set(Array.from({ length: next(12) }, () => 1 + next(3000)))];
      const skills = ids.map((id) => fold(id, next(5) === 0 ? null : next(1500)));
      const education = Array.from({ length: next(3) }, () => EDUCATION[next(EDUCATION.length)]);
      return {
        id: i + 1,
        s: skills.length ? skills.join(',') : null,
        e: education.length ? education.join(',') : null,
      };
    });
    const fromSpecs = CandidateIndex.from(rows.map(unfoldCandidate));
    const fromBatches = new CandidateIndex();
    fromBatches.appendBatch(unfoldBatch(rows.slice(0, 200)));
    fromBatches.appendBatch(unfoldBatch(rows.slice(200)));
    const a = fromSpecs.columns();
    const b = fromBatches.columns();
    expect(b.slotCount).toBe(a.slotCount);
    const used = a.offsets[a.slotCount];
    expect(b.ids.slice(0, b.slotCount)).toEqual(a.ids.slice(0, a.slotCount));
    for (const key of ['offsets', 'alive', 'eduCompleted', 'eduInProgress', 'idKeys'] as const)
      expect(Array.from(b[key].subarray(0, a.slotCount + 1))).toEqual(Array.from(a[key].subarray(0, a.slotCount + 1)));
    expect(Array.from(b.skillIds.subarray(0, used))).toEqual(Array.from(a.skillIds.subarray(0, used)));
    expect(Array.from(b.months.subarray(0, used))).toEqual(Array.from(a.months.subarray(0, used)));
    // A candidate read again replaces the earlier one, as an upsert does.
    fromBatches.appendBatch(unfoldBatch([{ id: 3, s: fold(7, 12), e: null }]));
    expect(fromBatches.size).toBe(500);
    expect(fromBatches.tombstoneCount).toBe(1);
  });
});

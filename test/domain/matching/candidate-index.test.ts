import { CandidateIndex, UNKNOWN_MONTHS } from '../../../src/domain/matching/candidate-index';
import type { CandidateSpec } from '../../../src/domain/matching/profiles';

const spec = (
  id: string,
  skills: Array<[number, number | null]>,
  education: CandidateSpec['education'] = [],
): CandidateSpec => ({
  id,
  skills: skills.map(([skillId, months]) => ({ skillId, months, level: null })),
  education,
});

/** The live candidates of an index as plain data, in slot order. */
function contents(
  index: CandidateIndex,
): Array<{ id: string; skills: Array<[number, number]>; edu: [number, number] }> {
  const c = index.columns();
  const out = [];
  for (let s = 0; s < c.slotCount; s++) {
    if (c.alive[s] !== 1) continue;
    const skills: Array<[number, number]> = [];
    for (let e = c.offsets[s]; e < c.offsets[s + 1]; e++) skills.push([c.skillIds[e], c.months[e]]);
    out.push({ id: c.ids[s], skills, edu: [c.eduCompleted[s], c.eduInProgress[s]] as [number, number] });
  }
  return out;
}

describe('CandidateIndex', () => {
  it('stores skills in CSR columns with whole months and a sentinel for unknown', () => {
    const index = CandidateIndex.from([
      spec(
        '1',
        [
          [5, 12],
          [7, null],
          [9, 2.6],
          [11, -4],
          [13, 99999],
        ],
        [
          { level: 'BACHELOR', status: 'COMPLETED' },
          { level: 'MASTER', status: 'IN_PROGRESS' },
        ],
      ),
      spec('2', []),
    ]);
    expect(index.size).toBe(2);
    expect(contents(index)).toEqual([
      {
        id: '1',
        skills: [
          [5, 12],
          [7, UNKNOWN_MONTHS],
          [9, 3],
          [11, 0],
          [13, 1200],
        ],
        edu: [3, 4],
      },
      { id: '2', skills: [], edu: [-1, -1] },
    ]);
  });

  it('replaces on upsert and forgets on remove, immediately', () => {
    const index = new CandidateIndex();
    index.upsert(spec('7', [[1, 1]]));
    index.upsert(spec('8', [[2, 2]]));
    index.upsert(spec('7', [[3, 3]]));
    expect(index.size).toBe(2);
    expect(index.has('7')).toBe(true);
    expect(contents(index).map((c) => [c.id, c.skills])).toEqual([
      ['8', [[2, 2]]],
      ['7', [[3, 3]]],
    ]);
    expect(index.remove('8')).toBe(true);
    expect(index.remove('8')).toBe(false);
    expect(index.remove('nope')).toBe(false);
    expect(index.has('8')).toBe(false);
    expect(contents(index).map((c) => c.id)).toEqual(['7']);
    expect(index.tombstoneCount).toBe(2);
  });

  it('compacts once tombstones pile up, keeping live candidates and their order', () => {
    const index = new CandidateIndex({ minTombstones: 4, maxTombstoneRatio: 0.25 });
    for (let i = 1; i <= 12; i++) index.upsert(spec(String(i), [[i, i]]));
    for (const id of ['2', '4', '6']) index.remove(id);
    expect(index.tombstoneCount).toBe(3);
    index.remove('8');
    expect(index.tombstoneCount).toBe(0);
    expect(index.columns().slotCount).toBe(8);
    expect(contents(index).map((c) => [c.id, c.skills])).toEqual(
      ['1', '3', '5', '7', '9', '10', '11', '12'].map((id) => [id, [[Number(id), Number(id)]]]),
    );
    index.upsert(spec('3', [[30, 30]]));
    expect(contents(index).map((c) => c.id)).toEqual(['1', '5', '7', '9', '10', '11', '12', '3']);
  });

  it('grows past its initial capacity and bulk-loads from any iterable', () => {
    function* many(): Generator<CandidateSpec> {
      for (let i = 1; i <= 5000; i++)
        yield spec(String(i), [
          [i % 50, i % 30],
          [1000 + i, null],
        ]);
    }
    const index = new CandidateIndex();
    index.bulkLoad(many());
    expect(index.size).toBe(5000);
    const last = contents(index)[4999];
    expect(last).toEqual({
      id: '5000',
      skills: [
        [0, 20],
        [6000, UNKNOWN_MONTHS],
      ],
      edu: [-1, -1],
    });
  });

  it('keeps ids that are not plain decimal numbers apart from the numbers they spell', () => {
    const index = new CandidateIndex({ minTombstones: 2, maxTombstoneRatio: 0.1 });
    const ids = ['7', '007', '7.0', 'c7', '1234567890123456', '18'];
    ids.forEach((id, i) => index.upsert(spec(id, [[i + 1, i]])));
    expect(index.size).toBe(6);
    index.upsert(spec('007', [[40, 4]]));
    expect(index.remove('7.0')).toBe(true);
    expect(index.remove('7.0')).toBe(false);
    expect(ids.map((id) => index.has(id))).toEqual([true, true, false, true, true, true]);
    expect(index.tombstoneCount).toBe(0); // compacted
    index.upsert(spec('7', [[50, 5]]));
    expect(contents(index).map((c) => [c.id, c.skills])).toEqual([
      ['c7', [[4, 3]]],
      ['1234567890123456', [[5, 4]]],
      ['18', [[6, 5]]],
      ['007', [[40, 4]]],
      ['7', [[50, 5]]],
    ]);
    expect(index.size).toBe(5);
  });

  it('rejects an empty id', () => {
    expect(() => new CandidateIndex().upsert(spec('', []))).toThrow(TypeError);
  });
});

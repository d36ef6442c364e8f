import { type PackedPage, UnorderedPageError, lastPackedId, unpackPage } from '../../src/db/candidate-pack';
import { CandidateIndex } from '../../src/domain/matching/candidate-index';
import type { CandidateSpec } from '../../src/domain/matching/profiles';
import { EDUCATION_LEVELS, type EducationLevel, type EducationStatus } from '../../src/domain/vocabulary';

/** Candidates as packedPageSql packs them: skills as skillId * 2^20 + (months + 1), education as rank * 2 + completed. */
function pack(specs: readonly CandidateSpec[]): PackedPage {
  const groups = (lists: [string, number[]][]) =>
    lists
      .filter(([, values]) => values.length > 0)
      .map(([id, values]) => `${id} ${values.join(',')}`)
      .join(';') || null;
  return {
    ids: specs.map((s) => s.id).join(',') || null,
    s: groups(
      specs.map((c) => [c.id, c.skills.map((s) => s.skillId * 1_048_576 + (s.months === null ? 0 : s.months + 1))]),
    ),
    e: groups(
      specs.map((c) => [
        c.id,
        c.education.map((e) => EDUCATION_LEVELS.indexOf(e.level) * 2 + (e.status === 'COMPLETED' ? 1 : 0)),
      ]),
    ),
  };
}

describe('unpackPage', () => {
  it('builds the same ranking index as the specs do, unsorted skills, unknown months and education included', () => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const EDUCATION: [EducationLevel, EducationStatus][] = [
      ['BACHELOR', 'COMPLETED'],
      ['MASTER', 'IN_PROGRESS'],
      ['DOCTORATE', 'COMPLETED'],
      ['HIGH_SCHOOL', 'COMPLETED'],
      ['NONE', 'IN_PROGRESS'],
    ];
    const specs: CandidateSpec[] = Array.from({ length: 500 }, (_, i) => ({
      id: String(3 * i + 1),
      skills: [...new Set(Array.from({ length: next(12) }, () => 1 + next(3000)))].map((skillId) => ({
        skillId,
        months: next(5) === 0 ? null : next(1500),
      })),
      education: Array.from({ length: next(3) }, () => {
        const [level, status] = EDUCATION[next(EDUCATION.length)];
        return { level, status };
      }),
    }));
    expect(specs.filter((s) => s.skills.length === 0).length).toBeGreaterThan(10);
    expect(specs.filter((s) => s.education.length === 0).length).toBeGreaterThan(10);
    // The index keeps each candidate's skills in skill id order; the page may hold them in any order.
    const fromSpecs = CandidateIndex.from(
      specs.map((c) => ({ ...c, skills: [...c.skills].sort((x, y) => x.skillId - y.skillId) })),
    );
    const fromPages = new CandidateIndex();
    fromPages.appendBatch(unpackPage(pack(specs.slice(0, 200))));
    fromPages.appendBatch(unpackPage(pack(specs.slice(200))));
    const a = fromSpecs.columns();
    const b = fromPages.columns();
    expect(b.slotCount).toBe(a.slotCount);
    const used = a.offsets[a.slotCount];
    expect(b.ids.slice(0, b.slotCount)).toEqual(a.ids.slice(0, a.slotCount));
    for (const key of ['offsets', 'alive', 'eduCompleted', 'eduInProgress', 'idKeys'] as const)
      expect(Array.from(b[key].subarray(0, a.slotCount + 1))).toEqual(Array.from(a[key].subarray(0, a.slotCount + 1)));
    expect(Array.from(b.skillIds.subarray(0, used))).toEqual(Array.from(a.skillIds.subarray(0, used)));
    expect(Array.from(b.months.subarray(0, used))).toEqual(Array.from(a.months.subarray(0, used)));
    // A candidate read again replaces the earlier one, as an upsert does.
    fromPages.appendBatch(unpackPage(pack([{ id: '4', skills: [{ skillId: 7, months: 12 }], education: [] }])));
    expect(fromPages.size).toBe(500);
    expect(fromPages.tombstoneCount).toBe(1);
  });

  it('reads skills in id order whatever order they were packed in, large ids and months intact', () => {
    const fold = (skillId: number, months: number | null) => skillId * 1_048_576 + (months === null ? 0 : months + 1);
    const s = `123456789012 ${fold(2_000_000, 1199)},${fold(40, null)},${fold(5, 0)}`;
    const batch = unpackPage({ ids: '123456789012', s, e: null });
    expect(batch.ids).toEqual(['123456789012']);
    expect(batch.offsets).toEqual([0, 3]);
    expect(Array.from(batch.skillIds)).toEqual([5, 40, 2_000_000]);
    expect(Array.from(batch.months)).toEqual([0, -1, 1199]);
    expect([batch.eduCompleted, batch.eduInProgress]).toEqual([[-1], [-1]]);
  });

  it('leaves out rows of candidates the page does not hold', () => {
    const batch = unpackPage({ ids: '5,9', s: '4 1048577;5 2097153;7 3145729', e: '2 7;9 6' });
    expect(batch.ids).toEqual(['5', '9']);
    expect(Array.from(batch.skillIds)).toEqual([2]);
    expect(batch.offsets).toEqual([0, 1, 1]);
    expect([batch.eduCompleted, batch.eduInProgress]).toEqual([
      [-1, -1],
      [-1, 3],
    ]);
  });

  it('gives the last id of a page, where the next one starts', () => {
    expect(lastPackedId({ ids: '7,12,130', s: null, e: null })).toBe(130);
    expect(lastPackedId({ ids: null, s: null, e: null })).toBeNull();
  });

  it('tells a page out of id order apart from a malformed one', () => {
    expect(() => unpackPage({ ids: '7,5', s: null, e: null })).toThrow(UnorderedPageError);
    expect(() => unpackPage({ ids: '5,7', s: '7 1048577;5 1048577', e: null })).toThrow(UnorderedPageError);
    expect(() => unpackPage({ ids: '5,7', s: null, e: '7 1;5 1' })).toThrow(UnorderedPageError);
    for (const page of [
      { ids: '5,x', s: null, e: null },
      { ids: '5,,7', s: null, e: null },
      { ids: '5', s: '5 1,x', e: null },
      { ids: '5', s: '5 ', e: null },
      { ids: '5', s: '5 1,', e: null },
      { ids: '5', s: '5 1;;', e: null },
    ]) {
      expect(() => unpackPage(page)).toThrow(/malformed/);
    }
  });
});

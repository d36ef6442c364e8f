import { CandidateIndex } from '../../../src/domain/matching/candidate-index';
import { SkillLists } from '../../../src/domain/matching/skill-lists';
import { generateCandidates } from '../../../src/domain/synthetic/generate-candidates';
import { mulberry32 } from '../../../src/domain/synthetic/prng';
import { batchOf } from './batch-of';
import { seedData } from './seed-data';

/** Every list of `lists` as plain arrays, for the skills 0..maxId. */
function listsOf(lists: SkillLists, maxId: number): number[][] {
  return Array.from({ length: maxId + 1 }, (_, c) =>
    Array.from(lists.slots.subarray(lists.startOf(c), lists.startOf(c) + lists.lengthOf(c))),
  );
}

describe('SkillLists', () => {
  const { taxonomy } = seedData();
  const maxId = Math.max(...taxonomy.all().map((s) => s.id));

  it('lists, per skill, every slot whose candidate lists that skill, in slot order', () => {
    const index = CandidateIndex.from([
      { id: '1', skills: [{ skillId: 4, months: 3 }], education: [] },
      {
        id: '2',
        skills: [
          { skillId: 2, months: null },
          { skillId: 4, months: 1 },
        ],
        education: [],
      },
      { id: '3', skills: [], education: [] },
      { id: '4', skills: [{ skillId: 4, months: 9 }], education: [] },
    ]);
    const lists = index.skillLists();
    expect(listsOf(lists, 5)).toEqual([[], [], [1], [], [0, 1, 3], []]);
    expect(lists.lengthOf(99)).toBe(0);
    expect(lists.lengthOf(-1)).toBe(0);
  });

  it('kept in step by upserts, batches and removes equals the lists built afresh, until a compaction drops them', () => {
    const index = CandidateIndex.from(generateCandidates(taxonomy, { count: 500, seed: 3 }), {
      minTombstones: 1_000_000,
    });
    const kept = index.skillLists();
    const random = mulberry32(17);
    const fresh = [...generateCandidates(taxonomy, { count: 900, seed: 4 })];
    fresh.slice(0, 300).forEach((c) => index.upsert({ ...c, id: String(1 + Math.floor(random() * 700)) }));
    index.appendBatch(batchOf(fresh.slice(300, 600).map((c, i) => ({ ...c, id: String(400 + i) }))));
    for (let i = 0; i < 100; i++) index.remove(String(1 + Math.floor(random() * 700)));
    expect(index.skillLists()).toBe(kept);
    const columns = index.columns();
    expect(listsOf(kept, maxId)).toEqual(
      listsOf(SkillLists.build(columns.offsets, columns.skillIds, columns.slotCount), maxId),
    );
    index.compact();
    expect(index.skillLists()).not.toBe(kept);
  });
});

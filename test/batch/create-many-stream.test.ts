import { generateCandidateDrafts } from '../../src/domain/synthetic/generate-candidates';
import type { CandidateDraft } from '../../src/domain/drafts';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

describe.each(testDatabases())('bulk candidate inserts on $kind', (db) => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp(db)));
  afterAll(() => t.close());

  const count = async (): Promise<number> =>
    Number(((await t.app.dataSource.query('SELECT COUNT(*) AS n FROM candidate')) as { n: string }[])[0].n);

  it('stores a stream of batches in one transaction, ids in input order, every column and child row intact', async () => {
    const drafts = [...generateCandidateDrafts(t.app.services.taxonomy.current(), { count: 2500, seed: 8 })];
    drafts[3] = {
      ...drafts[3],
      name: 'O\'Brien, "Quoted" ; DROP TABLE candidate; --',
      headline: 'Ünïcödé ✓',
      location: null,
    };
    async function* stream() {
      for (let i = 0; i < drafts.length; i += 700) yield drafts.slice(i, i + 700);
    }
    const before = await count();
    const ids = await t.app.services.candidates.createMany(stream());
    expect(ids).toHaveLength(drafts.length);
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1])).toBe(true);
    expect(await count()).toBe(before + drafts.length);
    const [fourth] = await t.app.services.candidates.getMany([ids[3]]);
    expect(fourth).toMatchObject({
      name: drafts[3].name,
      headline: 'Ünïcödé ✓',
      location: null,
      email: drafts[3].email,
    });
    const [specs] = [await t.app.services.candidates.specsOf([ids[0], ids[2499]])];
    const taxonomy = t.app.services.taxonomy.current();
    for (const [k, i] of [
      [0, 0],
      [1, 2499],
    ] as const) {
      const names = specs[k].skills.map((s) => ({
        name: taxonomy.byId(s.skillId)!.name,
        months: s.months,
      }));
      const expected = drafts[i].skills.map((s) => ({
        name: taxonomy.resolve(s.name)!.name,
        months: s.months,
      }));
      expect(names.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
        expected.sort((a, b) => a.name.localeCompare(b.name)),
      );
      expect(specs[k].education).toEqual(drafts[i].education.map((e) => ({ level: e.level, status: e.status })));
    }
    // The ranking index learned of them before createMany returned.
    expect(t.app.services.matching.indexedCandidates).toBe(before + drafts.length);
  });

  it('stores nothing when a later batch names an unknown skill, or the stream fails', async () => {
    const before = await count();
    const good = [...generateCandidateDrafts(t.app.services.taxonomy.current(), { count: 300, seed: 9 })];
    const bad: CandidateDraft = { ...good[0], skills: [{ name: 'Klingon', months: 3, level: null }] };
    async function* unknownSkill() {
      yield good;
      yield [bad];
    }
    await expect(t.app.services.candidates.createMany(unknownSkill(), (i) => `line ${i + 1}`)).rejects.toThrow(
      /line 301.*Klingon|Klingon.*line 301/,
    );
    async function* failing() {
      yield good;
      throw new Error('reader failed');
    }
    await expect(t.app.services.candidates.createMany(failing())).rejects.toThrow('reader failed');
    expect(await count()).toBe(before);
    expect(t.app.services.matching.indexedCandidates).toBe(before);
  });
});

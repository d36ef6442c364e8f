import { downwardPath, evidencePath } from '../../../src/domain/matching/evidence-path';
import type { SkillDef } from '../../../src/domain/taxonomy/skill-def';
import { Taxonomy } from '../../../src/domain/taxonomy/taxonomy';

/** A diamond with a long way round: Top -> {Beta, Alpha} -> Leaf, and Top -> Gamma -> Delta -> Leaf. */
function diamond(order: readonly number[]): Taxonomy {
  const defs: Record<number, Pick<SkillDef, 'name' | 'broader'>> = {
    1: { name: 'Top', broader: [] },
    2: { name: 'Beta', broader: [1] },
    3: { name: 'Alpha', broader: [1] },
    4: { name: 'Gamma', broader: [1] },
    5: { name: 'Delta', broader: [4] },
    6: { name: 'Leaf', broader: order.filter((id) => id === 2 || id === 3 || id === 5) },
  };
  return Taxonomy.fromDefs(
    'diamond',
    Object.entries(defs).map(([id, d]) => ({
      id: Number(id),
      slug: d.name.toLowerCase(),
      name: d.name,
      category: 'OTHER',
      aliases: [],
      broader: d.broader,
      related: [],
    })),
  );
}

describe('evidence paths', () => {
  it('takes the shortest chain, then the first by name, whatever order the links are listed in', () => {
    for (const order of [
      [2, 3, 5],
      [5, 3, 2],
      [3, 5, 2],
    ]) {
      expect(downwardPath(diamond(order), 1, 6)).toEqual([1, 3, 6]);
    }
  });

  it('reads NARROWER down from the accepted skill, BROADER up from it, RELATED as one step, EXACT as itself', () => {
    const t = diamond([2, 3, 5]);
    expect(evidencePath(t, 'NARROWER', 4, 6)).toEqual([4, 5, 6]);
    expect(evidencePath(t, 'BROADER', 6, 1)).toEqual([6, 3, 1]);
    expect(evidencePath(t, 'RELATED', 2, 3)).toEqual([2, 3]);
    expect(evidencePath(t, 'EXACT', 6, 6)).toEqual([6]);
  });
});

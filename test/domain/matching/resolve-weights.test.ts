import { resolveWeights } from '../../../src/domain/matching/resolve-weights';
import { SKILL_CATEGORIES } from '../../../src/domain/vocabulary';

describe('resolveWeights', () => {
  it('defaults to 3:1 required:preferred, education 1 and neutral categories', () => {
    const weights = resolveWeights({ scoring: null });
    expect(weights).toMatchObject({ requiredWeight: 3, preferredWeight: 1, educationWeight: 1 });
    expect(Object.keys(weights.categoryWeights)).toEqual([...SKILL_CATEGORIES]);
    expect(new Set(Object.values(weights.categoryWeights))).toEqual(new Set([1]));
  });

  it('layers defaults < posting < request, field by field and category by category', () => {
    const weights = resolveWeights(
      { scoring: { requiredWeight: 2, educationWeight: 0, categoryWeights: { LANGUAGE: 2, API: 0.5 } } },
      { requiredWeight: 5, categoryWeights: { API: 4 } },
    );
    expect(weights).toMatchObject({ requiredWeight: 5, preferredWeight: 1, educationWeight: 0 });
    expect(weights.categoryWeights).toMatchObject({ LANGUAGE: 2, API: 4, DEVOPS: 1 });
  });

  it('rejects negative or non-finite weights', () => {
    expect(() => resolveWeights({ scoring: { preferredWeight: -1 } })).toThrow(RangeError);
    expect(() => resolveWeights({ scoring: null }, { categoryWeights: { CLOUD: Number.NaN } })).toThrow(/CLOUD/);
    expect(() => resolveWeights({ scoring: null }, { educationWeight: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

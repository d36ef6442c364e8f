import { matchCandidate } from '../../../src/domain/matching/match-candidate';
import type { GroupResult, MatchResult } from '../../../src/domain/matching/match-result';
import { candidate, miniTaxonomy, posting, skillId } from './fixtures';

const tax = miniTaxonomy();
const id = (name: string): number => skillId(tax, name);
const group = (result: MatchResult, index = 0): GroupResult => result.requirements[index];

describe('matchCandidate: experience', () => {
  const spec = posting(tax, [{ skills: ['Java'], minMonths: 24 }]);

  it('scales credit by months and reports the shortfall', () => {
    const result = matchCandidate(tax, spec, candidate(tax, '1', [['Java', 18]]));
    expect(group(result).satisfied).toBe(false);
    expect(group(result).credit).toBe(0.75);
    expect(group(result).monthsShort).toBe(6);
    expect(group(result).monthsUnknown).toBe(false);
    expect(result.score).toBe(75);
    expect(result.summary).toContain('6 months short on Java');
  });

  it('satisfies at or above the bar, with no shortfall reported', () => {
    for (const months of [24, 120]) {
      const result = matchCandidate(tax, spec, candidate(tax, '1', [['Java', months]]));
      expect(group(result)).toMatchObject({ satisfied: true, credit: 1, monthsShort: null, monthsUnknown: false });
    }
  });

  it('reads unknown months as partial, not zero, and flags them', () => {
    const unknown = matchCandidate(tax, spec, candidate(tax, '1', [['Java', null]]));
    expect(group(unknown)).toMatchObject({ satisfied: false, credit: 0.5, monthsShort: null, monthsUnknown: true });
    expect(group(unknown).matched[0].months).toBeNull();
    const zero = matchCandidate(tax, spec, candidate(tax, '2', [['Java', 0]]));
    expect(group(zero)).toMatchObject({ credit: 0, monthsShort: 24, monthsUnknown: false });
    expect(unknown.score).toBeGreaterThan(zero.score!);
    expect(unknown.summary).toContain('months unknown for Java');
  });

  it('ignores months when the group sets no bar', () => {
    const result = matchCandidate(tax, posting(tax, [{ skills: ['Java'] }]), candidate(tax, '1', [['Java', null]]));
    expect(group(result)).toMatchObject({ satisfied: true, credit: 1, monthsUnknown: false });
  });

  it('applies the experience factor to related credit too', () => {
    const result = matchCandidate(tax, spec, candidate(tax, '1', [['Kotlin', 12]]));
    expect(group(result).credit).toBe(0.3);
    expect(group(result).monthsShort).toBeNull();
  });
});

describe('matchCandidate: groups with minMatches', () => {
  const spec = posting(tax, [{ skills: ['Java', 'Python', 'Go', 'C++'], minMatches: 2, minMonths: 12 }]);

  it('is satisfied by two distinct accepted skills with enough months', () => {
    const result = matchCandidate(
      tax,
      spec,
      candidate(tax, '1', [
        ['Python', 12],
        ['Go', 40],
        ['Git', 50],
      ]),
    );
    expect(group(result).satisfied).toBe(true);
    expect(group(result).credit).toBe(1);
    expect(group(result).missingSkillIds).toEqual([id('Java'), id('C++')]);
  });

  it('averages the best two credits when short', () => {
    const result = matchCandidate(
      tax,
      spec,
      candidate(tax, '1', [
        ['Go', 40],
        ['C#', 24],
      ]),
    );
    // Go 1, Java via C# 0.5, C++ via C# 0.3 -> best two: (1 + 0.5) / 2
    expect(group(result).satisfied).toBe(false);
    expect(group(result).credit).toBe(0.75);
    expect(group(result).matched.map((m) => [m.skillId, m.kind])).toEqual([
      [id('Go'), 'EXACT'],
      [id('Java'), 'RELATED'],
      [id('C++'), 'RELATED'],
    ]);
  });

  it('counts one skill as half a two-skill group', () => {
    const result = matchCandidate(tax, spec, candidate(tax, '1', [['Java', 36]]));
    expect(group(result).credit).toBe(0.5);
    expect(group(result).monthsShort).toBeNull();
  });
});

describe('matchCandidate: scores and weights', () => {
  const spec = posting(tax, [
    { skills: ['Java'] },
    { skills: ['PostgreSQL'] },
    { skills: ['Docker'], importance: 'PREFERRED' },
    { skills: ['Jenkins'], importance: 'PREFERRED' },
  ]);

  it('weights required 3:1 over preferred by default', () => {
    const result = matchCandidate(
      tax,
      spec,
      candidate(tax, '1', [
        ['Java', 12],
        ['Docker', 12],
        ['Jenkins', 1],
      ]),
    );
    expect(result.requiredScore).toBe(50);
    expect(result.preferredScore).toBe(100);
    expect(result.score).toBe(62.5); // (3 x 0.5 + 1 x 1) / 4
    expect(result.qualified).toBe(false);
    expect(result.weights).toMatchObject({ requiredWeight: 3, preferredWeight: 1, educationWeight: 1 });
  });

  it('separates qualified candidates by preferred skills only', () => {
    const plain = matchCandidate(
      tax,
      spec,
      candidate(tax, '1', [
        ['Java', 12],
        ['PostgreSQL', 12],
      ]),
    );
    const plus = matchCandidate(
      tax,
      spec,
      candidate(tax, '2', [
        ['Java', 12],
        ['PostgreSQL', 12],
        ['Docker', 3],
      ]),
    );
    expect(plain.qualified && plus.qualified).toBe(true);
    expect(plain.requiredScore).toBe(100);
    expect(plus.requiredScore).toBe(100);
    expect(plain.preferredScore).toBe(0);
    expect(plus.preferredScore).toBe(50);
    expect(plain.score).toBe(75);
    expect(plus.score).toBe(87.5);
  });

  it('applies and echoes posting weights overridden by request weights', () => {
    const weighted = { ...spec, scoring: { requiredWeight: 1, preferredWeight: 1, categoryWeights: { LANGUAGE: 3 } } };
    const person = candidate(tax, '1', [
      ['Java', 12],
      ['Docker', 12],
      ['Jenkins', 1],
    ]);
    const postingOnly = matchCandidate(tax, weighted, person);
    // Required: Java (weight 3) met, PostgreSQL (1) not -> 75; preferred 100; 1:1 -> 87.5.
    expect(postingOnly.requiredScore).toBe(75);
    expect(postingOnly.score).toBe(87.5);
    expect(postingOnly.weights.categoryWeights.LANGUAGE).toBe(3);
    expect(postingOnly.weights.categoryWeights.DATABASE).toBe(1);

    const overridden = matchCandidate(tax, weighted, person, { preferredWeight: 3, categoryWeights: { DATABASE: 3 } });
    expect(overridden.weights).toMatchObject({ requiredWeight: 1, preferredWeight: 3, educationWeight: 1 });
    expect(overridden.weights.categoryWeights).toMatchObject({ LANGUAGE: 3, DATABASE: 3, DEVOPS: 1 });
    expect(overridden.requiredScore).toBe(50);
    expect(overridden.score).toBe(87.5); // (1 x 0.5 + 3 x 1) / 4
  });

  it('rejects negative weights instead of guessing', () => {
    expect(() => matchCandidate(tax, spec, candidate(tax, '1', []), { requiredWeight: -1 })).toThrow(RangeError);
  });

  it('reports a null preferred score when the posting has no preferred part', () => {
    const result = matchCandidate(tax, posting(tax, [{ skills: ['Java'] }]), candidate(tax, '1', [['Java', 1]]));
    expect(result.preferredScore).toBeNull();
    expect(result.score).toBe(100);
  });

  it('rounds reported scores to two decimals', () => {
    const thirds = posting(tax, [{ skills: ['Java'] }, { skills: ['Go'] }, { skills: ['Python'] }]);
    const result = matchCandidate(tax, thirds, candidate(tax, '1', [['Java', 1]]));
    expect(result.score).toBe(33.33);
    expect(result.requiredScore).toBe(33.33);
  });
});

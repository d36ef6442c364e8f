import { suggestGaps } from '../../../src/domain/matching/gap-analysis';
import { matchCandidate } from '../../../src/domain/matching/match-candidate';
import { candidate, miniTaxonomy, posting, skillId } from './fixtures';

const tax = miniTaxonomy();
const id = (name: string): number => skillId(tax, name);

describe('suggestGaps', () => {
  const spec = posting(tax, [
    { skills: ['Java', 'Go'], minMonths: 12 },
    { skills: ['PostgreSQL'] },
    { skills: ['Docker'], importance: 'PREFERRED' },
  ]);

  it('suggests the skills that raise the score most, with the resulting score and qualification', () => {
    const person = candidate(tax, '1', [['Java', 24]]);
    const base = matchCandidate(tax, spec, person).score;
    const gaps = suggestGaps(tax, spec, person);
    expect(gaps.map((g) => g.skillId)).toEqual([id('PostgreSQL'), id('Docker')]);
    const postgres = gaps[0];
    expect(postgres.wouldQualify).toBe(true);
    expect(postgres.score).toBe(
      matchCandidate(
        tax,
        spec,
        candidate(tax, '1', [
          ['Java', 24],
          ['PostgreSQL', null],
        ]),
      ).score,
    );
    expect(postgres.gain).toBe(Math.round((postgres.score - base!) * 100) / 100);
    expect(gaps[1]).toMatchObject({ wouldQualify: false });
    for (const gap of gaps) expect(gap.gain).toBeGreaterThan(0);
  });

  it('tries a skill at the months bar of its group, so a shortfall shows as a gap', () => {
    const person = candidate(tax, '1', [
      ['Java', 3],
      ['PostgreSQL', 1],
      ['Docker', 1],
    ]);
    const gaps = suggestGaps(tax, spec, person, 5);
    // Java at 12 months and Go at 12 months both complete the group: equal gains, ordered by name.
    expect(gaps.map((g) => g.skillId)).toEqual([id('Go'), id('Java')]);
    expect(gaps[0]).toMatchObject({ score: 100, wouldQualify: true });
    expect(gaps[0].gain).toBe(gaps[1].gain);
  });

  it('returns nothing for a perfect candidate or a zero limit', () => {
    const perfect = candidate(tax, '1', [
      ['Go', 40],
      ['PostgreSQL', 1],
      ['Docker', 1],
    ]);
    expect(suggestGaps(tax, spec, perfect)).toEqual([]);
    expect(suggestGaps(tax, spec, candidate(tax, '2', []), 0)).toEqual([]);
  });

  it('respects the limit', () => {
    expect(suggestGaps(tax, spec, candidate(tax, '2', []), 1)).toHaveLength(1);
  });
});

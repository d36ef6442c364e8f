import { candidateSpecFromDraft, postingSpecFromDraft } from '../../../src/domain/matching/spec-from-draft';
import { miniTaxonomy, skillId } from './fixtures';

const tax = miniTaxonomy();

describe('spec-from-draft', () => {
  it('resolves candidate skills by any spelling, reports unknown ones and keeps no personal data (nor the level, which no score reads)', () => {
    const { spec, unknownSkills } = candidateSpecFromDraft(tax, '42', {
      name: 'Ada Example',
      email: 'ada@example.com',
      headline: 'Engineer',
      location: 'Lyon',
      education: [{ level: 'MASTER', field: 'CS', status: 'COMPLETED' }],
      skills: [
        { name: 'golang', months: 12, level: 'ADVANCED' },
        { name: 'k8s', months: null, level: null },
        { name: 'Quantum Basket Weaving', months: 3, level: null },
      ],
    });
    expect(unknownSkills).toEqual(['Quantum Basket Weaving']);
    expect(spec).toEqual({
      id: '42',
      skills: [
        { skillId: skillId(tax, 'Go'), months: 12 },
        { skillId: skillId(tax, 'Kubernetes'), months: null },
      ],
      education: [{ level: 'MASTER', status: 'COMPLETED' }],
    });
  });

  it('numbers posting groups and drops repeated spellings of one skill', () => {
    const { spec, unknownSkills } = postingSpecFromDraft(tax, '7', {
      title: 'Dev',
      company: null,
      employmentType: 'FULL_TIME',
      locations: [],
      description: '',
      datePosted: null,
      education: null,
      requirements: [
        {
          importance: 'REQUIRED',
          category: 'LANGUAGE',
          label: 'Go',
          skills: ['Go', 'golang', 'Cobolt'],
          minMatches: 1,
          minMonths: 6,
          weight: 2,
        },
      ],
    });
    expect(unknownSkills).toEqual(['Cobolt']);
    expect(spec.requirements).toEqual([
      {
        id: '7-r1',
        importance: 'REQUIRED',
        category: 'LANGUAGE',
        label: 'Go',
        skillIds: [skillId(tax, 'Go')],
        minMatches: 1,
        minMonths: 6,
        weight: 2,
      },
    ]);
    expect(spec.scoring).toBeNull();
  });
});

import { parsePosting } from '../../src/parsing/posting';
import { realTaxonomy } from '../domain/taxonomy/load-taxonomy';

const { taxonomy } = realTaxonomy();

describe('conditions no profile can show, with the shipped taxonomy', () => {
  it('become not-assessable groups of their own, beside the skill groups', () => {
    const text = [
      'Backend Engineer',
      '',
      'Requirements:',
      '- 3+ years of Python',
      '- Must be authorized to work in the US',
      '- Willing to relocate to Austin',
      '- Active Secret clearance',
      '- Up to 25% travel',
    ].join('\n');
    const { posting, warnings } = parsePosting(text, taxonomy);
    const groups = posting.requirements.map((g) => ({ skills: g.skills, assessable: g.assessable !== false }));
    expect(groups).toEqual([
      { skills: ['Python'], assessable: true },
      { skills: ['Work authorization'], assessable: false },
      { skills: ['Willingness to relocate'], assessable: false },
      { skills: ['Security clearance'], assessable: false },
      { skills: ['Willingness to travel'], assessable: false },
    ]);
    expect(warnings.filter((w) => w.code === 'NOT_ASSESSABLE_UNNAMED')).toEqual([]);
  });

  it('are never technical evidence', () => {
    for (const name of ['Work authorization', 'Willingness to relocate', 'Security clearance', 'Willingness to travel']) {
      expect(taxonomy.resolve(name)?.kind).toBe('SOFT_SKILL');
    }
  });
});

import { parsePosting } from '../../src/parsing/posting';
import { realTaxonomy } from '../domain/taxonomy/load-taxonomy';
import { CONDITIONS_POSTING, CONDITION_NAMES } from '../fixtures/conditions-posting';

const { taxonomy } = realTaxonomy();

describe('conditions no profile can show, with the shipped taxonomy', () => {
  it('become not-assessable groups of their own, beside the skill groups', () => {
    const { posting, warnings } = parsePosting(CONDITIONS_POSTING, taxonomy);
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
    for (const name of CONDITION_NAMES) {
      expect(taxonomy.resolve(name)?.kind).toBe('SOFT_SKILL');
    }
  });
});

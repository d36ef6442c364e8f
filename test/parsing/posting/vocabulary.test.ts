import { groupsUnder, skillsOf } from './helpers';

// How requirement lines name skills: class nouns beside their members, role nouns, everyday phrasings.
describe('posting skill vocabulary', () => {
  it('drops a class noun named beside members of the class', () => {
    const { groups } = groupsUnder(
      'Requirements',
      '- Experience with a programming language such as Rust, Kotlin or Ruby',
      '- Familiarity with Windows or other desktop operating systems',
    );
    const skills = skillsOf(groups, 'REQUIRED');
    expect(skills).toEqual(expect.arrayContaining(['Rust', 'Kotlin', 'Ruby', 'Microsoft Windows']));
    expect(skills).not.toContain('Programming languages');
    expect(skills).not.toContain('Operating systems');
  });

  it('keeps a class noun named alone, and a practice named beside its tools', () => {
    const { groups } = groupsUnder(
      'Requirements',
      '- Knowledge of several programming languages',
      '- Experience with version control such as Mercurial',
    );
    const skills = skillsOf(groups, 'REQUIRED');
    expect(skills).toEqual(expect.arrayContaining(['Programming languages', 'Version control', 'Mercurial']));
  });

  it('keeps a member that has members of its own (CSS beside Sass)', () => {
    const { groups } = groupsUnder('Requirements', '- Strong CSS skills, including Sass');
    expect(skillsOf(groups, 'REQUIRED')).toEqual(expect.arrayContaining(['CSS', 'Sass']));
  });
});

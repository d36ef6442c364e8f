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

describe('people skills in everyday wording', () => {
  const notAssessableSkills = (...lines: string[]): string[] =>
    groupsUnder('Requirements', ...lines)
      .groups.filter((g) => g.assessable === false)
      .flatMap((g) => g.skills);

  it.each([
    ['- Experience having managed a sales team before', 'Team management'],
    ['- You have led a team of analysts for two years', 'Leadership'],
    ['- Able to hire and lead a small platform team', 'Team management'],
    ['- Able to hire and lead a small platform team', 'Leadership'],
    ['- Experience managing a direct report', 'Team management'],
    ['- 3+ years as a team lead', 'Leadership'],
    ['- Ability to lead a cross-functional team to a launch', 'Leadership'],
    ['- You know how to prioritize and stay calm', 'Time management'],
    ['- Comfortable managing your own time', 'Time management'],
    ['- Ability to prioritize tasks in a busy office', 'Time management'],
    ['- Able to meet tight deadlines', 'Time management'],
    ['- Able to organize and schedule work and deliver against deadlines', 'Time management'],
    ['- Ability to train and mentor new developers', 'Mentoring'],
    ['- Experience providing guidance to team members', 'Mentoring'],
    ['- Able and expected to mentor junior and intermediate developers', 'Mentoring'],
    ['- Be a self-starter', 'Work independently'],
    ['- Highly self-motivated', 'Work independently'],
    ['- Ability to work with minimal supervision', 'Work independently'],
    ["- You're organized, detail-oriented, and like to get stuff done", 'Time management'],
    ["- You're organized, detail-oriented, and like to get stuff done", 'Attention to detail'],
    ['- Strong multitasking skills', 'Time management'],
    ['- Detail-oriented with an ability to juggle multiple projects', 'Time management'],
    ['- Balancing multiple changing priorities in a fast paced environment', 'Time management'],
    ['- Ability to work independently in a remote setting and manage multiple projects', 'Time management'],
    ['- Manage your own workload to deliver designs to agreed timescales', 'Time management'],
    ['- Able to manage and execute on multiple projects simultaneously', 'Time management'],
    ['- Client-focused and committed to rapid execution', 'Customer focus'],
    ['- Comfortable with ambiguity and able to adapt to change', 'Adaptability'],
    ['- Build relationships with stakeholders across the organisation', 'Interpersonal skills'],
  ])('%j asks for %s (not assessable)', (line, name) => {
    expect(notAssessableSkills(line)).toContain(name);
  });

  it.each([
    '- Ability to lead a cross-functional team to a launch',
    '- You have led a team of analysts for two years',
    '- Volunteers led team building days',
    '- Experience prioritizing a product backlog',
  ])('%j asks for no team management or time management', (line) => {
    const skills = notAssessableSkills(line);
    expect(skills).not.toContain('Team management');
    expect(skills).not.toContain('Time management');
  });
});

describe('people skills beside technical skills', () => {
  it('keeps the skill a trait phrase stands next to', () => {
    const { groups } = groupsUnder(
      'Requirements',
      '- Extensive experience of collaborative software development',
      '- Present design research to skeptical audiences',
    );
    const skills = groups.flatMap((g) => g.skills);
    expect(skills).toEqual(
      expect.arrayContaining(['Teamwork', 'Software development', 'Presentation skills', 'User research']),
    );
  });
});

describe('role nouns after "as a"', () => {
  it.each([
    ['- Two years of experience as a software developer', ['Software development']],
    ['- Background as a Programmer or Business Analyst', ['Software development', 'Business analysis']],
    [
      '- Experience or training as a software engineer, network engineer, or DevOps engineer',
      ['Software development', 'Computer networking', 'DevOps'],
    ],
    ['- Worked as a UX designer in an agency', ['UI/UX design']],
    ['- You have worked as a data analyst', ['Data analysis']],
  ])('%j asks for %j', (line, skills) => {
    expect(skillsOf(groupsUnder('Requirements', line).groups, 'REQUIRED')).toEqual(expect.arrayContaining(skills));
  });

  it('reads no role from "such as a" or from a role that is no practice', () => {
    const { groups } = groupsUnder(
      'Requirements',
      '- Tools such as a designer toolkit',
      '- Experience as a hiring manager at a startup',
    );
    expect(skillsOf(groups, 'REQUIRED')).not.toContain('UI/UX design');
    expect(skillsOf(groups, 'REQUIRED')).toEqual([]);
  });
});

describe('generic words listed as stages of the work', () => {
  it.each([
    '- Knowledge of the design, development, testing and implementation of services',
    '- Follow a feature from exploration to design to testing and refinement',
    '- Happy to work with people on research and testing',
    '- Experience documenting and testing data models',
  ])('%j asks for no testing or documentation skill', (line) => {
    const skills = skillsOf(groupsUnder('Requirements', line).groups, 'REQUIRED');
    expect(skills).not.toContain('Software testing');
    expect(skills).not.toContain('Technical writing');
  });

  it.each([
    ['- Commitment to comprehensive testing in any language', 'Software testing'],
    ['- Minimum of 3 years testing or other development experience', 'Software testing'],
    ['- Experience writing documentation for developers', 'Technical writing'],
  ])('%j still asks for %s', (line, skill) => {
    expect(skillsOf(groupsUnder('Requirements', line).groups, 'REQUIRED')).toContain(skill);
  });
});

describe('a noun sharing the first words of the skill before it', () => {
  it.each([
    ['- Experience with continuous integration & deployment', ['Continuous integration', 'Continuous delivery']],
    ['- Skilled in data analysis and visualization', ['Data analysis', 'Data visualization']],
  ])('%j asks for %j', (line, skills) => {
    expect(skillsOf(groupsUnder('Requirements', line).groups, 'REQUIRED')).toEqual(expect.arrayContaining(skills));
  });

  it('adds nothing when the shared words and the noun are no skill, or the noun is a skill itself', () => {
    const { groups } = groupsUnder('Requirements', '- Machine learning and statistics, data analysis and Python');
    expect([...skillsOf(groups, 'REQUIRED')].sort()).toEqual([
      'Data analysis',
      'Machine learning',
      'Python',
      'Statistics',
    ]);
  });
});

describe('a lower-case word before another skill', () => {
  it("keeps a tool's or method's own name typed in lower case ('git revision control', 'agile product management')", () => {
    const { groups } = groupsUnder(
      'Requirements',
      '- git revision control experience',
      '- Proficiency in agile product management techniques',
    );
    expect(skillsOf(groups, 'REQUIRED')).toEqual(expect.arrayContaining(['Git', 'Agile', 'Product management']));
  });

  it("still reads a generic word or a field's name as describing the next skill", () => {
    const { groups } = groupsUnder(
      'Requirements',
      '- Experience with a cloud data warehouse and marketing design systems',
    );
    const skills = skillsOf(groups, 'REQUIRED');
    expect(skills).not.toContain('Cloud computing');
    expect(skills).not.toContain('Marketing');
  });
});

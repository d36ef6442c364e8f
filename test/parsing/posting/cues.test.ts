import type { RequirementDraft } from '../../../src/domain/drafts';
import { parsePosting } from '../../../src/parsing/posting';
import { findGroup, taxonomy } from './helpers';

/** The requirement groups of a small posting made of `lines`. */
function groupsOf(...lines: string[]): readonly RequirementDraft[] {
  return parsePosting(['Software Engineer', '', ...lines].join('\n'), taxonomy()).posting.requirements;
}

describe('cue words place a group (issue 10)', () => {
  it('reads a heading that says "(Not Required)" as preferred: "Additional Experience (Not Required)"', () => {
    const groups = groupsOf('Requirements', '- Python', '', 'Additional Experience (Not Required)', '- Docker');
    expect(findGroup(groups, 'REQUIRED', ['Python'])).toBeDefined();
    expect(findGroup(groups, 'PREFERRED', ['Docker'])).toBeDefined();
    expect(findGroup(groups, 'REQUIRED', ['Docker'])).toBeUndefined();
  });

  it('reads "Other Skills (optional):" as preferred, but a skill line ending in "(a plus)" stays a requirement line', () => {
    const groups = groupsOf(
      'Requirements',
      '- Go',
      'Kubernetes experience (a plus)',
      '',
      'Other Skills (optional):',
      '- Rust',
    );
    expect(findGroup(groups, 'REQUIRED', ['Go'])).toBeDefined();
    expect(findGroup(groups, 'PREFERRED', ['Kubernetes'])).toBeDefined();
    expect(findGroup(groups, 'PREFERRED', ['Rust'])).toBeDefined();
  });

  it.each([
    ['- Experience with Docker is a plus', 'Docker'],
    ['- Nice to have: Terraform', 'Terraform'],
    ['- Kafka (bonus)', 'Apache Kafka'],
    ['- Scala preferred', 'Scala'],
    ['- Java (not required)', 'Java'],
  ])('reads %j under a requirements heading as preferred', (line, skill) => {
    expect(findGroup(groupsOf('Requirements', line), 'PREFERRED', [skill])).toBeDefined();
  });

  it('reads "Minimum" and "Basic Qualifications" headings as required', () => {
    expect(findGroup(groupsOf('Minimum Qualifications', '- Java'), 'REQUIRED', ['Java'])).toBeDefined();
    expect(findGroup(groupsOf('Basic Qualifications', '- Java'), 'REQUIRED', ['Java'])).toBeDefined();
  });
});

describe('an experience phrase sets minMonths only on what it governs (issue 10)', () => {
  it.each([
    ['- Minimum 3 years of Java', 'Java', 36],
    ['- 5-7 years of experience in Python', 'Python', 60],
    ['- at least two years of experience with Go', 'Go', 24],
    ['- one year experience in SQL', 'SQL', 12],
  ])('%j -> %s %i months', (line, skill, months) => {
    expect(findGroup(groupsOf('Requirements', line), 'REQUIRED', [skill])).toMatchObject({ minMonths: months });
  });

  it('stops at a new lead-in: "3+ years of experience with Java, and familiarity with Docker"', () => {
    const groups = groupsOf('Requirements', '- 3+ years of experience with Java, and familiarity with Docker');
    expect(findGroup(groups, 'REQUIRED', ['Java'])).toMatchObject({ minMonths: 36 });
    expect(findGroup(groups, 'REQUIRED', ['Docker'])).toMatchObject({ minMonths: null });
  });

  it('still reaches every skill of its own list: "3+ years of experience with Java and Spring Boot"', () => {
    const groups = groupsOf('Requirements', '- 3+ years of experience with Java and Spring Boot');
    expect(groups.every((g) => g.minMonths === 36)).toBe(true);
    expect(groups.flatMap((g) => g.skills).sort()).toEqual(['Java', 'Spring Boot']);
  });

  it('reads "you will need X" in prose as asked of the candidate, "you will need to build X" as a duty', () => {
    const groups = groupsOf(
      'As the first growth engineer, you will need basic data analysis skills. You will need to build Kafka pipelines.',
    );
    expect(groups.flatMap((g) => g.skills)).toEqual(['Data analysis']);
  });

  it('reads "priority will be given to" as preferred', () => {
    const groups = groupsOf(
      'Requirements',
      '- Experience with Python',
      '- Priority will be given to candidates who can write in both French and English.',
    );
    expect(findGroup(groups, 'REQUIRED', ['Python'])).toBeDefined();
    expect(findGroup(groups, 'PREFERRED', ['French', 'English'])).toBeDefined();
  });

  it('reads "(preferably AWS)" and "and preferably other X" as preferring only what they name', () => {
    const groups = groupsOf(
      'Requirements',
      '- Experience operating services using major cloud providers (preferably AWS).',
      '- Experience with Jenkins and preferably other CI/CD platforms',
      '- Interest in blockchain ecosystems. (Not required, but definitely a bonus!)',
    );
    expect(findGroup(groups, 'REQUIRED', ['Cloud computing'])).toBeDefined();
    expect(findGroup(groups, 'PREFERRED', ['AWS'])).toBeDefined();
    expect(findGroup(groups, 'REQUIRED', ['Jenkins'])).toBeDefined();
    expect(findGroup(groups, 'PREFERRED', ['CI/CD'])).toBeDefined();
    // An aside that names nothing but its importance still governs its whole line.
    expect(groups.filter((g) => g.importance === 'REQUIRED').flatMap((g) => g.skills)).not.toContain('Blockchain');
  });

  it('reads a prose duty sentence under a requirements heading as no requirement', () => {
    const groups = groupsOf(
      "## What we're looking for",
      'A lead designer. You’ll work closely with our founders and engineers to deliver a seamless experience in our webapp and our mobile apps (native Android and iOS).',
      '',
      'We need someone who can do more than just Photoshop mockups. You will be responsible for our Figma library.',
    );
    const skills = groups.flatMap((g) => g.skills);
    expect(skills).toContain('Adobe Photoshop');
    for (const s of ['Android', 'iOS', 'Mobile development', 'Figma']) expect(skills).not.toContain(s);
  });

  it('reads a starred footnote under the requirements as no requirement', () => {
    const groups = groupsOf(
      '## Qualifications',
      '- Knowledge of AWS',
      '',
      '*A pool of qualified persons resulting from this process MAY be created, with linguistic profiles (english essential, bilingual imperative BBB/BBB).',
    );
    expect(groups.flatMap((g) => g.skills)).toEqual(['AWS']);
  });

  it('splits "X is a must and Y is an advantage" into a required and a preferred clause', () => {
    const groups = groupsOf(
      'Requirements',
      '- Good SQL knowledge (MySQL, PostgreSQL) is a must and basic database administrative experience is an advantage',
    );
    expect(findGroup(groups, 'REQUIRED', ['SQL'])).toBeDefined();
    expect(findGroup(groups, 'REQUIRED', ['MySQL', 'PostgreSQL'])).toBeDefined();
    expect(findGroup(groups, 'PREFERRED', ['Database administration'])).toBeDefined();
  });

  it("reads a federal posting's bold field labels as conditions, and an agency's name as no skill", () => {
    const groups = parsePosting(
      [
        '# Strategist',
        '## Basic Information',
        '**Travel requirement:**',
        'Occasional travel may be required between 10%-20% per year',
        '**Security clearance:**',
        'Public trust. Background investigation required.',
        '## Employment Requirements',
        '- Have your identity verified. We will use the Department of Homeland Security’s e-Verify system for this.',
        '## Qualifications',
        '- Experience conducting user research and usability testing.',
        '- Strong Security skills.',
      ].join('\n'),
      taxonomy(),
    ).posting.requirements;
    const skills = groups.flatMap((g) => g.skills);
    expect(skills).not.toContain('Security clearance');
    expect(groups.find((g) => /Homeland/u.test(g.label))).toBeUndefined();
    expect(skills).toEqual(expect.arrayContaining(['User research', 'Usability testing', 'Information security']));
  });

  it('reads a colon line with no heading as a requirements lead-in by its last sentence', () => {
    // "We need both frontend and backend expertise. At Acme you will be expected to:" introduces duties.
    expect(
      groupsOf(
        'We need smart and motivated engineers. We need both frontend and backend expertise. At Acme you will be expected to:',
        '- Write automated tests that verify the functionality of your code',
        '- Engage in peer code reviews daily',
      ),
    ).toEqual([]);
    // "We are looking for someone new. We'd love to hear from you if:" introduces what is asked.
    const asked = groupsOf(
      "We are looking for a new member of our research software team. We'd love to hear from you if:",
      '- You advocate for good software development practices;',
    );
    expect(findGroup(asked, 'REQUIRED', ['Software development'])).toBeDefined();
  });
});

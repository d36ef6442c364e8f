import { parsePosting, parsePostings } from '../../../src/parsing/posting';
import { findGroup, skillsOf, taxonomy } from './helpers';

const parse = (text: string) => parsePosting(text, taxonomy());

describe('headings of public-sector postings (issue 10, batch 4)', () => {
  it('reads a UK person specification: "Essential" lines required, "Desirable" lines preferred', () => {
    const { posting } = parse(
      [
        '# Software Developer',
        '## Person Specification',
        'Essential',
        '- Experience of version control technologies such as Git',
        '- Experience writing automated tests',
        'Desirable criteria',
        '- Knowledge of Terraform',
      ].join('\n'),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['Git', 'Test automation']));
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(['Terraform']);
  });

  it('reads a glued "Preferred Technical Experience, Skills and Abilities" heading as preferred', () => {
    // Copied from a state digital-service page: the heading runs into the lines around it.
    const { posting } = parse(
      "Full-Stack Software EngineerAs a part of the team, you will:- Deliver solutions that meet users' needs- Lead a team of engineersPreferred Technical Experience, Skills and AbilitiesApplicants will be assessed on one or more engineering disciplines.We are seeking individuals with the following experience, skills, and abilities:- Ability to engage with technologies such as React, Next.js and AWS- Debugging and diagnosing issues in distributed systems",
    );
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(
      expect.arrayContaining(['React', 'Next.js', 'AWS', 'Debugging', 'Distributed systems']),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).not.toContain('React');
  });

  it('reads "Skills We\'re Seeking" as the requirements heading', () => {
    const { posting } = parse(
      [
        'Data Analyst',
        'Responsibilities',
        '- Maintain dashboards in Tableau',
        "Skills We're Seeking",
        '- SQL and Python for cleaning survey data',
      ].join('\n'),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['SQL', 'Python']));
    expect(skillsOf(posting.requirements, 'REQUIRED')).not.toContain('Tableau');
  });

  it('keeps a competence heading that names a job noun ("SPECIALIST SKILLS") in the same posting', () => {
    const text = [
      'Developer',
      '## PERSON SPECIFICATION - COMPETENCES/SKILLS REQUIRED',
      '### Leading and Teamworking',
      '#### Essential',
      '* builds trust and openness with colleagues',
      '',
      '### SPECIALIST SKILLS / EXPERTISE',
      '#### Essential',
      '* solid experience of web application development, ideally in Ruby',
      '#### Desirable',
      '* experience of building and scaling high-traffic websites',
    ].join('\n');
    expect(parsePostings(text, taxonomy())).toHaveLength(1);
    const { posting } = parse(text);
    expect(findGroup(posting.requirements, 'REQUIRED', ['Web development'])).toBeDefined();
    expect(findGroup(posting.requirements, 'PREFERRED', ['Ruby'])).toBeDefined();
  });

  it('keeps a "we are seeking" sub-heading under a preferred heading preferred', () => {
    const text = (lead: string) =>
      [
        '# Full-Stack Engineer',
        '### Preferred Technical Experience, Skills and Abilities',
        'Applicants will be assessed on their strengths across the stack.',
        `#### ${lead}`,
        '-   Working with React and Next.js',
        '-   Writing automated tests for application flows',
      ].join('\n');
    const seeking = parse(text('We are seeking individuals with the following experience, skills, and abilities:'));
    expect(skillsOf(seeking.posting.requirements, 'PREFERRED')).toEqual(
      expect.arrayContaining(['React', 'Next.js', 'Test automation']),
    );
    expect(skillsOf(seeking.posting.requirements, 'REQUIRED')).toEqual([]);
    // A sub-heading that says the candidate must have them still makes them required.
    const must = parse(text('Applicants must have the following experience:'));
    expect(skillsOf(must.posting.requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['React', 'Next.js']));
  });

  it('reads "##Heading" written without a space, and a footnote star after a heading', () => {
    const { posting } = parse(
      [
        'Research Software Programmer',
        '',
        '##Required Qualifications*',
        '',
        '- Experience developing solutions in Python',
        '',
        '##Desired Qualifications*',
        '',
        '- Experience with R and SQL',
      ].join('\n'),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(['Python']);
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(expect.arrayContaining(['R', 'SQL']));
  });
});

describe('a preferred cue that leads a sentence governs its list (issue 10, batch 4)', () => {
  it('keeps the items after ", and" preferred when the sentence opens with the cue', () => {
    const { posting } = parse(
      [
        'Research Software Engineer',
        '## About You',
        'You will need to be comfortable programming in Python.',
        '',
        'You could provide even more value to our team by having experience with version control systems, working across Mac, Windows, and Linux operating systems, or any of the following: R, SQL, JavaScript.',
      ].join('\n'),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(['Python']);
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(
      expect.arrayContaining(['Version control', 'Linux', 'R', 'SQL', 'JavaScript']),
    );
  });

  it('still splits a line whose cue closes only its own clause', () => {
    const { posting } = parse(['Backend Engineer', 'Requirements', '- Strong Python, and Go is a plus'].join('\n'));
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(['Python']);
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(['Go']);
  });
});

describe('taxonomy words in requirement lines (issue 10, batch 4)', () => {
  it('reads "a programming language such as PHP, Go" as the languages, not O*NET\'s APL ("A programming language")', () => {
    const { posting } = parse(
      ['DevOps Engineer', '## You will have', '- Experience with a programming language such as PHP, Go, Python'].join(
        '\n',
      ),
    );
    const skills = skillsOf(posting.requirements, 'REQUIRED');
    expect(skills).toEqual(expect.arrayContaining(['PHP', 'Go', 'Python']));
    expect(skills).not.toContain('A programming language');
    expect(skills).not.toContain('APL');
  });

  it('reads "Fullstack", "Google Suite" and "think critically" as the skills they name', () => {
    const { posting } = parse(
      [
        'Software Engineer',
        '# You are...',
        '- a Backend or Fullstack engineer who loves working on the Web.',
        '- comfortable with workflows across Github and Google Suite.',
        '- able to think critically about evidence.',
      ].join('\n'),
    );
    const skills = skillsOf(posting.requirements, 'REQUIRED');
    expect(skills).toEqual(expect.arrayContaining(['Full-stack development', 'Google Workspace', 'Critical thinking']));
    expect(skills).not.toContain('Think critically');
  });
});

describe('application-process prose and communicators (issue 10, batch 4)', () => {
  it('reads no requirement from "Should we receive a high volume of applications, a pre-sift based on ..."', () => {
    const { posting } = parse(
      [
        'DevOps Engineer',
        '## You will have',
        '- Experience of version control technologies such as Git',
        '## How to Apply',
        'Should we receive a high volume of applications, a pre-sift based on recent experience related to the role of DevOps engineer will be conducted prior to the sift.',
      ].join('\n'),
    );
    expect(posting.requirements.flatMap((g) => g.skills)).not.toContain('DevOps');
    // "Should have" still reads as a requirement outside any heading.
    const plain = parse(['Backend Developer', '', 'Should have 3 years of experience with Go.'].join('\n'));
    expect(skillsOf(plain.posting.requirements, 'REQUIRED')).toContain('Go');
  });

  it('reads "a clear and efficient communicator" as Communication (and "self-motivated" as Work independently)', () => {
    const { posting } = parse(
      [
        'Senior Software Engineer',
        '# You are...',
        '- easy to work with, self-motivated and a clear and efficient communicator.',
      ].join('\n'),
    );
    expect(findGroup(posting.requirements, 'REQUIRED', ['Communication', 'Work independently'])).toMatchObject({
      assessable: false,
    });
  });
});

describe('certifications are not skills (issue 10, batch 4)', () => {
  it('reads no skill from a line that only names certifications, and still reads experience beside one', () => {
    const { posting } = parse(
      [
        'Lead Backend and DevOps Developer',
        '### PREFERRED SKILLS',
        '-   AWS Certified DevOps Engineer, Microsoft Certified Solutions Associate;',
        '-   Implementing Microsoft Azure Infrastructure Solutions – ScrumAlliance Certified Scrum Master;',
        '-   Experience with and willingness to do pair programming;',
        '-   Certified Kubernetes Administrator (CKA) or equivalent experience with Kubernetes',
        '-   AWS Solutions Architect certification',
      ].join('\n'),
    );
    const skills = posting.requirements.flatMap((g) => g.skills);
    for (const named of ['DevOps', 'Azure', 'Scrum']) expect(skills).not.toContain(named);
    expect(posting.requirements.filter((g) => /Certified/u.test(g.label)).map((g) => g.skills)).toEqual([
      ['Kubernetes'],
    ]);
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(
      expect.arrayContaining(['Pair programming', 'Kubernetes']),
    );
    // A certification asked for by its subject ("AWS ... certification") still names AWS, as the seed labels read it.
    expect(findGroup(posting.requirements, 'PREFERRED', ['AWS'])).toBeDefined();
  });
});

import { parsePosting, splitPostings } from '../../../src/parsing/posting';
import { joinWrappedLines } from '../../../src/parsing/posting/lines';
import { looksLikeJobTitle } from '../../../src/parsing/posting/job-title-pattern';
import { skillsOf, taxonomy } from './helpers';

const required = (text: string): string[] => skillsOf(parsePosting(text, taxonomy()).posting.requirements, 'REQUIRED');
const line = (text: string) => ({ text, bullet: false, marked: false, blankBefore: false, separatorBefore: false });

describe('requirements in prose with no requirements heading (issue 10)', () => {
  it('reads "We’re seeking a ... person fluent in ..." as asking, curly apostrophe or not', () => {
    const text =
      'Backend Developer\n\nAcme is a small charity. We’re seeking a skilled and patient individual fluent in Python and PostgreSQL to join our team. The work is mostly backend.\n';
    expect(required(text).sort()).toEqual(['PostgreSQL', 'Python']);
  });

  it('reads "<the job> will possess knowledge and experience in ..." as asking', () => {
    const text =
      '# Platform Engineer\n\nPlatform Engineers run our servers.\n\nPlatform Engineers will possess knowledge and experience in Linux system administration and Ansible.\n';
    expect(required(text).sort()).toEqual(['Ansible', 'Linux system administration']);
  });
});

describe('a block under an unknown heading that describes the candidate (issue 10)', () => {
  const posting = (heading: string, ...lines: string[]) =>
    parsePosting(
      [
        'Product Manager',
        '',
        'Key Responsibilities',
        'Own the roadmap for our mobile apps',
        'Run weekly planning',
        heading,
        ...lines,
      ].join('\n'),
      taxonomy(),
    ).posting.requirements;

  it('reads it as required even inside the duties a heading above opened', () => {
    const groups = posting(
      'Bring Your Strengths To The Team',
      '5+ years of product management experience',
      'Excellent written communication skills',
      'An analytical, metrics-driven work style',
      'Comfort with ambiguity',
    );
    expect(skillsOf(groups, 'REQUIRED')).toEqual(expect.arrayContaining(['Product management']));
  });

  it('reads the list under a sentence announcing skills as required, the sentence\'s "desired" aside', () => {
    const text = [
      'News Developer',
      '',
      'We are a small team that builds tools for newsrooms.',
      'Here are some desired skills and attributes for this position (you might not meet all of them):',
      '- 2+ years of professional experience in web development',
      '- Strong front-end skills (HTML/CSS/JS)',
      '- Experience with version control (we use Git)',
      '- It would be great if you had some experience with data visualization',
      'This is a full-time position with benefits.',
    ].join('\n');
    const groups = parsePosting(text, taxonomy()).posting.requirements;
    expect(skillsOf(groups, 'REQUIRED')).toEqual(expect.arrayContaining(['Web development', 'HTML', 'Git']));
    expect(skillsOf(groups, 'PREFERRED')).toEqual(['Data visualization']);
  });

  it('reads a list of what people who do well have under a markup heading set over two rows', () => {
    const text = [
      'Senior Engineer',
      '',
      '## Who are we?',
      'We make billing software for dentists.',
      '## What are the traits of people who have',
      '## thrived in this role?',
      '- They want to do more than write code',
      '- They have experience with our stack (React, Laravel, Docker)',
      '- They are detail-oriented',
      '- They can learn new things quickly',
    ].join('\n');
    expect(
      joinWrappedLines([
        { ...line('What are the traits of people who have'), marked: true },
        { ...line('thrived in this role?'), marked: true },
      ]).map((l) => l.text),
    ).toEqual(['What are the traits of people who have thrived in this role?']);
    expect(required(text)).toEqual(expect.arrayContaining(['React', 'Laravel', 'Docker']));
  });

  it('reads the end of a duties section as required when all its last lines describe the candidate', () => {
    const groups = posting(
      'Present results to leadership every quarterNatural leadership instincts',
      '5+ years of product management experience',
      'Excellent written communication skills',
      'An analytical, metrics-driven work style',
      'Ability to work with designers in an agile environment',
    );
    expect(skillsOf(groups, 'REQUIRED')).toEqual(expect.arrayContaining(['Product management']));
  });

  it('leaves a block of duties under such a line alone', () => {
    const groups = posting(
      'Make An Impact On Day One',
      'Write the product requirements for the SQL editor',
      'Partner with design on the onboarding flow',
      'Present results to leadership every quarter',
    );
    expect(groups).toEqual([]);
  });
});

describe('one posting that names its job twice', () => {
  it('reads a job board summary and the full description under "Position: <the same title>" as one posting', () => {
    const text = [
      'Junior Software Developer',
      'Acme, Inc.',
      '',
      'Qualifications',
      'English (Required)',
      '',
      '*',
      'Position: Junior Software Developer',
      '',
      'Overview:',
      'We build telephony software.',
      '',
      'Candidate must have:',
      '- Working knowledge of SQL',
    ].join('\n');
    expect(splitPostings(text)).toHaveLength(1);
    expect(required(text)).toEqual(expect.arrayContaining(['SQL']));
  });
});

describe('lines that only look continued', () => {
  it('keeps a known heading ending in a connecting word off the capitalised sentence after it', () => {
    const joined = joinWrappedLines([line("We'll be looking for"), line("We're looking for someone who knows Go.")]);
    expect(joined.map((l) => l.text)).toEqual(["We'll be looking for", "We're looking for someone who knows Go."]);
    // A sentence wrapped after "for" still joins.
    expect(joinWrappedLines([line('We are hiring for'), line('Berlin and Paris.')]).map((l) => l.text)).toEqual([
      'We are hiring for Berlin and Paris.',
    ]);
  });

  it('does not read "non-engineering" as a job title, so a duty line does not start another posting', () => {
    expect(looksLikeJobTitle('Collaborating across non-engineering departments')).toBe(false);
    expect(looksLikeJobTitle('Review code, mentor teammates, and lead projects')).toBe(false);
    expect(looksLikeJobTitle('Platform Engineering Lead')).toBe(true);
    const text = [
      'Software Developer',
      '',
      'Requirements',
      '',
      '- Three years of Go',
      '',
      'What you will do',
      '',
      'Building features from idea to release',
      '',
      'Collaborating across non-engineering departments and with customers',
      '',
      'Review code, mentor teammates, and lead projects to their outcomes',
      '',
      'Nice to have',
      '',
      '- Kafka',
    ].join('\n');
    expect(splitPostings(text)).toHaveLength(1);
  });
});

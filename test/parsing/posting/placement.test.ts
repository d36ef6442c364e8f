import { parsePosting } from '../../../src/parsing/posting';
import { splitByImportance } from '../../../src/parsing/posting/importance';
import { findGroup, skillsOf, taxonomy, groupsUnder } from './helpers';

describe('required or preferred', () => {
  it('lets the sentence that opens a section decide it when it says otherwise than the heading', () => {
    const required = parsePosting(
      'Data Engineer\n\nDesired Skills: Applicants need to know our customers well, and should have worked in a small team before.\n- Python\n- Airflow\n',
      taxonomy(),
    ).posting.requirements;
    expect(skillsOf(required, 'REQUIRED').sort()).toEqual(['Apache Airflow', 'Python']);
    expect(skillsOf(required, 'PREFERRED')).toEqual([]);
    const preferred = parsePosting(
      'Data Engineer\n\nRequirements\nWhile the following are not required, they are a big plus.\n- Kafka\n- Go\n',
      taxonomy(),
    ).posting.requirements;
    expect(skillsOf(preferred, 'PREFERRED').sort()).toEqual(['Apache Kafka', 'Go']);
  });

  it('does not read "in addition to the mandatory criteria above" as saying the list under it is required', () => {
    const { groups } = groupsUnder(
      '## Bonus experience',
      'In addition to the mandatory experience criteria above, we prioritise applicants who know some of:',
      '- Terraform',
      '- Kafka',
    );
    expect(skillsOf(groups, 'PREFERRED').sort()).toEqual(['Apache Kafka', 'Terraform']);
    expect(skillsOf(groups, 'REQUIRED')).toEqual([]);
  });

  it('reads a line marked as a plus under a required heading as preferred', () => {
    const { groups } = groupsUnder(
      'Requirements',
      'Experience with Kubernetes is a plus',
      'Go would be a plus',
      'Terraform (nice to have)',
      'Strong Python',
    );
    expect(skillsOf(groups, 'PREFERRED').sort()).toEqual(['Go', 'Kubernetes', 'Terraform']);
    expect(skillsOf(groups, 'REQUIRED')).toEqual(['Python']);
  });

  it('splits a line whose clauses differ', () => {
    expect(
      splitByImportance('Familiarity with Terraform; Ansible would be a plus', 'REQUIRED').map((c) => [
        c.text,
        c.importance,
      ]),
    ).toEqual([
      ['Familiarity with Terraform', 'REQUIRED'],
      ['Ansible would be a plus', 'PREFERRED'],
    ]);
    const { groups } = groupsUnder('Requirements', 'Deep experience with relational databases, ideally PostgreSQL');
    expect(skillsOf(groups, 'REQUIRED')).toEqual(['Relational databases']);
    expect(skillsOf(groups, 'PREFERRED')).toEqual(['PostgreSQL']);
  });

  it('reads Indeed-style "(Required)" / "(Preferred)" fields', () => {
    const { groups } = groupsUnder('Experience:', '- Python: 2 years (Required)', '- Django: 1 year (Preferred)');
    expect(findGroup(groups, 'REQUIRED', ['Python'])).toMatchObject({ minMonths: 24 });
    expect(findGroup(groups, 'PREFERRED', ['Django'])).toMatchObject({ minMonths: 12 });
  });

  it.each(['Nice to have', 'Preferred qualifications', 'Bonus points', 'Pluses', 'NICE TO HAVE'])(
    'reads items under "%s" as preferred',
    (heading) => {
      const { groups } = groupsUnder(heading, '- Kafka', '- Redis');
      expect(skillsOf(groups, 'PREFERRED')).toEqual(['Apache Kafka', 'Redis']);
      expect(skillsOf(groups, 'REQUIRED')).toEqual([]);
    },
  );

  it('ignores skills named in responsibilities, benefits and company text', () => {
    const text = [
      'Engineer',
      'About us',
      'We run Kafka and Go.',
      "What you'll do",
      '- Build services in Rust',
      'Requirements',
      '- Python',
      'Benefits',
      '- Free AWS credits',
    ].join('\n');
    expect(parsePosting(text, taxonomy()).posting.requirements.flatMap((g) => g.skills)).toEqual(['Python']);
  });
});

describe('prose that welcomes applications from people with skills', () => {
  it('reads "Applications are welcome from ... with skills in" as preferred skills', () => {
    const { posting } = parsePosting(
      [
        '# Research Software Engineer',
        '',
        '## Applying',
        '',
        'Applications are welcome from RSEs with technology-focused skills which complement our portfolio, e.g. machine learning and numerical computing.',
      ].join('\n'),
      taxonomy(),
    );
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(
      expect.arrayContaining(['Machine learning', 'Numerical computing']),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual([]);
  });

  it('keeps a sentence of examples opening "E.g." with the sentence it illustrates', () => {
    const { posting } = parsePosting(
      [
        '# Research Software Engineer',
        '',
        '## Applying',
        '',
        'Applications are welcome from RSEs with skills which complement our portfolio. E.g. machine learning, HPC.',
      ].join('\n'),
      taxonomy(),
    );
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(
      expect.arrayContaining(['Machine learning', 'High-performance computing']),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual([]);
  });
});

describe('a skill asked at two levels', () => {
  const parseLines = (...lines: string[]) =>
    parsePosting(['# Software Engineer', '', ...lines].join('\n'), taxonomy()).posting.requirements;

  it('keeps it once, as required, when a preferred list names it among others', () => {
    const groups = parseLines(
      '## Requirements',
      '- 3+ years of experience with Python',
      '',
      '## Nice to have',
      '- Experience with Python, Go or Rust',
    );
    expect(skillsOf(groups, 'REQUIRED')).toContain('Python');
    expect(skillsOf(groups, 'PREFERRED')).not.toContain('Python');
    expect(skillsOf(groups, 'PREFERRED')).toEqual(expect.arrayContaining(['Go', 'Rust']));
  });

  it('keeps a preferred line of its own and a required skill offered only among alternatives', () => {
    const groups = parseLines(
      '## Requirements',
      '- 3+ years of experience with AWS',
      '- Experience with Go or Rust',
      '',
      '## Nice to have',
      '- AWS certification',
      '- Experience with Rust and Kubernetes',
    );
    expect(skillsOf(groups, 'PREFERRED')).toEqual(expect.arrayContaining(['AWS', 'Rust', 'Kubernetes']));
  });

  it('reads "(Not essential)", "is ideal", "is valued" and "would be assets" as preferred', () => {
    const { groups } = groupsUnder(
      'Qualifications',
      '- (Not essential) experience with Kafka',
      '- A background in Kubernetes is ideal.',
      '- Familiarity with Terraform is valued',
      '- Some knowledge of Go and Rust would be assets',
      '- Strong Python',
    );
    expect(skillsOf(groups, 'PREFERRED').sort()).toEqual(['Apache Kafka', 'Go', 'Kubernetes', 'Rust', 'Terraform']);
    expect(skillsOf(groups, 'REQUIRED')).toEqual(['Python']);
  });

  it('does not take "a desired solution" for a wish, nor cut a clause at "e.g."', () => {
    const { groups } = groupsUnder(
      'Requirements',
      '- Python: the ability to analyze data to produce a desired solution',
      '- Consensus knowledge (e.g. Raft) desired',
    );
    expect(skillsOf(groups, 'REQUIRED')).toEqual(['Python']);
    expect(skillsOf(groups, 'REQUIRED')).not.toContain('Raft');
    expect(skillsOf(groups, 'PREFERRED')).toContain('Raft');
  });

  it('reads "extra consideration will be given" and "you might also have" lead-ins as preferred', () => {
    const { groups } = groupsUnder(
      'Requirements',
      '- Strong Python',
      'Extra consideration will be given for candidates that:',
      '- Have experience with Kafka',
      'You might also have:',
      '- Experience with Terraform',
    );
    expect(skillsOf(groups, 'REQUIRED')).toEqual(['Python']);
    expect(skillsOf(groups, 'PREFERRED').sort()).toEqual(['Apache Kafka', 'Terraform']);
  });

  it('reads each sentence of a lead-in at its own importance, the last one leading the list in', () => {
    const { groups } = groupsUnder(
      'Requirements',
      'Experience with Java or Python. Ideally with experience in the following:',
      'Kotlin',
      'Go',
    );
    expect(skillsOf(groups, 'REQUIRED').sort()).toEqual(['Java', 'Python']);
    expect(skillsOf(groups, 'PREFERRED').sort()).toEqual(['Go', 'Kotlin']);
  });

  it('reads a trailing "experience with X is preferred" clause and "a further plus" as preferred', () => {
    const { groups } = groupsUnder(
      'Requirements',
      '- You bring wide experience with Linux, experience with Debian and Ubuntu is preferred',
      '- A further plus is knowing Terraform',
    );
    expect(skillsOf(groups, 'REQUIRED')).toEqual(['Linux']);
    expect(skillsOf(groups, 'PREFERRED').sort()).toEqual(['Debian', 'Terraform', 'Ubuntu']);
  });

  it('gives a cue that only points back ("any of these is a plus") to the clause before it', () => {
    const { groups } = groupsUnder(
      'Requirements',
      '- Strong Python',
      '- CoffeeScript, TypeScript — any of these is a plus',
    );
    expect(skillsOf(groups, 'REQUIRED')).toEqual(['Python']);
    expect(skillsOf(groups, 'PREFERRED').sort()).toEqual(['CoffeeScript', 'TypeScript']);
  });

  it('reads "(It\'s a plus!)" and "if you aren\'t an expert in X, that\'s ok" as preferred', () => {
    const { groups } = groupsUnder(
      'Requirements',
      '- Strong Python',
      "- Selenium and Cypress (It's a plus!)",
      "- If you aren't an expert Go developer, that's ok.",
    );
    expect(skillsOf(groups, 'REQUIRED')).toEqual(['Python']);
    expect(skillsOf(groups, 'PREFERRED').sort()).toEqual(['Cypress', 'Go', 'Selenium']);
  });

  it('keeps the duration and importance of a lead-in\'s own skill off "the following ... desired" list', () => {
    const { groups } = groupsUnder(
      'Qualifications',
      'Approximately 3-5 years of experience with AWS deployments with the following skills desired:',
      '- Terraform',
    );
    expect(findGroup(groups, 'REQUIRED', ['AWS'])).toMatchObject({ minMonths: 36 });
    expect(findGroup(groups, 'PREFERRED', ['Terraform'])).toMatchObject({ minMonths: null });
  });

  it('reads a short "X preferred" after a comma as preferred and the clause before it as required', () => {
    const { groups } = groupsUnder('Requirements', '- 5+ years of Java experience, Kotlin preferred');
    expect(findGroup(groups, 'REQUIRED', ['Java'])).toMatchObject({ minMonths: 60 });
    expect(skillsOf(groups, 'PREFERRED')).toEqual(['Kotlin']);
    const more = groupsUnder('Requirements', '- Strong background in Java, Kotlin experience is a big plus').groups;
    expect(skillsOf(more, 'REQUIRED')).toEqual(['Java']);
    expect(skillsOf(more, 'PREFERRED')).toEqual(['Kotlin']);
  });
});

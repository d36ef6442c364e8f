import { parsePosting } from '../../../src/parsing/posting';
import { repairLostCpp } from '../../../src/parsing/posting/cpp-repair';
import { findDurations } from '../../../src/parsing/posting/experience';
import { findGroup, fixture, skillsOf, taxonomy, groupsUnder } from './helpers';

describe('experience durations', () => {
  it.each([
    ['3+ years of experience with Python', 36],
    ['2-4 years of experience with Java', 24],
    ['2 to 4 years of professional experience', 24],
    ['six months of experience with SQL', 6],
    ['at least 6+ months of experience with Go', 6],
    ['one year of experience with Linux', 12],
    ['1 year experience in one or more of the following', 12],
    ['3 months experience with APIs', 3],
    ['1.5 years of experience building REST APIs', 18],
    ['5+ yrs exp with AWS', 60],
    ['Python: 2 years (Required)', 24],
    ["You've used Go professionally for 2 years or more", 24],
    ["You've been working on distributed systems for several years", 24],
  ])('"%s" -> %i months', (text, months) => {
    expect(findDurations(text).map((d) => d.months)).toEqual([months]);
  });

  it.each([
    'Must be 18 years of age',
    'a 12 month program',
    'This contract lasts for 6 months',
    'We have been around for 20 years',
    'We have worked with newsrooms for 10 years',
  ])('ignores durations that are not experience: "%s"', (text) => {
    expect(findDurations(text)).toEqual([]);
  });

  it('gives each skill the duration of its own sentence or clause', () => {
    const { groups } = groupsUnder(
      'Requirements',
      '4+ years of Java development experience. Familiarity with Spring Boot.',
      '5+ years of backend experience, at least 2 in Go',
    );
    expect(findGroup(groups, 'REQUIRED', ['Java'])).toMatchObject({ minMonths: 48 });
    expect(findGroup(groups, 'REQUIRED', ['Spring Boot'])).toMatchObject({ minMonths: null });
    expect(findGroup(groups, 'REQUIRED', ['Go'])).toMatchObject({ minMonths: 24 });
  });
});

describe('lost "++" of C++', () => {
  it('reads the first of "C , C" as C++ and reports it', () => {
    expect(repairLostCpp('C , C, Java, Golang')).toEqual({ text: 'C++ , C, Java, Golang', repaired: true });
    expect(repairLostCpp('areas:C , C, Java')).toEqual({ text: 'areas:C++ , C, Java', repaired: true });
    expect(repairLostCpp('C/C and Java')).toEqual({ text: 'C/C++ and Java', repaired: true });
    const { groups, codes } = groupsUnder('Requirements', 'C , C, Java, Python');
    expect(findGroup(groups, 'REQUIRED', ['C++', 'C', 'Java', 'Python'])).toBeDefined();
    expect(codes).toContain('CPP_REPAIRED');
  });

  it('leaves real lists alone', () => {
    for (const text of ['C, C++, Java', 'C++, C, Java', 'C#, C, Go', 'C and Rust', 'Class C, Category C']) {
      expect(repairLostCpp(text).repaired).toBe(false);
    }
  });
});

describe('groups', () => {
  it('reads "one or more of the following:" + a bullet list as one group of alternatives', () => {
    const { groups } = groupsUnder(
      'Requirements',
      '3+ years of experience with one or more of the following:',
      '- Python',
      '- Go',
      '- Rust',
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ importance: 'REQUIRED', category: 'LANGUAGE', minMatches: 1, minMonths: 36 });
    expect(groups[0].skills).toEqual(['Python', 'Go', 'Rust']);
  });

  it('reads "all of" / "both" / "two or more" as minMatches', () => {
    const { groups } = groupsUnder(
      'Requirements',
      'All of the following: Terraform, Ansible, Jenkins',
      'Both Docker and Kubernetes',
      'Two or more of Python, Go, Rust, Java',
    );
    expect(findGroup(groups, 'REQUIRED', ['Terraform', 'Ansible', 'Jenkins'])).toMatchObject({ minMatches: 3 });
    expect(findGroup(groups, 'REQUIRED', ['Docker', 'Kubernetes'])).toMatchObject({ minMatches: 2 });
    expect(findGroup(groups, 'REQUIRED', ['Python', 'Go', 'Rust', 'Java'])).toMatchObject({ minMatches: 2 });
  });

  it('splits a line by category, each group keeping the line as label', () => {
    const { groups } = groupsUnder('Requirements', 'Experience with Jenkins, GitLab CI and PostgreSQL');
    expect(groups.map((g) => [g.category, g.skills])).toEqual([
      ['DEVOPS', ['Jenkins', 'GitLab CI']],
      ['DATABASE', ['PostgreSQL']],
    ]);
    expect(new Set(groups.map((g) => g.label))).toEqual(new Set(['Experience with Jenkins, GitLab CI and PostgreSQL']));
  });

  it('keeps "X or Y" alternatives of different categories together', () => {
    const { groups } = groupsUnder('Requirements', 'Experience with Kafka or PostgreSQL');
    expect(groups).toHaveLength(1);
    expect(groups[0].skills).toEqual(['Apache Kafka', 'PostgreSQL']);
  });

  it('tells C, C++, C#, Go, R, Java and JavaScript apart', () => {
    const { groups } = groupsUnder('Requirements', 'C, C++, C#, Go, R, Java and JavaScript');
    expect(groups.flatMap((g) => g.skills)).toEqual(['C', 'C++', 'C#', 'Go', 'R', 'Java', 'JavaScript']);
    const prose = groupsUnder('Requirements', 'Ability to go the extra mile and rest well; JavaScript experience');
    expect(prose.groups.flatMap((g) => g.skills)).toEqual(['JavaScript']);
  });

  it('maps umbrella phrases to umbrella skills', () => {
    const { groups } = groupsUnder(
      'Requirements',
      'Knowledge of operating systems',
      'Experience with container technologies',
      'Familiarity with databases',
      'Experience with APIs and web services',
      'Understanding of virtualization and cloud operations',
    );
    expect(groups.flatMap((g) => g.skills)).toEqual([
      'Operating systems',
      'Container technologies',
      'Databases',
      'APIs',
      'Web services',
      'Virtualization',
      'Cloud operations',
    ]);
  });

  it('keeps the posting’s own words as label, cleaned of markup', () => {
    const { posting } = parsePosting(
      'Engineer\n<h3>Requirements</h3><ul><li>Experience with <b>Redis</b> &amp; Memcached</li></ul>',
      taxonomy(),
    );
    expect(posting.requirements[0].label).toBe('Experience with Redis & Memcached');
  });

  it('weights every group 1', () => {
    const { posting } = parsePosting(fixture('bigtech-software-engineer'), taxonomy());
    expect(
      posting.requirements.every((g) => g.weight === 1 && g.minMatches >= 1 && g.minMatches <= g.skills.length),
    ).toBe(true);
  });
});

describe('requirements in prose with no heading', () => {
  it('reads the sentences that ask something of the candidate, not the company text around them', () => {
    const { posting } = parsePosting(
      [
        'Angular Front-end Developer',
        'Acme is looking for front end developers with expertise in Angular, HTML and CSS. Our backend uses Django.',
        'Applicants should have experience with PostgreSQL.',
      ].join('\n'),
      taxonomy(),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(
      expect.arrayContaining(['Angular', 'HTML', 'CSS', 'PostgreSQL']),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).not.toContain('Django');
  });
});

describe('warnings about what was left out', () => {
  it('reports technical-looking terms that are not known skills, and never invents them', () => {
    const { groups, warnings } = groupsUnder(
      'Requirements',
      'Experience with Python, Fooscript and Zorblax 3.0',
      'Knowledge of Internet Services and FrobDB',
    );
    const unknown = warnings.filter((w) => w.code === 'UNKNOWN_TERM').map((w) => w.at);
    expect(unknown).toEqual(expect.arrayContaining(['Zorblax 3.0', 'FrobDB']));
    expect(groups.flatMap((g) => g.skills)).not.toContain('Zorblax 3.0');
    expect(groups.flatMap((g) => g.skills)).toEqual(['Python', 'Internet services']);
  });

  it('reports leftover items of a skill list', () => {
    const { warnings } = groupsUnder('Requirements', 'Python, Go, Rust, quuxlang');
    expect(warnings.filter((w) => w.code === 'UNKNOWN_TERM').map((w) => w.at)).toEqual(['quuxlang']);
  });

  it('does not report ordinary words, degrees, numbers or the company', () => {
    const { posting, warnings } = parsePosting(
      'Engineer at Zentrix\nRequirements\n- Bachelor’s degree in Electrical Engineering\n- Strong Communication skills\n- 3+ years at Zentrix or similar, 2026 start',
      taxonomy(),
    );
    expect(posting.company).toBe('Zentrix');
    expect(warnings.filter((w) => w.code === 'UNKNOWN_TERM')).toEqual([]);
  });

  it('says when no requirements were found', () => {
    const { codes } = groupsUnder('Requirements', 'A great attitude');
    expect(codes).toContain('NO_REQUIREMENTS');
  });
});

describe('soft-skill and data wordings of requirement lines', () => {
  it.each([
    ['Direct management experience, with a track record of building successful teams.', 'Team management'],
    ['Comfortable juggling multiple priorities and deadlines', 'Time management'],
    ['Skills in data analytics (including statistical computing and machine learning)', 'Statistics'],
  ])('%j asks for %s', (line, skill) => {
    const { posting } = parsePosting(['# Operations Lead', '', '## Requirements', `- ${line}`].join('\n'), taxonomy());
    expect(skillsOf(posting.requirements, 'REQUIRED')).toContain(skill);
  });
});

describe('prose with no heading that says what the candidate has', () => {
  it('reads "you have previous experience" as asking, and its company sentences as not', () => {
    const { posting } = parsePosting(
      [
        '# Director of Content Strategy',
        '',
        'Acme makes code search for developers at thousands of companies.',
        '',
        'An ambitious and empathetic people manager, you have previous experience building and inspiring a team of writers.',
      ].join('\n'),
      taxonomy(),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(['Team management']);
  });
});

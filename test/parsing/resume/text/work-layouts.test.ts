import { parseResumeText, type ResumeTextParse } from '../../../../src/parsing/resume/text';
import { shippedTaxonomy } from '../taxonomies';

/** Jobs as published résumés date them. */

const NOW = new Date('2026-12-01T00:00:00Z');

function parse(text: string): ResumeTextParse {
  return parseResumeText(text, shippedTaxonomy(), { now: NOW });
}

describe('jobs dated by a year alone', () => {
  it('dates a job whose title is followed by its year in brackets and then its employer', () => {
    const r = parse(
      [
        'Ana Ruiz',
        'ana@ruiz.dev',
        'Experience',
        'Software Engineer (2016-2018)  VISAGE SOFTWARE INC., Irvine, CA',
        '• Rails apps',
        'Ruby on Rails Developer (2015)  APPLICANTLAB, Newport Beach, CA',
        '• Integrated Google Oauth2 via Devise',
      ].join('\n'),
    );
    expect(r.work.map((w) => [w.start, w.end])).toEqual([
      ['2016-01', '2018-12'],
      ['2015-01', '2015-12'],
    ]);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ OAuth: 12 });
  });

  it('dates a job whose title line ends in one year with that whole year', () => {
    const r = parse(
      [
        'Lucas Teixeira',
        'lucas@example.com',
        'Experience',
        'Software Engineer at Rogue Snail (2019)',
        'Remote position.',
        '• Worked on an existing AWS system (using C#).',
        'Software Engineer at Possible Brasil (2018)',
        '• System based on AngularJS;',
        '• Promoted to Lead Engineer in 2018 after the launch.',
      ].join('\n'),
    );
    expect(r.work.map((w) => [w.title, w.employer, w.start, w.end])).toEqual([
      ['Software Engineer', 'Rogue Snail', '2019-01', '2019-12'],
      ['Software Engineer', 'Possible Brasil', '2018-01', '2018-12'],
    ]);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ AWS: 12, AngularJS: 12 });
  });
});

describe('entries that open with their dates', () => {
  it('keeps a line above the next dates in the entry before, when the section opens with a dates line', () => {
    const r = parse(
      [
        'Jan Küster',
        'jan@example.org',
        'Experience',
        '2014 - 2016 - We4IT GmbH Bremen',
        'IT Consultant for IBM XPages and Notes Domino',
        'Realize projects in XPages, monitor project status',
        'Integrated the Camunda engine with React',
        '2012 - 2014 - University of Bremen',
        'Student Assistant / Programmer',
        'Supervised software development lifecycle',
      ].join('\n'),
    );
    expect(r.work.map((w) => [w.title, w.employer, w.start, w.end])).toEqual([
      ['IT Consultant for IBM XPages and Notes Domino', 'We4IT GmbH Bremen', '2014-01', '2016-12'],
      ['Student Assistant / Programmer', 'University of Bremen', '2012-01', '2014-12'],
    ]);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ React: 36 });
  });
});

describe('a current job written with its start alone', () => {
  it('runs the newest entry whose lone month hangs on a dash to today, an older one stays a month', () => {
    const r = parse(
      [
        'Jan Küster',
        'jan@example.org',
        'Experience',
        '2016 / 09 - University of Bremen',
        'Fullstack Javascript Engineer',
        'Invent a realtime classroom management using Meteor and React',
        '2014 - 2016 - We4IT GmbH Bremen',
        'IT Consultant for IBM XPages and Notes Domino',
        '2011 / 11 - Getoq Consulting',
        'Project Management Simulation Training',
        'Topics included customer contracts, change management',
      ].join('\n'),
    );
    expect(r.work.map((w) => [w.employer, w.start, w.end])).toEqual([
      ['University of Bremen', '2016-09', null],
      ['We4IT GmbH Bremen', '2014-01', '2016-12'],
      ['Getoq Consulting', '2011-11', '2011-11'],
    ]);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ React: 123 });
  });
});

describe('a bracketed "since" in a bullet', () => {
  it('keeps the bullet in its job instead of opening a new one', () => {
    const r = parse(
      [
        'Georgi Zahariev',
        'georgi@example.com',
        'EXPERIENCE',
        'CS Undergraduate Teaching Assistant  August 2023 – Current',
        'George Mason University, VA, USA',
        '• UTA for Data Structures (since Aug 2024), previously assisted in Java and Python courses.',
        '• Guided 900+ students through coding challenges and lab grading.',
      ].join('\n'),
    );
    expect(r.work.map((w) => [w.title, w.start, w.end])).toEqual([
      ['CS Undergraduate Teaching Assistant', '2023-08', null],
    ]);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ Java: 40, Python: 40 });
  });
});

describe('a title with no title word before an organisation', () => {
  it('reads the part before the organisation as the title, so the skills it names earn the months', () => {
    const r = parse(
      [
        'Jan Küster',
        'jan@example.org',
        'Experience',
        'Scientific Employee / Software Development - University of Bremen  2012 - 2014',
        '· Invented a flexible assessment framework, targeting industrial trainees',
        'Project Management Simulation Training - Getoq Consulting  2011 / 11',
        '· Performed a two-day project simulation from management perspective',
      ].join('\n'),
    );
    expect(r.work.map((w) => [w.title, w.employer])).toEqual([
      ['Scientific Employee / Software Development', 'University of Bremen'],
      ['Project Management Simulation Training', 'Getoq Consulting'],
    ]);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({
      'Software development': 36,
      'Project management': 1,
    });
  });
});

describe('older product names in job lines', () => {
  it('reads "Notes Domino" as IBM Notes and "ActionScript2" as ActionScript, with the job months', () => {
    const r = parse(
      [
        'Jan Küster',
        'jan@example.org',
        'Experience',
        'IT Consultant for IBM XPages and Notes Domino - We4IT GmbH Bremen  2014 - 2016',
        '· Realize projects in XPages, monitor project status, conduct reports',
        'Flash Developer - Conrad Caine  2005 - 2006',
        '· Worked on a large medical system developing the frontend (using ActionScript2)',
      ].join('\n'),
    );
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({
      'IBM Notes': 36,
      ActionScript: 24,
    });
  });
});

describe('a year alone on the line over its job', () => {
  it('dates the entry below a "2019 (2 months)" line, and a "from 2018" in its paragraph opens no job', () => {
    const r = parse(
      [
        'Eirik Enger',
        'eirik@example.org',
        'Experience',
        '2018–Now',
        'Teaching Assistant at University of Tromsø (Tromsø, Norway).',
        '• FYS-2000 Quantum Mechanics (S18)',
        '2019 (2 months)',
        'Summer student at FFI — Norwegian Defence Research Establishment (Kjeller, Norway).',
        'During eight weeks in the summer of 2019 I worked at the FFI, continuing the project on software defined radios from 2018. The added code was written in Python.',
      ].join('\n'),
    );
    expect(r.work.map((w) => [w.start, w.end])).toEqual([
      ['2018-01', null],
      ['2019-01', '2019-12'],
    ]);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ Python: 12 });
  });
});

describe('framework and distribution names as résumés write them', () => {
  it('reads "Meteor" as MeteorJS and "SLES12" as SUSE Linux Enterprise, with the job months', () => {
    const r = parse(
      [
        'Ilya Rumyantsev',
        'contact@example.com',
        'WORK EXPERIENCE',
        'DevOps engineer  Jan 15 - Sep 15',
        'Technologies include:',
        '• Ansible module for SLES12 System + Package registration',
        '• Develop the next generation learning system with Meteor',
      ].join('\n'),
    );
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({
      'SUSE Linux Enterprise': 9,
      MeteorJS: 9,
    });
  });
});

describe('a job described on its dates line', () => {
  it('reads the sentence after the dates as the description, not the employer', () => {
    const r = parse(
      [
        'Mara Lind',
        'mara@example.org',
        'Experience',
        'DEVELOPER ACME',
        'January 2020 - December 2021 , Programming the web shop in Go and Python.',
      ].join('\n'),
    );
    expect(r.work.map((w) => w.employer)).toEqual([null]);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ Go: 24, Python: 24 });
  });
});

describe('jobs that open with their title on the dates line', () => {
  it("reads a line above the next job's dates as the end of the job before, the employer under each dates line", () => {
    const r = parse(
      [
        'Mara Lind',
        'mara@example.org',
        'Experience',
        'Director of Data Science  2020 - Present',
        'XYZ Corporation  San Francisco, CA',
        '• Led the data team',
        'Tags  Dataiku Snowflake',
        'Data Analyst  2017 - 2019',
        'ABC Company  New York, NY',
        '• Built dashboards in Tableau',
      ].join('\n'),
    );
    expect(r.work.map((w) => [w.title, w.employer])).toEqual([
      ['Director of Data Science', 'XYZ Corporation'],
      ['Data Analyst', 'ABC Company'],
    ]);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ Snowflake: 83, Tableau: 36 });
  });
});

describe('a job header written "Title: Employer" under its dates', () => {
  it('reads the title and the employer apart, and a role noun in the title as its practice', () => {
    const r = parse(
      [
        'Mara Lind',
        'mara@example.org',
        'Experience',
        'Jan’19 - Aug’19',
        'Senior DevOps Consultant: Northwind Inc.',
        'Moved the bank’s backend to Kubernetes.',
        'Sep’16 - Dec’18',
        'Platform Engineer (Consultant to Contoso): Fabrikam',
        'Tools: Git, Docker, Jira',
      ].join('\n'),
    );
    expect(r.work.map((w) => w.employer)).toEqual(['Northwind Inc.', 'Fabrikam']);
    expect(r.work[0].title).toBe('Senior DevOps Consultant');
    // A consultant consults; a role in brackets says only how the person was engaged.
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ Consulting: 8, DevOps: 8 });
  });
});

describe('a way of working set where the employer goes', () => {
  it('reads "Freelance | Senior Full-Stack Software Engineer" as the title, so the title names its skills', () => {
    const r = parse(
      [
        'Ana Ruiz',
        'ana@ruiz.dev',
        'Experience',
        'Freelance | SENIOR FULL-STACK SOFTWARE ENGINEER',
        '2015 - 2016 | Remote',
        'Node.js',
      ].join('\n'),
    );
    expect(r.work.map((w) => [w.title, w.employer])).toEqual([['SENIOR FULL-STACK SOFTWARE ENGINEER', 'Freelance']]);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({
      'Full-stack development': 24,
      'Software development': 24,
    });
  });
});

describe('a skill row telling how long the person has known it', () => {
  it('reads "Tableau: Since 2019 I had been training in Tableau …" as no job, so Tableau earns no months from it', () => {
    const r = parse(
      [
        'Ana Ruiz',
        'ana@ruiz.dev',
        'Experience',
        'Data Analyst, Acme  2020 - 2021',
        '• Reports in Excel',
        'Tableau: Since 2019 I had been training in Tableau and used it for a single client.',
        'Python: Study this language since 2010 and been using it starting 2017 in automating data.',
      ].join('\n'),
    );
    expect(r.work).toHaveLength(1);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ 'Microsoft Excel': 24 });
  });
});

describe('a job title naming a developer by seniority alone', () => {
  it('reads "Senior Developer" and "Principal Engineer" as Software development, not "Network Engineer" or "Java Developer"', () => {
    const r = parse(
      [
        'Ana Ruiz',
        'ana@ruiz.dev',
        'Experience',
        'Senior Developer, Acme  2020 - 2021',
        '• Rust services',
        'Principal Engineer, Beta  2022 - 2022',
        'Network Engineer, Gamma  2018 - 2018',
        'Java Developer, Delta  2017 - 2017',
        'Engineer, Epsilon  2016 - 2016',
      ].join('\n'),
    );
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({
      'Software development': 36,
      Java: 12,
    });
  });
});

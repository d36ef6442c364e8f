import { findDateRange, parseResumeText, type ResumeTextParse } from '../../../../src/parsing/resume/text';
import { shippedTaxonomy } from '../taxonomies';

/**
 * Layouts of published résumé templates (LaTeX, moderncv-style margin dates, HTML printed to
 * PDF) as their text comes out of the document readers: icon glyphs, rules after headings, table
 * cells two spaces apart, dates whose dash the font did not map.
 */

const NOW = new Date('2026-12-01T00:00:00Z');

function parse(text: string): ResumeTextParse {
  return parseResumeText(text, shippedTaxonomy(), { now: NOW });
}

function months(result: ResumeTextParse): Record<string, number | null> {
  return Object.fromEntries(result.skills.map((s) => [s.name, s.months]));
}

describe('résumé template layouts', () => {
  it('reads two month dates side by side as a range (a dash the PDF font did not map)', () => {
    const range = findDateRange('DevOps Engineer  Sep. 2023 Mar. 2024');
    expect(range?.start).toEqual({ year: 2023, month: 9 });
    expect(range?.end).toEqual({ year: 2024, month: 3 });
  });

  it('finds headings behind an icon glyph or above a rule', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        '\uf0b1 EXPERIENCE',
        'Developer, Acme (2019-01 — 2020-12)',
        '- Built it with Go',
        'SKILLS -----------',
        '- Python',
      ].join('\n'),
    );
    expect(months(r)).toEqual({ Go: 24, Python: null, 'Software development': 24 });
  });

  it('puts back together a date range wrapped by a margin column', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        'Experience',
        '2017 – Product Manager, Google, Mountain View, CA',
        'Present Led product teams with Kubernetes.',
        'June 2012 – Software Developer, Facebook, Menlo Park, USA',
        'June 2015 Built features with React.',
      ].join('\n'),
    );
    expect(r.work.map((w) => [w.start, w.end])).toEqual([
      ['2017-01', null],
      ['2012-06', '2015-06'],
    ]);
    expect(months(r)).toMatchObject({ Kubernetes: 119, React: 37 });
  });

  it('reads contact fields two spaces or " , " apart, and places written as a chain', () => {
    const r = parse(
      [
        'Sourabh Roe  Email: roe@example.com',
        'john@example.com , +1 (415) 555-0142 , San Francisco, CA , linkedin.com/in/jroe',
        'Experience',
        'Engineer, Acme  2019 – 2020',
      ].join('\n'),
    );
    expect([r.name, r.phone, r.location]).toEqual(['Sourabh Roe', '+1 (415) 555-0142', 'San Francisco, CA']);
    const korea = parse(
      ['Byungjin Roe', 'Mapo-gu, Seoul, Republic of Korea', '(+82) 10-9030-1843', 'Skills', 'Go'].join('\n'),
    );
    expect([korea.location, korea.phone]).toEqual(['Mapo-gu, Seoul, Republic of Korea', '(+82) 10-9030-1843']);
  });

  it('dates a project by its year alone, and reads no skill from a link', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        'Projects',
        'Drawing Tool  github.com/name/repo',
        '• Tools Used: C++',
        'Custom Operating System  2002',
        '• Tools Used: C',
      ].join('\n'),
    );
    expect(months(r)).toEqual({ C: 12, 'C++': null });
  });

  it('keeps a spoken language named in prose out of the skills', () => {
    const r = parse(['Jane Roe', 'Summary', 'Analyst fluent in English and Cantonese.', 'Skills', 'Excel'].join('\n'));
    expect(r.spokenLanguages).toEqual(expect.arrayContaining(['English', 'Chinese']));
    expect(r.skills.map((s) => s.name)).toEqual(['Microsoft Excel']);
  });

  it('reads a degree written after its years or before its school', () => {
    const r = parse(
      [
        'Jane Roe',
        'Education',
        '2018 – 2022 B.Tech, Computer Science and Engineering, Indian Institute of Technology',
        'BS  University of Pennsylvania, Computer Science  Sept 2000 – May 2005',
      ].join('\n'),
    );
    expect(r.education.map((e) => [e.level, e.field, e.status])).toEqual([
      ['BACHELOR', 'Computer Science and Engineering', 'COMPLETED'],
      ['BACHELOR', 'Computer Science', 'COMPLETED'],
    ]);
  });
});

describe('résumé template layouts, continued', () => {
  it('opens a section at a joined heading, and reads coursework as no degree', () => {
    const r = parse(
      [
        'Jane Roe',
        'Projects',
        'Transit App  2022',
        '• Built with Kafka',
        'Skills & Awards',
        'Go, Redis',
        'Education',
        'BS IN COMPUTER SCIENCE  May 2014',
        'Coursework',
        'Undergraduate',
        'Operating Systems',
      ].join('\n'),
    );
    expect(months(r)).toMatchObject({ 'Apache Kafka': 12, Go: null, Redis: null });
    expect(r.education.map((e) => [e.level, e.field])).toEqual([['BACHELOR', 'Computer Science']]);
  });

  it('dates a degree by its own line, not by a page footer below it', () => {
    const r = parse(
      [
        'Jane Roe',
        'Education',
        'B.S. in Computer Science  Mar. 2010 Aug. 2017',
        'February 10, 2026  Jane Roe · Résumé  3',
      ].join('\n'),
    );
    expect(r.education.map((e) => e.status)).toEqual(['COMPLETED']);
  });

  it('cuts the group label of a skills table row that lost its column gap', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        'Skills',
        'DevOps AWS, GCP, Docker, Jenkins',
        'Programming Node.js, Python, Java',
        'Data Science, R',
      ].join('\n'),
    );
    expect(Object.keys(months(r)).sort()).toEqual(
      ['AWS', 'Data science', 'Docker', 'Google Cloud', 'Java', 'Jenkins', 'Node.js', 'Python', 'R'].sort(),
    );
  });

  it('joins back a skill name the layout wrapped across two lines, but not a labelled row', () => {
    const r = parse(
      [
        'John Doe',
        'john.doe@email.com',
        'SKILLS',
        'Vue.js, Node.js, Git, Docker, Webpack, Babel, Google Cloud',
        'Platform, Firebase, RESTful APIs, GraphQL, Agile Development, Test-Driven',
        'Development, Responsive Design',
        'Tools: Java, AWS',
        'Cloud & DevOps: Terraform',
        'WORK EXPERIENCE',
        'Full Stack Java Developer, ABC Company, Inc., Anywhere, USA, June 2018 - Present',
        '• Developed scalable, robust, and maintainable enterprise-level applications using Java and Spring',
        'Boot',
      ].join('\n'),
    );
    const got = months(r);
    expect(got).toMatchObject({ 'Spring Boot': 102, 'Test-driven development': null, 'Google Cloud': null });
    expect(Object.keys(got)).not.toContain('Platforms');
    expect(Object.keys(got)).not.toContain('DevOps');
  });

  it('dates the skills of a research entry, as a project', () => {
    const r = parse(
      [
        'Ting Wei',
        'ting@example.org',
        'Certificates',
        'Java SE 6  2017',
        'Research',
        'Researcher & Developer, A Group Touring System  Tainan, Taiwan  Feb. 2015 - Jan. 2016',
        'Tackled data-sharing challenges, delving into algorithms to time data downloads on Android.',
      ].join('\n'),
    );
    expect(months(r)).toMatchObject({ Java: null, Algorithms: 12, Android: 12 });
  });

  it('keeps a web address under the name on its own line', () => {
    const r = parse(['Debarghya Roe', 'roe.com | fb.co/dd', 'roe@example.com', 'Skills', 'Java'].join('\n'));
    expect(r.name).toBe('Debarghya Roe');
  });
});

describe('a profile paragraph under the name', () => {
  it('reads the skills of an unheaded summary paragraph, with no months', () => {
    const r = parse(
      [
        'Jane Q. Roe',
        'Email: jane@example.org',
        'Imaginary full-stack software developer with 6+ years of experience, specializing in Kubernetes and middleware.',
        'Skills',
        'Go',
      ].join('\n'),
    );
    expect(months(r)).toMatchObject({ Kubernetes: null, 'Full-stack development': null, Go: null });
  });

  it("reads no skill from a template's introduction that speaks to the reader", () => {
    const r = parse(
      [
        'John Doe',
        'youremail@yourdomain.com',
        'Welcome to RenderCV!',
        'RenderCV is a LaTeX-based CV/resume version-control and maintenance app. It allows you to create a high-quality',
        'CV or resume as a PDF file from a YAML file, with Markdown syntax support and complete control over the',
        'LaTeX code.',
        'Skills',
        'Go',
      ].join('\n'),
    );
    expect(months(r)).toEqual({ Go: null });
  });
});

describe('skill groups named over their level', () => {
  it('reads a group name over a level line over a list as a label, and a skill over its level as a skill', () => {
    const r = parseResumeText(
      [
        'John Doe',
        'john@example.com',
        'Skills',
        'Web Technologies  Web Frameworks  Tools',
        'Advanced  Intermediate  Intermediate',
        'HTML5, JavaScript, PHP, Python  React.js, Angular, Vue.js, Laravel, Django  Webpack, Git, Jenkins, Docker',
        'Kubernetes',
        'Advanced',
      ].join('\n'),
      shippedTaxonomy(),
      { now: new Date('2026-12-01T00:00:00Z') },
    );
    const names = r.skills.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['HTML', 'React', 'Webpack', 'Kubernetes']));
    expect(names).not.toContain('Web frameworks');
    expect(names).not.toContain('Tools');
  });
});

describe('a skills row in the header', () => {
  it('reads "Techs:" and "Fields:" rows under the name as skills lists, beside the contact column', () => {
    const r = parse(
      [
        'Jan Küster Resume',
        'Consultant and Software Developer',
        'Status: M.Sc. Digital Media, Scientific Employee  Bremen, Germany',
        'Fields: Software Engineering, Consulting, Scrum, Usability  www.example.com',
        'Techs: Meteor, Javascript, Mongo,. Bootstrap, Bash, Git, Webstorm  info@example.com',
        'Experience',
        'IT Consultant - We4IT GmbH Bremen  2014 - 2016',
      ].join('\n'),
    );
    expect(r.email).toBe('info@example.com');
    expect(r.skills.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Scrum', 'Usability', 'JavaScript', 'Bootstrap', 'Bash', 'Git', 'MongoDB']),
    );
  });
});

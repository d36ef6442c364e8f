import { parseResumeText, type ResumeTextParse } from '../../../../src/parsing/resume/text';
import { shippedTaxonomy } from '../taxonomies';

/**
 * What a résumé claims for the person: a skill in a skills list, or named as something they did
 * or used. Not a skill: the trade of their colleagues, another team, the users of their work.
 */

const NOW = new Date('2026-12-01T00:00:00Z');

function parse(text: string): ResumeTextParse {
  return parseResumeText(text, shippedTaxonomy(), { now: NOW });
}

function months(result: ResumeTextParse): Record<string, number | null> {
  return Object.fromEntries(result.skills.map((s) => [s.name, s.months]));
}

describe('what a résumé claims for the person', () => {
  it('reads colleagues by their trade, another team and the users of the work as no skill', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        'Experience',
        'Software Engineer (Front-End), Acme  June 2022 – Present',
        '• Collaborating with back-end developers to integrate GraphQL APIs.',
        '• Worked closely with the data science team to optimize recommendations in Python.',
        'Facebook, Software Engineer Intern  May 2009 – Aug 2009',
        '• Phabricator is used daily by Facebook, Dropbox, Quora, Asana and more. Wrote it in PHP.',
        'Maintainer, Timetable  Jan 2026 – Present',
        '• Maintain a planner used by 900 students at the college with Svelte and Redis',
      ].join('\n'),
    );
    expect(months(r)).toEqual({
      'Software development': 58,
      'Front-end development': 54,
      GraphQL: 54,
      Python: 54,
      PHP: 4,
      // Its users named, what it is built with is the person's.
      Svelte: 11,
      Redis: 11,
    });
  });

  it('reads an everyday word in a sentence as no claim, but in a skills list, a job title or a longer name', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        'Experience',
        'Software Engineer, Acme  Jan 2014 – Dec 2014',
        '• Built an internal app to run batch campaigns for marketing in Python.',
        '• Spearheaded a medical image teaching platform; wrote the API server and a Flash animation.',
        '• Performed IT administration and deployments; established security policies.',
        'Marketing Manager, Beta  Jan 2016 – Dec 2016',
        '• Led a team of four.',
        'Skills',
        'Consulting, Go',
      ].join('\n'),
    );
    expect(months(r)).toEqual({
      'Software development': 12,
      Python: 12,
      APIs: 12,
      'IT operations': 12,
      Marketing: 12,
      Consulting: null,
      Go: null,
    });
  });

  it('reads a practice named by its verb and object: "Designed a UI", "A/B tested"', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        'Experience',
        'Microsoft, Software Engineer Intern  June 2003 – Aug 2003',
        '• Designed a UI for the VS open file switcher (Ctrl-Tab) and extended it to tool windows',
        'Product Manager, Google  Oct 2001 – July 2005',
        '• Optimized the homepage and A/B tested every minor detail to increase usability',
      ].join('\n'),
    );
    expect(months(r)).toEqual({
      'Software development': 3,
      'UI/UX design': 3,
      'Product management': 46,
      'A/B testing': 46,
    });
  });

  it('reads a modifier sharing the head noun of the skill after it: "event-driven microservices architecture"', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        'Experience',
        'Senior Software Engineer, Acme  Jan 2020 – Dec 2020',
        '• Led migration of a legacy payment service to event-driven microservices architecture',
        '• Worked with UX designers to implement responsive and accessible web design',
      ].join('\n'),
    );
    expect(months(r)).toEqual({
      'Software development': 12,
      Microservices: 12,
      'Event-driven architecture': 12,
      'Web design': 12,
      'Responsive design': 12,
    });
  });

  it('reads a skill inside an organisation name as no claim: "The Linux Foundation"', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        'Certificates',
        '2020  Certified Kubernetes Application Developer (CKAD), The Linux Foundation',
        'Skills',
        'Go',
      ].join('\n'),
    );
    expect(months(r)).toEqual({ Kubernetes: null, 'Software development': null, Go: null });
  });

  it("reads the practice an administrator title names, with the job's months", () => {
    const r = parse(
      [
        'Jane Q. Fullstacker',
        'jdoe@onecoolstartup.io',
        'EMPLOYMENT',
        'IT Administrator, Stark Industries (2008-10 — 2011-06)',
        'Junior programmer with heavy code responsibilities.',
        'Database Administrator, Acme (2012-01 — 2012-12)',
        '- Tuned PostgreSQL',
      ].join('\n'),
    );
    expect(months(r)).toMatchObject({ 'IT operations': 33, 'Database administration': 12, PostgreSQL: 12 });
  });
});

describe('an everyday phrase naming the kind of thing worked on', () => {
  it('reads "a large social media project" as no claim, and "Social media" in a skills list as one', () => {
    const r = parse(
      [
        'Ilya Rumyantsev',
        'contact@example.com',
        'WORK EXPERIENCE',
        'Systems Analyst  Oct 12 - Sep 13',
        'Responsible for the infrastructure including performance and quality assurance on a large social media project.',
        '• Organization and care of a cloud network (Debian systems)',
      ].join('\n'),
    );
    expect(Object.keys(months(r))).not.toContain('Social media marketing');
    expect(Object.keys(months(r))).toContain('Debian');
    const listed = parse(['Jane Roe', 'jane@example.com', 'SKILLS', 'Social media, SEO, Copywriting'].join('\n'));
    expect(Object.keys(months(listed))).toContain('Social media marketing');
  });
});

describe('spoken languages outside a languages section', () => {
  it('reads the spoken languages of a "Languages:" row among other facts, and no programming language there', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        'Skills',
        'Python',
        'Additional Information',
        '• Blog: https://blog.example.org',
        '• Languages: English - Fluent, Spanish - Native speaker',
        '• Languages: Go, Rust',
      ].join('\n'),
    );
    expect(r.spokenLanguages).toEqual(['English', 'Spanish']);
    expect(r.skills.map((s) => s.name)).toEqual(['Python']);
  });
});

describe('a letter that names a thing', () => {
  it('reads "Company C" as an employer\'s placeholder name, and C in a sentence as the language', () => {
    const r = parse(
      [
        'Jane Roe',
        'jane@example.org',
        'Experience',
        'TRAINEE COMPANY C',
        'March 2014 - December 2014 , Worked on Plan R for the office.',
        'DEVELOPER COMPANY B',
        'January 2015 - December 2015 , Wrote the firmware in C.',
      ].join('\n'),
    );
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ C: 12 });
    expect(r.skills.map((s) => s.name)).not.toContain('R');
  });
});

describe("a template's Latin filler", () => {
  it('reads no skill from "Lorem ipsum … sed do eiusmod", in a summary or a skills list', () => {
    const r = parse(
      [
        'Ana Ruiz',
        'ana@ruiz.dev',
        'Summary',
        'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.',
        'Skills',
        'Nunc sed pede. Praesent vitae lectus.',
        'Python, sed, awk',
      ].join('\n'),
    );
    expect(months(r)).toEqual({ Python: null, sed: null, Awk: null });
  });
});

describe("the person's page on a site", () => {
  it('reads "my Github profile" and "see my github for …" as no claim, and "dozens of AWS accounts" as one', () => {
    const r = parse(
      [
        'Ana Ruiz',
        'ana@ruiz.dev',
        'Summary',
        'Please visit my Github profile for my side projects.',
        'See my GitLab for a closer look at the repositories.',
        'Managed dozens of AWS accounts.',
        'Skills',
        'Go',
      ].join('\n'),
    );
    expect(months(r)).toEqual({ AWS: null, Go: null });
  });
});

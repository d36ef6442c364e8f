import { parse, months } from './parse-helpers';

const CLASSIC = `JOHN A. SMITH
Senior Java Developer
john.smith@example.com | +1 (415) 555-0134 | San Francisco, CA

SUMMARY
Engineer building payment systems.

EXPERIENCE
Senior Software Engineer, Stripe — Jan 2020 – Present
• Built payment services with Spring Boot, Spring Security and Kotlin coroutines
Software Engineer | Oracle | 03/2017 - 11/2019
- Developed Java services with Hibernate, Lombok and PostgreSQL
- Screens in Angular with RxJS and Material UI, AJAX calls
Intern
Acme Labs, Boston, MA
Summer 2016
- Wrote Python scripts

EDUCATION
Bachelor of Science in Computer Science, Stanford University, 2012 – 2016
M.Sc. Data Science, ETH Zurich — expected 2027
Full-Stack Web Development Bootcamp, Le Wagon, 2015

SKILLS
Programming languages: Java, Kotlin, Python, Go
Databases: PostgreSQL, Redis
Soft skills: Teamwork, Communication, Leadership

LANGUAGES
English (native), Russian (fluent), Hebrew – B2
`;

describe('parseResumeText', () => {
  it('reads contact fields as personal fields', () => {
    const r = parse(CLASSIC);
    expect([r.name, r.email, r.phone, r.location]).toEqual([
      'John A. Smith',
      'john.smith@example.com',
      '+1 (415) 555-0134',
      'San Francisco, CA',
    ]);
    expect(r.candidate.name).toBe('John A. Smith');
    expect(r.candidate.location).toBe('San Francisco, CA');
  });

  it('reads work entries with title, employer and months', () => {
    const r = parse(CLASSIC);
    expect(r.work.map((w) => [w.title, w.employer, w.start, w.end])).toEqual([
      ['Senior Software Engineer', 'Stripe', '2020-01', null],
      ['Software Engineer', 'Oracle', '2017-03', '2019-11'],
      ['Intern', 'Acme Labs', '2016-06', '2016-08'],
    ]);
  });

  it("gives a skill named in a job that job's months, and a skill only listed null months", () => {
    const m = months(parse(CLASSIC));
    // Jan 2020 to 3 Dec 2026: 83 months.
    expect(m['Spring Security']).toBe(83);
    expect(m['Kotlin coroutines']).toBe(83);
    expect(m.Lombok).toBe(33);
    expect(m.RxJS).toBe(33);
    expect(m['Material UI']).toBe(33);
    expect(m.AJAX).toBe(33);
    expect(m.Python).toBe(3);
    expect(m.Go).toBeNull();
    expect(m.Redis).toBeNull();
    // Listed and also named in a job: the job's months.
    expect(m.Java).toBe(33);
    // The employer "Oracle" is not the Oracle database.
    expect(m.Oracle).toBeUndefined();
  });

  it('never reads headings, list labels, spoken languages or soft skills as skills', () => {
    const r = parse(CLASSIC);
    const names = r.skills.map((s) => s.name);
    for (const word of ['Programming languages', 'Databases', 'English', 'Teamwork', 'Communication', 'Leadership']) {
      expect(names).not.toContain(word);
    }
    expect(r.spokenLanguages).toEqual(['English', 'Russian', 'Hebrew']);
    expect(r.softSkills).toEqual(['Teamwork', 'Communication', 'Leadership']);
  });

  it('reads education level, field and status; a bootcamp is no level', () => {
    const r = parse(CLASSIC);
    expect(r.education.map((e) => [e.level, e.field, e.status])).toEqual([
      ['BACHELOR', 'Computer Science', 'COMPLETED'],
      ['MASTER', 'Data Science', 'IN_PROGRESS'],
    ]);
    expect(r.warnings.map((w) => w.code)).toContain('NO_DEGREE_LEVEL');
  });

  it('marks a degree ending after today as in progress', () => {
    const r = parse(
      'Jane Doe\njane@x.io\nEDUCATION\nBSc Computer Science, University of Leeds, 2023 - 2027\nSKILLS\nJava',
    );
    expect(r.education).toEqual([expect.objectContaining({ level: 'BACHELOR', status: 'IN_PROGRESS' })]);
  });

  it('records where each item was found', () => {
    const r = parse(CLASSIC);
    const java = r.skills.find((s) => s.name === 'Java')!;
    expect(java.foundAt).toEqual([
      { section: 'experience', line: 12 },
      { section: 'skills', line: 25 },
      // The headline "Senior Java Developer" names it too.
      { section: 'header', line: 2 },
    ]);
    expect(r.education[0].foundAt).toEqual({ section: 'education', line: 20 });
    expect(r.work[0].foundAt).toEqual({ section: 'experience', line: 9 });
  });

  it("reads the practice a job title names, with the job's months", () => {
    const m = months(parse(CLASSIC));
    // "Senior Software Engineer" (Jan 2020 on, 83 months) and "Software Engineer" (33 months).
    expect(m['Software development']).toBe(116);
    const r = parse(`Ana Ruiz
ana@ruiz.dev
EXPERIENCE
Mobile Engineer, Alpha — Jan 2021 – Dec 2021
- Kotlin apps
Senior Java Developer, Beta — 2019 – 2020
- Spring Boot services
SKILLS
Java`);
    expect(months(r)['Mobile development']).toBe(12);
    // "Java development" is no practice of the taxonomy: the title names Java alone.
    expect(months(r).Java).toBe(24);
    expect(Object.keys(months(r)).sort()).toEqual(['Java', 'Kotlin', 'Mobile development', 'Spring Boot']);
    const pm = parse(`Li Wei
li@wei.dev
Relevant Work Experience
Product Manager, Alpha — 2020 – 2021
- Worked with project managers and product designers on Jira roadmaps
UX Designer, Beta — Jan 2019 – Dec 2019
- Jira boards`);
    // A role names the person's practice; plural roles are colleagues.
    expect(months(pm)['Product management']).toBe(24);
    expect(months(pm)['UI/UX design']).toBe(12);
    expect(months(pm).Jira).toBe(36);
    expect(months(pm)['Project management']).toBeUndefined();
    expect(months(pm)['Product design']).toBeUndefined();
  });

  it('reads a phone set with hyphen look-alikes or soft hyphens with ASCII hyphens, en dashes and a placeholder as printed', () => {
    const phone = (line: string) => parse(`Ana Ruiz\nana@ruiz.dev | ${line}\nSKILLS\nJava`).phone;
    expect(phone('+1 (555) 555\u20105555')).toBe('+1 (555) 555-5555');
    expect(phone('555-\u00ad555-\u20115555')).toBe('555-555-5555');
    expect(phone('+44 20 7946\u22120958')).toBe('+44 20 7946-0958');
    expect(phone('131-221-87xxx')).toBe('131-221-87xxx');
    expect(phone('(416) 000\u20130000')).toBe('(416) 000\u20130000');
  });

  it("reads a template's placeholder location as printed, past icon glyphs, and never as the name", () => {
    const r = parse('John Doe\n+ Your Location # you@example.com  0541 999 99 99\nSKILLS\nJava');
    expect([r.name, r.location, r.phone]).toEqual(['John Doe', 'Your Location', '0541 999 99 99']);
    // An icon font's glyph extracted as a C1 control character, then "#" before the field.
    const alta = parse(
      'MARISSA MAYER\n@ mm@example.com \u0083 000-00-0000 # Address, Street, 00000 County\nSKILLS\nJava',
    );
    expect([alta.name, alta.phone, alta.location]).toEqual([
      'Marissa Mayer',
      '000-00-0000',
      'Address, Street, 00000 County',
    ]);
  });

  it('reads a name after "at" as the employer, not a skill', () => {
    const r = parse(`Ann Lee
ann@lee.dev
SUMMARY
Leading a team of AI engineers at OpenAI, building with Python. Expert at Kubernetes.
SKILLS
Go`);
    expect(r.skills.map((s) => s.name).sort()).toEqual(['Artificial intelligence', 'Go', 'Kubernetes', 'Python']);
  });

  it('reads a plural role as colleagues, and FRESH sections (samples, writing) for what they are', () => {
    const r = parse(`Jane Q. Fullstacker
jane@example.com
EXPERIENCE
Developer, Acme — 2019 – 2020
- Python libraries shared by all data scientists
SAMPLES
Asteroids (2014-09)
A browser-based space shooter built on Three.js.
WRITING
Building User Interfaces with Electron and Atom (2011-01)`);
    // A bare "Developer" title names Software development (the public corpus README's label rule).
    expect(months(r)).toEqual({ Python: 24, 'Three.js': null, 'Software development': 24 });
    // In a list, "Writing" and "User Experience" are items, not headings: the items after them stay.
    const list = parse('Ann Lee\nann@lee.dev\nSKILLS\nPython\nWriting\nUser Experience\nKubernetes');
    expect(Object.keys(months(list)).sort()).toEqual(['Kubernetes', 'Python']);
  });

  it('reads LAMP and MS Project by the names résumés give them, and no lamp on a desk', () => {
    const r = parse(
      'Ann Lee\nann@lee.dev\nSKILLS\nWeb: JavaScript, LAMP\nProject: Agile, MS Project\nINTERESTS\nA lamp on the desk',
    );
    expect(r.skills.map((s) => s.name).sort()).toEqual(['Agile', 'JavaScript', 'LAMP Stack', 'Microsoft Project']);
    expect(
      parse('Ann Lee\nann@lee.dev\nSUMMARY\nBuilt a lamp for the desk with Python.\nSKILLS\nGo').skills.map(
        (s) => s.name,
      ),
    ).toEqual(['Python', 'Go']);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(parse(CLASSIC))).toBe(JSON.stringify(parse(CLASSIC)));
  });

  it('reads a form-style CV: labelled fields, group labels on lines of their own', () => {
    const r = parse(`Dmitry Ivanov
Phone: +972-54-765-4321
E-mail: dmitry.ivanov@example.com
Technical Skills
Programming languages
Java, Kotlin, SQL
Databases
PostgreSQL, Oracle
Work Experience
Period: 09/2019 - present
Company: Fintech Solutions Ltd.
Position: Senior Java Developer
- REST API with Spring Boot and Spring Security
Environment: Java 11, Docker
Period: 2016 - 2019
Company: Oracle
Position: Java Developer
- Backend services with Hibernate
Languages
English - fluent
Russian - native
`);
    expect(r.work.map((w) => [w.title, w.employer, w.start, w.end])).toEqual([
      ['Senior Java Developer', 'Fintech Solutions Ltd.', '2019-09', null],
      ['Java Developer', 'Oracle', '2016-01', '2019-12'],
    ]);
    expect([r.phone, r.email]).toEqual(['+972-54-765-4321', 'dmitry.ivanov@example.com']);
    const m = months(r);
    expect(m['Programming languages']).toBeUndefined();
    expect(m.Databases).toBeUndefined();
    // Listed under "Databases" only, and "Oracle" the employer does not count.
    expect(m['Oracle Database']).toBeNull();
    expect(m['Spring Security']).toBe(87);
    expect(m.Hibernate).toBe(48);
    expect(r.spokenLanguages).toEqual(['English', 'Russian']);
  });
});

import { parsePosting } from '../../../src/parsing/posting';
import { findDegrees } from '../../../src/parsing/posting/education';
import { fixture, taxonomy } from './helpers';

const parse = (text: string) => parsePosting(text, taxonomy());

describe('title and company', () => {
  it.each([
    [
      'What are the responsibilities and job description for the Back End Developer Intern 2026 position at IBM?\nIntroduction',
      'Back End Developer Intern 2026',
      'IBM',
    ],
    [
      'I\n\nBack End Developer Co-op: 2025\n\nIBM\nOn-site\nPoughkeepsie, United States',
      'Back End Developer Co-op: 2025',
      'IBM',
    ],
    ['Job Title: Data Engineer\nCompany: Northwind\nRequirements\n- SQL', 'Data Engineer', 'Northwind'],
    ["We're hiring: Senior iOS Engineer\nAbout us", 'Senior iOS Engineer', null],
    ['Hiring: Rust engineer (remote, contract). Need: 3+ yrs Rust.', 'Rust engineer', null],
    ['# Staff Engineer at Loopline\n## Requirements\n- Go', 'Staff Engineer', 'Loopline'],
    ['Data Engineer at Acme (Remote)\nRequirements\n- SQL', 'Data Engineer', 'Acme'],
    ['Data Engineer at scale\nRequirements\n- SQL', 'Data Engineer at scale', null],
    ['Apply now\nSave\nProduct Designer\nAcme Corp\nBerlin, Germany', 'Product Designer', 'Acme Corp'],
    [
      'Embedded Software Engineer – Firmware\nCorvid Instruments Inc.\nBoulder, CO',
      'Embedded Software Engineer – Firmware',
      'Corvid Instruments Inc.',
    ],
  ])('%j', (text, title, company) => {
    const { posting } = parse(text);
    expect(posting.title).toBe(title);
    expect(posting.company).toBe(company);
  });

  it('leaves the title empty and warns when there is none', () => {
    const { posting, warnings } = parse('lorem ipsum dolor sit amet, consectetur adipiscing elit.\n### *** ???');
    expect(posting.title).toBe('');
    expect(warnings.map((w) => w.code)).toContain('NO_TITLE');
  });
});

describe('employment type', () => {
  it.each([
    ['Backend Developer Intern', 'INTERN'],
    ['Back End Developer Co-op: 2025', 'INTERN'],
    ['Software Engineering Internship', 'INTERN'],
    ['Part-Time Data Analyst', 'PART_TIME'],
    ['Contract Cloud Engineer', 'CONTRACTOR'],
    ['Java Developer - Contract to Hire', 'CONTRACTOR'],
    ['Temporary Warehouse Data Clerk', 'TEMPORARY'],
    ['Full-time Platform Engineer', 'FULL_TIME'],
  ])('from the title "%s" -> %s', (title, type) => {
    expect(parse(`${title}\nRequirements\n- SQL`).posting.employmentType).toBe(type);
  });

  it('from a field, in any case and dash', () => {
    expect(parse('Data Engineer\nEMPLOYMENT TYPE: FULL-TIME').posting.employmentType).toBe('FULL_TIME');
    expect(parse('Data Engineer\nJob Type: Part‑time').posting.employmentType).toBe('PART_TIME');
    expect(parse('Data Engineer\nEmployment type\nContract').posting.employmentType).toBe('CONTRACTOR');
    // A federal posting's "Work Schedule:" field, over a part-time mention in the application instructions.
    expect(
      parse(
        'Strategist\nWork Schedule:\nFull time\nRequirements\n- SQL\n- Number of hours per week you worked (if part time)',
      ).posting.employmentType,
    ).toBe('FULL_TIME');
  });

  it('not from company boilerplate about other roles', () => {
    // The co-op seed's benefits text says "full-time schedule" and "part time roles"; the title wins.
    expect(parse(fixture('seed-ibm-backend-coop-2025')).posting.employmentType).toBe('INTERN');
    const { posting, warnings } = parse(
      'Data Engineer\nRequirements\n- SQL\nBenefits\n- Part-time roles get prorated benefits',
    );
    expect(posting.employmentType).toBe('FULL_TIME');
    expect(warnings.map((w) => w.code)).toContain('EMPLOYMENT_TYPE_ASSUMED');
  });

  it('a fixed term is TEMPORARY unless the text states its schedule; part time offered as an option is not the type', () => {
    const type = (body: string) => parse(`Data Manager\n${body}\nRequirements\n- SQL`).posting.employmentType;
    expect(type('The position is fixed-term for up to 2 years.')).toBe('TEMPORARY');
    expect(type('This role is a 2 year-term position.')).toBe('TEMPORARY');
    expect(type('The position is full-time and fixed-term for up to 5 years.')).toBe('FULL_TIME');
    expect(type('We offer a long-term position in a stable team.')).toBe('FULL_TIME');
    expect(type('This is a full-time role. We are open to discussing part-time arrangements.')).toBe('FULL_TIME');
    expect(type('This is a part-time role, 20 hours a week.')).toBe('PART_TIME');
    // Stated in a paragraph about the appointment, after the requirements.
    const late = (body: string) =>
      parse(`Data Manager\nRequirements\n- SQL\nAbout the appointment\n${body}`).posting.employmentType;
    expect(late('This is a TERM appointment (not-to-exceed 2 years).')).toBe('TEMPORARY');
    expect(late('The position is full-time and fixed-term for up to 5 years.')).toBe('FULL_TIME');
    // "Permanent" about people (employees compared with, residents who may apply) says nothing of this job.
    expect(
      type(
        'This is a TERM appointment (not-to-exceed 2 years). Term employees earn the same benefits as permanent employees.',
      ),
    ).toBe('TEMPORARY');
    expect(type('Open to Canadian citizens and permanent residents. This is a 2 year-term position.')).toBe(
      'TEMPORARY',
    );
    expect(type('This is a permanent position.')).toBe('FULL_TIME');
  });
});

describe('employment type stated in the text', () => {
  const type = (text: string) => parse(text).posting.employmentType;
  it.each([
    // A sentence about this job outweighs people named beside it.
    [
      'Developer\nWe are three full-time employees with a handful of contractors and interns.\nThis is a full-time position with benefits.',
      'FULL_TIME',
    ],
    [
      'Developer\nWe have an opening for a full-time developer.\nRequirements\n- Leadership in volunteer settings',
      'FULL_TIME',
    ],
    ['Developer\nRequirements\n- Leadership in professional or volunteer settings', 'FULL_TIME'],
    ['Developer\nThis role is a two year term contract.', 'TEMPORARY'],
    ['Developer\nThe position is a fixed-term full-time position for 3 years.', 'FULL_TIME'],
    ['Developer\n| Department | IT |\n| Full-Time / Part-Time | Full-Time |', 'FULL_TIME'],
    // Workday's "time type" field; a field offering several schedules is the first it names, an internship stays one.
    ['Developer\nlocations\nRemote\ntime type\nPart time\nposted on\nPosted Today', 'PART_TIME'],
    ['Developer\nEmployment Type: Full-time or Part-time', 'FULL_TIME'],
    ['Developer\nContract Type: Contract to Permanent', 'CONTRACTOR'],
    ['Developer\nJob Type: Full time internship', 'INTERN'],
    // Students and internships in any wording.
    ['Front End Developer Student\nType: Student Full time', 'INTERN'],
    ['Communications Assistant\nWe are looking to hire a student to join our Outreach team.', 'INTERN'],
    ['Artificial Intelligence Software Developer\nEstágio', 'INTERN'],
    ['About the job\nAs an Intern, Product and Data Engineering, you’ll be paired with a mentor.', 'INTERN'],
    // Contractors sought, not contractors worked with.
    ['Seeking contractors\nGuardian Project is seeking Android/Python contractors for privacy work!', 'CONTRACTOR'],
    ['Operations Manager\nResponsibilities\n- Coordinate implementation with outside contractors.', 'FULL_TIME'],
  ])('%j -> %s', (text, expected) => {
    expect(type(text)).toBe(expected);
  });
});

describe('education', () => {
  it.each([
    ["Preferred Education\nBachelor's Degree", { level: 'BACHELOR', required: false }],
    ["Required Education\nBachelor's Degree", { level: 'BACHELOR', required: true }],
    ['Requirements\n- BS/MS in Computer Science', { level: 'BACHELOR', required: true }],
    ['Requirements\n- Master’s degree or PhD in Physics', { level: 'MASTER', required: true }],
    ['Requirements\n- PhD in Machine Learning', { level: 'DOCTORATE', required: true }],
    ['Requirements\n- Python\nPreferred\n- MS in Statistics', { level: 'MASTER', required: false }],
    ["Requirements\n- Bachelor's degree in CS preferred", { level: 'BACHELOR', required: false }],
    ["Requirements\n- High school diploma required; Bachelor's preferred", { level: 'HIGH_SCHOOL', required: true }],
    ["Requirements\n- Associate's degree in IT", { level: 'ASSOCIATE', required: true }],
    ["Education:\n- Bachelor's (Preferred)", { level: 'BACHELOR', required: false }],
  ])('%j', (body, education) => {
    expect(parse(`Data Engineer\n${body}`).posting.education).toEqual(education);
  });

  it('reads a degree that equivalent experience may replace as not required, and says so', () => {
    const { posting, warnings } = parse(
      'Engineer\nMinimum qualifications:\nBachelor’s degree or equivalent practical experience.',
    );
    expect(posting.education).toEqual({ level: 'BACHELOR', required: false });
    expect(warnings.map((w) => w.code)).toContain('EDUCATION_EQUIVALENT_ACCEPTED');
  });

  it.each([
    [
      'Requirements\n- Bachelor’s degree in related field or equivalent work experience\n- 5+ years of Java',
      { level: 'BACHELOR', required: false },
    ],
    [
      'Qualifications\n• Two or four-year Degree in Electrical or Controls Engineering or equivalent degree / experience',
      { level: 'ASSOCIATE', required: false },
    ],
    [
      'Educated to PhD level (or be close to completion) in a computationally based field or having equivalent industry experience.',
      { level: 'DOCTORATE', required: false },
    ],
    [
      'Requirements\n- You’re a 3rd or 4th year student in a related degree, or self-taught with a strong grasp of software development',
      { level: 'BACHELOR', required: false },
    ],
    [
      'Minimum qualifications:\nBachelor’s degree or equivalent practical experience.\n2 years of experience with software development, or 1 year of experience with an advanced degree.',
      { level: 'BACHELOR', required: false },
    ],
    [
      'Candidate must have:\n1-2 years of software development experience (or a degree in Computer Science plus relevant internships).',
      { level: 'BACHELOR', required: false },
    ],
    [
      'Education\nThis role requires a bachelor’s degree in an IT field. Additional qualifying experience may be substituted for the required education on a year-for-year basis.',
      { level: 'BACHELOR', required: false },
    ],
    [
      'Requirements\n- Graduation from an accredited four-year college or university with course work in a related field. An additional 4 years of experience can substitute this education requirement.',
      { level: 'BACHELOR', required: false },
    ],
    // The equivalent of a high school diploma is another credential (a GED), not experience.
    [
      'Qualifications\n- High school diploma or equivalent required; Associate’s degree preferred.',
      { level: 'HIGH_SCHOOL', required: true },
    ],
    // An equivalent degree is still a degree.
    ['Requirements\n- Master’s degree in Statistics or an equivalent degree', { level: 'MASTER', required: true }],
    ['Requirements\n- Bachelor’s degree required\n- Python', { level: 'BACHELOR', required: true }],
    // A bare "or equivalent", or one inside the degree, names an equivalent degree; one after the experience, its equivalent.
    ['Requirements\n- Undergraduate CS degree or equivalent.', { level: 'BACHELOR', required: true }],
    [
      'Requirements\n- A Computer Science (or equivalent) degree, and 2 years of software development experience (or equivalent).',
      { level: 'BACHELOR', required: true },
    ],
    // The equivalence offered beside the preferred graduate degree does not replace the required bachelor's.
    [
      'Education:\nBachelor’s degree.  A graduate degree or equivalent experience in a research setting is preferred.',
      { level: 'BACHELOR', required: true },
    ],
    // Years of experience, demonstrated skill or studies in progress in the degree's place.
    [
      'Requirements\n- You have a degree in Computer Science or at least 2 years of relevant work experience in this area',
      { level: 'BACHELOR', required: false },
    ],
    [
      'Requirements\n- BS in Computer Science, or demonstrated exceptional skill in software engineering',
      { level: 'BACHELOR', required: false },
    ],
    [
      'Requirements\n- Bachelor’s degree or advanced student in computer science',
      { level: 'BACHELOR', required: false },
    ],
    ['Requirements\n- Computer science education or equivalent experience.', { level: 'BACHELOR', required: false }],
    [
      'Requirements\n- Bachelor’s degree in CS\n- Or equivalent work experience\n- SQL',
      { level: 'BACHELOR', required: false },
    ],
    // A degree either way: the experience only differs with the degree.
    [
      'Requirements\n- Bachelor’s degree and 5+ years of experience, or Master’s degree and 3+ years of experience',
      { level: 'BACHELOR', required: true },
    ],
    // "The degree" in a later sentence is the degree named before, which the experience may replace.
    [
      'Education\nThis classification requires a bachelor’s degree in computer science. Additional qualifying experience may be substituted for the required education. A bootcamp plus a year of experience may be substituted for the degree.',
      { level: 'BACHELOR', required: false },
    ],
  ])('degree with or without an experience alternative: %j', (body, education) => {
    expect(parse(`Data Engineer\n${body}`).posting.education).toEqual(education);
  });

  it.each([
    // The degree's own "required" outweighs a preference for its field; so does "preferably in <field>".
    [
      'Requirements\n- BA/BS degree required with a focus on Business or Finance preferred.',
      { level: 'BACHELOR', required: true },
    ],
    [
      'Requirements\n- Bachelor’s or graduate degree preferably in computer science or a related discipline',
      { level: 'BACHELOR', required: true },
    ],
    ['Requirements\n- BS+ in Computer Science or related field.', { level: 'BACHELOR', required: true }],
    // Nothing asked: no degree, a "master of" a tool.
    ['Requirements\n- No Degree Mentioned\n- Python', null],
    ['Requirements\n- Demonstrable master of the Linux command line', null],
  ])('the degree a line asks for, if any: %j', (body, education) => {
    expect(parse(`Data Engineer\n${body}`).posting.education).toEqual(education);
  });

  it('reads "currently enrolled in a Bachelor’s program" as BACHELOR and notes the students', () => {
    const { posting, warnings } = parse(fixture('intern-enrolled'));
    expect(posting.education).toEqual({ level: 'BACHELOR', required: true });
    expect(warnings.find((w) => w.code === 'EDUCATION_IN_PROGRESS_EXPECTED')?.message).toMatch(/IN_PROGRESS/u);
  });

  it('does not read states, "MS Office" or company prose as degrees', () => {
    expect(findDegrees('Lyon, MS')).toEqual([]);
    expect(findDegrees('MS Office and Excel')).toEqual([]);
    expect(findDegrees('Our platform will (to some degree) run on Kubernetes.')).toEqual([]);
    expect(
      parse('Engineer\nAbout us\nOur PhD researchers publish widely.\nRequirements\n- Python').posting.education,
    ).toBeNull();
  });
});

describe('locations and date', () => {
  it('reads a "following locations" list and header places', () => {
    const { posting } = parse(
      'Engineer\nAcme\nAustin, TX\nRequirements\n- Go\nThis role is based in one of the following locations:\n- Tucson - AZ\n- San Jose - CA\n\nBenefits',
    );
    expect(posting.locations).toEqual(['Austin, TX', 'Tucson, AZ', 'San Jose, CA']);
  });

  it('reads "Location:" fields and header parts', () => {
    expect(parse(fixture('sre-plus-markers')).posting.locations).toEqual(['Remote (US)']);
    expect(parse(fixture('run-in-headings')).posting.locations).toEqual(['Denver, CO']);
    expect(parse(fixture('greenhouse-numbered')).posting.locations).toEqual(['New York, NY', 'Remote (US)']);
  });

  it('reads a posting date', () => {
    expect(parse('Engineer\nPosted on 2025-09-14').posting.datePosted).toBe('2025-09-14');
    expect(parse('Engineer\nDate posted: January 5, 2026').posting.datePosted).toBe('2026-01-05');
    expect(parse('Engineer\nPosted on 2025-02-30').posting.datePosted).toBeNull();
  });
});

describe('a title named only in the prose', () => {
  it('takes "As a <job> at <company>," when no line names the job', () => {
    const text =
      "About the job\nWhat You'll Do\nAbout the internship\nAre you looking for a professional experience you can be proud of?\nAs a Software Development Intern at iO Campus Sofia, you will join a team of technical experts.";
    expect(parse(text).posting.title).toBe('Software Development Intern');
  });

  it('leaves "As a team, we ship weekly" alone', () => {
    expect(parse('About us\nAs a Team we ship weekly, with care.').posting.title).toBe('');
  });
});

import { parsePosting } from '../../../src/parsing/posting';
import { skillsOf, taxonomy } from './helpers';

const parse = (text: string) => parsePosting(text, taxonomy());

// Postings copied from a job board as one paragraph: every line break gone, the title glued to the first sentence.
describe('a title glued to the text after it', () => {
  it.each([
    [
      'Site Reliability EngineerPosthog is here to increase the number of successful products that exist in the world.',
      'Site Reliability Engineer',
    ],
    [
      'Back-end / Infrastructure engineerRoleAt CodeSandbox we spin up Docker containers.',
      'Back-end / Infrastructure engineer',
    ],
    ['Angular Front-end DeveloperCTemplar is looking for front end developers.', 'Angular Front-end Developer'],
    [
      'Technical Product Manager, SDKThis is a full time position and is located in either Berlin or Toronto.',
      'Technical Product Manager, SDK',
    ],
    [
      "Software Developer, P2PWe're looking for someone with:- Significant programming experience",
      'Software Developer, P2P',
    ],
    [
      'Policy Analyst (Co-op)We’re transforming government. Our products will impact people’s everyday lives.',
      'Policy Analyst (Co-op)',
    ],
    [
      'Full-time UX Designer - Design systemsPlease apply through our careers page.',
      'Full-time UX Designer - Design systems',
    ],
    ['Senior DevOps EngineerWe run the platform that hosts every team’s services.', 'Senior DevOps Engineer'],
    [
      'Job Description for Software EngineerThe PROSE team builds programming-by-example technologies.',
      'Software Engineer',
    ],
  ])('%j', (text, title) => {
    expect(parse(text).posting.title).toBe(title);
  });

  it.each([
    [
      "Director of Business Operations & StrategyAcme's operations team empowers every team.",
      'Director of Business Operations & Strategy',
    ],
    [
      'Research Software Programmer - Mobile, PythonOverviewThe team you will join builds apps.',
      'Research Software Programmer - Mobile, Python',
    ],
  ])('splits a title naming a job from the word glued to its end: %j', (text, title) => {
    expect(parse(text).posting.title).toBe(title);
  });

  it('keeps a known name at the end of a title whole ("Software Engineer, GitHub Actions")', () => {
    expect(parse('Software Engineer, GitHub ActionsWe build the runners.').posting.title).toContain('GitHub Actions');
  });

  it('keeps an acronym plural whole before a short word ("APIs In")', () => {
    const text =
      "Backend EngineerWe're looking for someone who has:- Experience designing public APIs In production- Experience with PostgreSQL";
    expect(skillsOf(parse(text).posting.requirements, 'REQUIRED')).toEqual(
      expect.arrayContaining(['APIs', 'PostgreSQL']),
    );
  });
});

describe('text a page reader never sees', () => {
  it('drops template directives before the title', () => {
    const text =
      '{% extends "zerver/portico.html" %}{% block portico_content %}Lead DesignerAbout usWe are a small team.{% endblock %}';
    expect(parse(text).posting.title).toBe('Lead Designer');
  });

  it('drops an include directive glued to the title', () => {
    const { posting } = parse(
      'Test Engineer{{#include intro.md}}In the nutshellTesting is a first-class citizen here.',
    );
    expect(posting.title).toBe('Test Engineer');
  });

  it("drops an editor's comment between the title and the text, and its links are not read", () => {
    const text =
      'Data manager for a research infrastructure<!--Some resources for writing job descriptions:- https://example.org/inclusive-job-descriptions- Python style guide-->At the Department of Clinical Medicine, you will join a team.';
    const { posting } = parse(text);
    expect(posting.title).toBe('Data manager for a research infrastructure');
    expect(posting.description).not.toContain('resources for writing');
  });
});

describe('a heading glued to the lines on both sides of it', () => {
  it('starts the preferred list at "Nice-to-haves" run into the last requirement', () => {
    const text =
      "Backend EngineerWe're looking for someone who has:- Experience with PostgreSQL- Strong Python skillsNice-to-havesExperience with Kubernetes";
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['PostgreSQL', 'Python']));
    expect(skillsOf(requirements, 'REQUIRED')).not.toContain('Kubernetes');
    expect(skillsOf(requirements, 'PREFERRED')).toContain('Kubernetes');
  });

  it('reads Title Case headings run into each other and into their first line', () => {
    const text =
      "Back End Developer InternPreferred EducationBachelor's DegreeRequired Technical And Professional ExpertiseMust have basic knowledge of Java and SQL";
    const { posting } = parse(text);
    expect(posting.education).toEqual({ level: 'BACHELOR', required: false });
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['Java', 'SQL']));
  });

  it('reads "##Required Qualifications*" typed without a space, glued to the text around it', () => {
    // A Markdown page shows "##Heading" as typed; copied, it runs into the sentence before and the list after.
    const text =
      'Research Software ProgrammerAbout YouWe care about what you can do.##Required Qualifications*- Experience developing solutions using either Python or Mobile Development for iOS##Desired Qualifications*- Experience with any of the following:- R, C, SQL, JavaScript, machine learning';
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['Python', 'iOS']));
    expect(skillsOf(requirements, 'PREFERRED')).toEqual(expect.arrayContaining(['R', 'SQL', 'JavaScript']));
    expect(skillsOf(requirements, 'REQUIRED')).not.toContain('SQL');
  });

  it('reads a lead-in heading ending in "..." glued to its first bullet ("You are...- a Backend engineer")', () => {
    const text =
      'Senior Software EngineerWe are hiring our first technical hire!You are...- a backend engineer happy to work with Python, Django and MongoDB.- experienced with test driven development.Ideally...- You have some experience with Kubernetes.';
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['Python', 'Django', 'MongoDB']));
    expect(skillsOf(requirements, 'PREFERRED')).toContain('Kubernetes');
    expect(skillsOf(requirements, 'REQUIRED')).not.toContain('Kubernetes');
  });

  it('reads a heading in capitals glued to the sentence before and its first bullet ("assigned.PREFERRED SKILLS- Pair")', () => {
    const text =
      'Lead Backend DeveloperRESPONSIBILITIES- Implement test-driven development;- Perform special projects, as assigned.PREFERRED SKILLS- Experience with and willingness to do pair programming;- Expertise in agile development methodologies.';
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'PREFERRED')).toEqual(expect.arrayContaining(['Pair programming', 'Agile']));
    expect(skillsOf(requirements, 'REQUIRED')).not.toContain('Pair programming');
  });

  it('ends the requirements at a heading glued to a numbered item', () => {
    const text =
      'Site Reliability EngineerRequirements- 3+ years of experience with GoInterview process1. You apply here.1. We set up a call about how we use Terraform';
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toContain('Go');
    expect(skillsOf([...requirements], 'REQUIRED')).not.toContain('Terraform');
  });

  it('does not split a product name whose tail is a heading word', () => {
    const { posting } = parse('Office AssistantRequirements- Experience with Microsoft OneNote and Excel');
    expect(posting.description).toContain('Experience with Microsoft OneNote and Excel');
  });
});

describe('a plain lead-in worded as the work or the offer', () => {
  it('ends the requirements at "What your primary responsibilities will be:"', () => {
    const text = [
      'Senior Software Engineer, JavaScript',
      "We're looking for someone who has:",
      '- Significant experience writing JavaScript.',
      'What your primary responsibilities will be:',
      '- Review pull requests from open source contributors.',
      '- Participate in discussion about architecture and information security.',
    ].join('\n');
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toContain('JavaScript');
    const all = requirements.flatMap((g) => g.skills);
    expect(all).not.toContain('Open source');
    expect(all).not.toContain('Information security');
  });

  it('ends the requirements at "Here is what we offer you:"', () => {
    const text = [
      'Data Engineer',
      'Requirements:',
      '- Experience with SQL',
      'Here is what we offer you:',
      '- A Kubernetes course',
    ].join('\n');
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toContain('SQL');
    expect(requirements.flatMap((g) => g.skills)).not.toContain('Kubernetes');
  });
});

describe('headings that name the employer', () => {
  it('reads "What you will bring to <employer>" as the requirements and "How you will make an impact" as the duties', () => {
    const text =
      'Software Developer 2How you will make an impactMonitors application performance with Grafana.What you will bring to TVO3+ years of experience with PostgreSQL';
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toContain('PostgreSQL');
    expect(requirements.flatMap((g) => g.skills)).not.toContain('Grafana');
  });

  it('keeps an employer written in capitals whole when the heading has a line of its own', () => {
    const { posting } = parse(
      'Software Developer 2\n\nWhat you will bring to TVO\n\n3+ years of experience with PostgreSQL',
    );
    expect(posting.description).toContain('What you will bring to TVO\n');
    expect(skillsOf(posting.requirements, 'REQUIRED')).toContain('PostgreSQL');
  });
});

describe('fields run into each other', () => {
  it('reads the schedule of "Work Schedule:Full timeAppointment Type:Excepted Service"', () => {
    const text =
      'StrategistSecurity clearance:Public trust.Work Schedule:Full timeAppointment Type:Excepted Service – Not to exceed 2 years; the number of hours per week you worked (if part time).';
    expect(parse(text).posting.employmentType).toBe('FULL_TIME');
  });

  it('keeps a name whose second half looks like a label ("JavaScript:", "GitHub:")', () => {
    const { posting } = parse('Frontend EngineerRequirements- JavaScript: 3+ years- GitHub: a public profile');
    expect(posting.description).toContain('JavaScript: 3+ years');
    expect(posting.description).toContain('GitHub: a public profile');
  });
});

describe('a sentence or field ending in a number', () => {
  it('starts the duties at a lead-in glued to a sentence that ends in a number', () => {
    const text =
      'SRE DeveloperAll candidates will be evaluated based on their experiences:- Operating services using major cloud toolsThis position supports the goal of slowing the spread of COVID-19.You’ll need to accomplish the following things:- Improve infrastructure as code for our products- Apply information security best practices';
    const all = parse(text).posting.requirements.flatMap((g) => g.skills);
    expect(all).not.toContain('Infrastructure as code');
    expect(all).not.toContain('Information security');
  });

  it('splits a field glued to an amount ("$83,744.00Location: Toronto")', () => {
    const { posting } = parse('Software Developer 2Salary: $75,512.00 - $83,744.00Location: Toronto, Ontario');
    expect(posting.description).toContain('\nLocation: Toronto, Ontario');
  });
});

describe('list items glued after a semicolon', () => {
  it('reads each item, so a closing "will be considered a strong asset" stays with its own item', () => {
    const text =
      'Senior DesignerWhat we’re looking for:- You have experience rapidly prototyping;- You work alongside developers on web accessibility;- Bilingualism (English and French) will be considered a strong asset.We recognize that everyone brings skills.';
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['Prototyping', 'Web accessibility']));
    expect(skillsOf(requirements, 'PREFERRED')).toEqual(expect.arrayContaining(['English', 'French']));
    expect(skillsOf(requirements, 'REQUIRED')).not.toContain('English');
  });
});

describe('a list written in lower case glued into one paragraph', () => {
  it('reads each item, and a lead-in in capitals or ending in a colon as its heading', () => {
    const text =
      'Backend DeveloperWe build web apps.WHAT WE EXPECT FROM YOU:- experience with Node.js- familiarity with Docker- full- and part-time roles welcomeNICE TO HAVE:- knowledge of Kotlin.Working experience with any of the following is a big plus:- functional programming in Scala- deploying Tomcat';
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['Node.js', 'Docker']));
    expect(skillsOf(requirements, 'PREFERRED')).toEqual(expect.arrayContaining(['Kotlin', 'Scala', 'Apache Tomcat']));
    expect(skillsOf(requirements, 'REQUIRED')).not.toContain('Scala');
  });
});

describe('numbered items glued into one paragraph', () => {
  it('splits items numbered in sequence, the first after a colon, but not a name ending in a digit', () => {
    const text =
      'Front End DeveloperYou should have a portfolio that demonstrates most of:1. CSS and HTML2. UI Design in Sketch.3. javascript4. UX / Usability testing';
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toEqual(
      expect.arrayContaining(['CSS', 'HTML', 'JavaScript', 'Usability testing']),
    );
  });

  it('reads a heading ending in ":-" glued to its first item ("Job Requirements:-- 1) Must have")', () => {
    const text =
      'Support EngineerShifts:- 6 AM – 3 PM- 1 PM – 10 PMJob Requirements:-- 1) Must have experience in monitoring Nagios.- 2) Should know DNS and DHCP.';
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['Nagios', 'DNS', 'DHCP']));
  });
});

describe('lines with no end mark run into each other', () => {
  it('splits a lower-case word glued to a capitalised one, so each line is read on its own', () => {
    const text =
      'Back End Developer InternRequired Technical And Professional ExpertiseUnderstanding of relational databasesFamiliarity with Docker is a plus';
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toContain('Relational databases');
    expect(skillsOf(requirements, 'PREFERRED')).toContain('Docker');
    expect(skillsOf(requirements, 'REQUIRED')).not.toContain('Docker');
  });

  it('keeps names written in camel case whole', () => {
    const { posting } = parse(
      'Web DeveloperRequirements- Experience with JavaScript, TypeScript, GitHub and phpMyAdmin',
    );
    expect(posting.description).toContain('Experience with JavaScript, TypeScript, GitHub and phpMyAdmin');
  });
});

describe('emphasis marks left in a pasted line', () => {
  it('reads "As the *team leader*, we expect you to:" in a long paragraph as a requirements lead-in', () => {
    // Over 5000 characters on one line: the Markdown reader leaves such a line as it is.
    const about = 'The centre brings together researchers and clinicians to improve diabetes care. '
      .repeat(70)
      .trimEnd();
    const text = `Team leader${about}And we prefer, but don’t require, that you:- Have knowledge of FAIR principlesAs the *team leader*, we expect you to:- Have demonstrated experience in using R and Python for data analysis`;
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['R', 'Python']));
    expect(skillsOf(requirements, 'PREFERRED')).not.toContain('Python');
  });
});

describe('a sentence ending in an acronym glued to the next', () => {
  it('keeps "is a plus" to its own sentence after "…HTML and CSS.An understanding…"', () => {
    const text =
      'Angular Front-end DeveloperCTemplar is looking for front end developers with expertise in Angular, HTML and CSS.An understanding of cryptography is a plus.';
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['Angular', 'HTML', 'CSS']));
    expect(skillsOf(requirements, 'PREFERRED')).not.toContain('Angular');
  });

  it('keeps "ASP.Net" whole', () => {
    const { posting } = parse('Web DeveloperRequirements- 3+ years of ASP.Net development');
    expect(posting.description).toContain('3+ years of ASP.Net development');
  });
});

describe('a job board label glued to a short value', () => {
  it('reads the title from "Job Type: Co-op MainJob Title: AI Engineering"', () => {
    const text = 'Work Term: 2025 - WinterJob Type: Co-op MainJob Title: AI EngineeringNumber of Job Openings: 1';
    expect(parse(text).posting.title).toBe('AI Engineering');
  });
});

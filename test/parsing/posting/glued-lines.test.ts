import { parsePosting } from '../../../src/parsing/posting';
import { skillsOf, taxonomy } from './helpers';

const parse = (text: string) => parsePosting(text, taxonomy());

// A list copied from a job board as one paragraph: each item runs into the next with no mark between them.
describe('a requirement line glued to the one before it', () => {
  it.each([
    [
      'a capitalised word',
      'Requirements- Knowledge of Data Structures and AlgorithmsUnderstanding of Docker is a plus',
    ],
    ['an acronym', 'Requirements- Familiarity with GITFamiliarity with Docker is a plus'],
    ['an acronym plural', 'Requirements- Familiarity with APIsBasic knowledge of Docker is a plus'],
  ])('starts a new line at a word that opens requirements, after %s', (_case, body) => {
    const { requirements } = parse(`Backend Developer${body}`).posting;
    expect(skillsOf(requirements, 'PREFERRED')).toContain('Docker');
    expect(skillsOf(requirements, 'REQUIRED')).not.toContain('Docker');
  });

  it('reads a degree glued to its heading ("QualificationsBachelor’s degree")', () => {
    const { posting } = parse('Game DeveloperProfessional QualificationsBachelor’s degree in Computer Science.');
    expect(posting.description).toContain('\nBachelor’s degree in Computer Science.');
  });

  it('keeps "VisualBasic" and "JavaScript Experience" names whole', () => {
    const { posting } = parse('DeveloperRequirements- VisualBasic Basic skills, JavaScript Experience');
    expect(posting.description).toContain('VisualBasic Basic skills, JavaScript Experience');
  });
});

describe('a sentence glued to one that starts with a one-letter word or a number', () => {
  it('splits "…delivery.A portfolio is a plus"', () => {
    const { requirements } = parse(
      'DeveloperRequirements- Experience with PostgreSQL and agile delivery.A portfolio showing Docker work is a plus.',
    ).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toContain('PostgreSQL');
    expect(skillsOf(requirements, 'PREFERRED')).toContain('Docker');
    expect(skillsOf(requirements, 'REQUIRED')).not.toContain('Docker');
  });

  it('splits "…field.0–2 years of …" and "…SQL1 year experience …" but keeps "2.0" whole', () => {
    const { posting } = parse(
      'DeveloperRequirements- A degree in a related field.2 years of experience with Python, SQL1 year experience with OAuth 2.0',
    );
    expect(posting.description).toContain('\n2 years of experience with Python, SQL\n1 year experience with OAuth 2.0');
  });
});

describe('Markdown heading marks glued to the text before them', () => {
  it('reads "…PostgreSQL###Bonus points- …" as a heading of its own', () => {
    const text =
      'UX DesignerPlease apply online.###What we are looking for in you- Expertise in PostgreSQL###Bonus points- Experience with Kubernetes';
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'REQUIRED')).toContain('PostgreSQL');
    expect(skillsOf(requirements, 'PREFERRED')).toContain('Kubernetes');
    expect(skillsOf(requirements, 'REQUIRED')).not.toContain('Kubernetes');
  });

  it('keeps "C#" and "F#" glued to a capital whole', () => {
    const { posting } = parse('DeveloperRequirements- Experience with C#For loops and F# Data');
    expect(posting.description).toContain('C#For loops and F# Data');
  });
});

describe('a heading pasted without its markup, worded as what is wished for', () => {
  it.each([
    [
      'after the duties',
      'Responsibilities\n- Deploy the platform for customers\nExperience In The Following Areas Preferred',
    ],
    ['inside the requirements', 'Requirements\n- Experience with Linux\nBonus Skills We Would Love'],
  ])('opens the preferred section %s', (_case, before) => {
    const text = `Platform Engineer\n${before}\nContainers: Docker, Kubernetes\nQualifications\n- Experience with Linux`;
    const { requirements } = parse(text).posting;
    expect(skillsOf(requirements, 'PREFERRED')).toEqual(expect.arrayContaining(['Docker', 'Kubernetes']));
    expect(skillsOf(requirements, 'REQUIRED')).toContain('Linux');
    expect(skillsOf(requirements, 'REQUIRED')).not.toContain('Docker');
  });

  it('leaves a plain heading worded as a requirement of the job to the section around it', () => {
    const text = 'Platform Engineer\nThe Impact You Will Have\n- Work with Sales and Marketing on Docker images';
    expect(skillsOf(parse(text).posting.requirements, 'REQUIRED')).not.toContain('Marketing');
  });
});

describe('a heading pasted without its markup that opens by saying it is required', () => {
  it('reads the list under "Required Education/Experience" as required', () => {
    const text =
      'Test Engineer\nScope and Impact\n- Typically work in a single QA team.\nRequired Education/Experience\n- Excellent English language skill.\n- Test automation and programming languages skills: Python or Perl.';
    expect(skillsOf(parse(text).posting.requirements, 'REQUIRED')).toEqual(
      expect.arrayContaining(['English', 'Test automation', 'Python']),
    );
  });
});

describe('a list of places run into the paragraph after it', () => {
  it('ends the places at a paragraph-long line, so the requirements after it are read', () => {
    const text = [
      'Backend Developer',
      'This is an office based position including the following locations:',
      '- Tucson - AZ',
      '- Poughkeepsie - NYBeing at our company is committed to creating a diverse environment and is proud to be an equal-opportunity employer. All qualified applicants will receive consideration for employment.',
      '- Must have basic knowledge in one or more of the following: Java, Python, SQL',
      '- Familiarity with APIs',
    ].join('\n');
    expect(skillsOf(parse(text).posting.requirements, 'REQUIRED')).toEqual(
      expect.arrayContaining(['Java', 'Python', 'SQL', 'APIs']),
    );
  });
});

describe('a heading pasted without its markup that names the stack or the first days', () => {
  it('ends the preferred list at "What your first 90 days will look like" and "What we build with"', () => {
    const text =
      'Systems Engineer\nPlus points\n- Good understanding of Networking\nWhat your first 90 days will look like\n- By day 30: you will ship a feature in Python\nWhat we build with\n- Backend: Go, Postgres, Redis';
    const all = parse(text).posting.requirements.flatMap((g) => g.skills);
    expect(all).toContain('Computer networking');
    expect(all).not.toContain('Python');
    expect(all).not.toContain('Go');
  });
});

import { parsePosting } from '../../../src/parsing/posting';
import { cleanPostingText } from '../../../src/parsing/posting/clean-text';
import { taxonomy } from './helpers';

const titleOf = (text: string): string => parsePosting(text, taxonomy()).posting.title;

describe('job titles (issue 10)', () => {
  it('takes no title from a sentence that only looks like "for a ... role at ..."', () => {
    const text =
      'Acme builds speakers.\nAcme is unable to sponsor an employment visa for this role at this time.\n\nQualifications\n- C++\n';
    expect(titleOf(text)).not.toMatch(/visa/u);
  });

  it('reads "<title> job description" as the title alone', () => {
    expect(titleOf('# Developer job description\n\nRequirements\n- Ruby\n')).toBe('Developer');
  });

  it('takes no field or label line for the title, but keeps a title written after a word and a colon', () => {
    expect(titleOf('Location: Springfield\nWe make maps and need help with them.\n\nRequirements\n- Go\n')).toBe('');
    expect(titleOf('Term Posted: 2026 - Summer\nWe make maps.\n\nRequirements\n- Go\n')).toBe('');
    expect(titleOf('Wanted: new member of the mapping team\nWe make maps.\n\nRequirements\n- Go\n')).toBe(
      'Wanted: new member of the mapping team',
    );
  });

  it('reads "Job Description for Associate ..." without eating the title\'s first letter', () => {
    expect(titleOf('# Job Description for Associate Data Engineer\n\nRequirements\n- SQL\n')).toBe(
      'Associate Data Engineer',
    );
  });

  it('takes the title from whom the prose says it seeks when no line names the job', () => {
    const text =
      '## About the role\n\nAcme Services is seeking a Sr. Platform Operations Specialist who would be responsible for deployments.\n\n## Requirements\n- Linux\n';
    expect(titleOf(text)).toBe('Sr. Platform Operations Specialist');
  });

  it.each([
    // Prose naming the job, in the wordings postings use.
    [
      'Acme builds payouts.\nAcme is seeking an analytical individual to join our team as an Analytics Engineer.',
      'Analytics Engineer',
    ],
    ['About\nWe’re seeking a Software Engineer I for the Roku team, where you’ll build apps.', 'Software Engineer I'],
    [
      'About\nJumio is seeking an experienced Senior Machine Learning Engineer to join our AI team.',
      'Senior Machine Learning Engineer',
    ],
    [
      "Gradient AI:\nIf you like AI, We're looking for a Full-Stack Software Engineer to join our team.",
      'Full-Stack Software Engineer',
    ],
    [
      'Job Summary:\nReporting to the Senior Research Manager, the Research Data Analyst will support research.',
      'Research Data Analyst',
    ],
    // The job sought in the plural names one of them.
    [
      'We are looking for JavaScript / NodeJS Full Stack developers!\nWhat’s in it for you?\n- Working with the System Architecture Developer',
      'JavaScript / NodeJS Full Stack developer',
    ],
    ['Seeking Ruby/Jekyll contractors to start ASAP\nWe build privacy apps.', 'Ruby/Jekyll contractor'],
    // A portal's field with words before "Position Title", a company before the job, a lone field label.
    [
      'Term Posted: 2026 - Summer\nCo-op Student Position Title: Software Developer Intern - Kotlin [R09474]\nJob Description:',
      'Software Developer Intern - Kotlin [R09474]',
    ],
    ['Orbisk - Customer Success Manager (FR)\nWe cut food waste.', 'Customer Success Manager (FR)'],
    [
      'Company\nJumio is the future of ID verification.\nJumio is seeking a Senior Data Engineer to join.',
      'Senior Data Engineer',
    ],
    // A title in capitals after the company's opening paragraph.
    [
      `Redmond, WA\n${'SpaceX was founded to make humanity multiplanetary, and it builds rockets and spacecraft. '.repeat(2)}\nNEW GRADUATE ENGINEER, SOFTWARE (STARLINK)\nAs a Software Engineer on Starlink, you will build.`,
      'NEW GRADUATE ENGINEER, SOFTWARE (STARLINK)',
    ],
    // A camel-case company heading under the title is not the title's second row.
    [
      '# [Senior Automation Engineer](https://example.com/apply)\n### dLocal\n\n## Description\nWe move payments.',
      'Senior Automation Engineer',
    ],
    ['Acme is hiring a Senior Data Engineer\nRequirements\n- SQL', 'Senior Data Engineer'],
    ['About Acme\nAcme makes maps.\nThe Role\nAs a Data Engineer you will build pipelines.', 'Data Engineer'],
    // Pasted without line breaks: the job noun ends the title where the next line was glued on.
    ['Software Developer InternMarkham, ONWe build software for dealers.', 'Software Developer Intern'],
    ['Full-Stack Software Engineerat NJ Office of InnovationFlexible Location', 'Full-Stack Software Engineer'],
  ])('%j -> %j', (text, title) => {
    expect(titleOf(text)).toBe(title);
  });

  it('drops MyST targets and kramdown attribute lists from Markdown', () => {
    const lines = cleanPostingText('(role:platform-engineer)=\n# Platform Engineer\n\n### GitHub repos {.h4}\n').lines;
    expect(lines.map((l) => l.text)).toEqual(['Platform Engineer', 'GitHub repos']);
  });
});

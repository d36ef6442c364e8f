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

  it('drops MyST targets and kramdown attribute lists from Markdown', () => {
    const lines = cleanPostingText('(role:platform-engineer)=\n# Platform Engineer\n\n### GitHub repos {.h4}\n').lines;
    expect(lines.map((l) => l.text)).toEqual(['Platform Engineer', 'GitHub repos']);
  });
});

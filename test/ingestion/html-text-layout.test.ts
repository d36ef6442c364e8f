import { readPostingText } from '../../src/ingestion';
import { parsePosting } from '../../src/parsing/posting';
import { skillsOf, taxonomy } from '../parsing/posting/helpers';

// A Markdown job description with an HTML summary list (as the UK DfE writes them): it reads as HTML, and
// its Markdown headings and bullets are laid out in source lines.
const DOC = `# Data engineer

<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row">
    <dt class="govuk-summary-list__key">Grade</dt>
    <dd class="govuk-summary-list__value">SEO</dd>
  </div></dl>

## Essential skills

- Good experience of building data pipelines on cloud platforms.
- Proficiency in SQL and Python.

## Desirable skills

- Experience with relational data models and cloud data warehouses.
`;

describe('an HTML document whose text is laid out in lines (issue 10, batch 4)', () => {
  it('keeps blank lines and breaks before list and heading marks, so its sections and items stay apart', () => {
    const doc = readPostingText(DOC);
    expect(doc.text).toContain('- Proficiency in SQL and Python.');
    const { posting } = parsePosting(doc.text, taxonomy());
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['SQL', 'Python']));
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(expect.arrayContaining(['Data warehousing']));
  });

  it('still reads a sentence wrapped in the source as one line', () => {
    const doc = readPostingText(
      '<html><body><main><p>We need someone who knows Photoshop\n   mockups and HTML.</p>\n\n<p>Second paragraph.</p></main></body></html>',
    );
    expect(doc.text).toContain('We need someone who knows Photoshop mockups and HTML.');
  });
});

import { parsePostingDocument, readPostingText } from '../../src/ingestion';
import { skillsOf, taxonomy } from '../parsing/posting/helpers';

// A GOV.UK-style job page kept as Markdown: no front matter, a summary list left in as HTML.
const GOVUK_MARKDOWN = `# Data engineer

<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row">
    <dt class="govuk-summary-list__key">
      Grade
    </dt>
    <dd class="govuk-summary-list__value">
      SEO
    </dd>
  </div></dl>

As a Data Engineer, you will join a team that builds secure data solutions.

## You will

- build and deliver scalable data pipelines

## You'll have

- experience with Python and SQL
`;

describe('a Markdown posting that embeds HTML blocks', () => {
  it('is read as Markdown, not as an HTML page', () => {
    expect(readPostingText(GOVUK_MARKDOWN).format).toBe('MARKDOWN');
  });

  it('keeps the words of its HTML blocks and drops their tags', () => {
    const text = readPostingText(GOVUK_MARKDOWN).text;
    expect(text).toContain('Grade');
    expect(text).toContain('SEO');
    expect(text).not.toMatch(/<\/?(?:dl|div|dt|dd)\b/u);
    expect(text).toContain('## You will');
  });

  it('still finds the skills under its Markdown headings', () => {
    const posting = parsePostingDocument(readPostingText(GOVUK_MARKDOWN), taxonomy()).posting;
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['Python', 'SQL']));
  });

  it('an HTML fragment with no Markdown headings stays HTML', () => {
    const html = '<h2>Requirements</h2><ul><li>Python</li><li>SQL</li></ul>\n# not a heading in a page';
    expect(readPostingText(html).format).toBe('HTML');
  });
});

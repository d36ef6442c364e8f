import { parsePostingDocument, readPostingText } from '../../src/ingestion';
import { taxonomy } from '../parsing/posting/helpers';

const titleOf = (text: string): string => parsePostingDocument(readPostingText(text), taxonomy()).posting.title;

describe('Markdown front matter and metadata as the title (issue 10)', () => {
  it("reads Hugo's TOML front matter between +++ lines: its title, and none of its fields as text", () => {
    const doc = readPostingText(
      '+++\ndate = "2021-03-01"\ndraft = true\ntitle = "Data Platform Engineer"\nweight = 100\n+++\n\n**Team:** Data\n\n# What you will do\n\n- Build pipelines\n',
    );
    expect(doc.format).toBe('MARKDOWN');
    expect(doc.text).not.toContain('draft');
    expect(parsePostingDocument(doc, taxonomy()).posting.title).toBe('Data Platform Engineer');
  });

  it("takes a slug 'role' field as the title when the pasted posting under it has no title line", () => {
    const text =
      '---\ncompany: Acme\nrole: Senior_Support_Analyst\n---\n\nLocation: Springfield\nAcme builds tools for farmers and has done so for forty years.\n\nQualifications\n- Customer support experience\n';
    expect(titleOf(text)).toBe('Senior Support Analyst');
  });

  it("keeps the pasted posting's own title line over the front matter's role", () => {
    const text =
      '---\ncompany: Acme\nrole: Support_Analyst\n---\n\nSenior Support Analyst, Field Operations\nSpringfield\n\nAcme builds tools for farmers.\n';
    expect(titleOf(text)).toBe('Senior Support Analyst, Field Operations');
  });

  it('reads a metadata block at the top ("Title: X" / "license: Y") as the title, the other fields on lines of their own', () => {
    const text =
      'Title: Backend Engineer, Payments\nlicense: https://example.org/licence\n\nThis is your chance to work on payments.\n\n## Is this you?\n\nYou must have experience with Go.\n';
    expect(titleOf(text)).toBe('Backend Engineer, Payments');
  });

  it('reads an HTML page body under Jekyll front matter: the front matter title first, no other field as text', () => {
    const doc = readPostingText(
      '---\ntitle: JavaScript Developer\nlayout: details_jobs\nhours: Full-time\n---\n\n<p>We are looking now for a skilled Full Stack JavaScript Developer.</p>\n<p>Requirements</p><ul><li>React</li></ul>',
    );
    expect(doc.format).toBe('HTML');
    expect(doc.text).not.toContain('layout');
    const { posting } = parsePostingDocument(doc, taxonomy());
    expect(posting.title).toBe('JavaScript Developer');
    // Its schedule field states the employment type, over a "business contract" among the perks.
    expect(
      parsePostingDocument(
        readPostingText(
          '---\ntitle: DevOps Engineer\nhours: Part-time\n---\n\nWe build apps. Business contract possible.\n\n## Requirements\n\n- Docker\n',
        ),
        taxonomy(),
      ).posting.employmentType,
    ).toBe('PART_TIME');
  });

  it("keeps an HTML page's <h1> as the title when the header holding it is dropped as chrome", () => {
    const html =
      '<div><header><h1>DevOps Engineer</h1><h2>Tech Development</h2></header><div id="content"><p>THE POSITIVE FUTURE OF COMMUNICATIONS<br>Acme is looking for a skilled Configuration Management Engineer who automates.</p></div></div>';
    expect(titleOf(html)).toBe('DevOps Engineer');
    expect(
      titleOf(
        '<html><head><title>Data Analyst | Acme Careers</title></head><body><p>We count things.</p><p>Come help.</p></body></html>',
      ),
    ).toBe('Data Analyst');
  });
});

import { joinSoftWraps, readPostingText } from '../../src/ingestion';
import { parsePosting } from '../../src/parsing/posting';
import { findGroup, skillsOf, taxonomy } from '../parsing/posting/helpers';

// A posting page whose editor wrapped its Markdown at 72 columns (pandoc, R Markdown).
const WRAPPED = `# Database administrator for a research-data infrastructure

The [Department of Clinical Medicine](https://clin.au.dk/) at [Faculty
of Health](https://health.au.dk/en/) invites applications for the position.

## Your qualifications

-   Have experience interacting with and building SQL databases and
    queries

-   Be familiar with and have experience in open sharing and collaborative
    platforms (e.g. Open Science Framework, Zenodo, GitHub, or GitLab),
    which is a bonus

**Location:**
Aarhus, Denmark
`;

describe('Markdown lines the editor wrapped (issue 10)', () => {
  it('joins the lines of a list item and of a paragraph, and keeps blocks and labels apart', () => {
    const lines = joinSoftWraps(WRAPPED).split('\n');
    expect(lines).toContain(
      'The [Department of Clinical Medicine](https://clin.au.dk/) at [Faculty of Health](https://health.au.dk/en/) invites applications for the position.',
    );
    expect(lines).toContain('-   Have experience interacting with and building SQL databases and queries');
    expect(lines).toContain(
      '-   Be familiar with and have experience in open sharing and collaborative platforms (e.g. Open Science Framework, Zenodo, GitHub, or GitLab), which is a bonus',
    );
    expect(lines).toContain('## Your qualifications');
    expect(lines).toContain('**Location:**');
    expect(lines).toContain('Aarhus, Denmark');
  });

  it('reads a wrapped item as one requirement line, its "is a bonus" included', () => {
    const doc = readPostingText(`---\ntitle: Database administrator\n---\n${WRAPPED}`);
    const { posting } = parsePosting(doc.text, taxonomy());
    expect(skillsOf(posting.requirements, 'PREFERRED')).toEqual(expect.arrayContaining(['GitHub', 'GitLab']));
    expect(findGroup(posting.requirements, 'REQUIRED', ['Relational databases'])?.label).toMatch(/and queries$/u);
    expect(skillsOf(posting.requirements, 'REQUIRED')).not.toContain('GitHub');
  });

  it('leaves fenced code and short separate lines alone', () => {
    const text = 'Intro line\nSecond Line\n\n```\nfoo\nbar\n```\n';
    expect(joinSoftWraps(text)).toBe(text);
  });
});

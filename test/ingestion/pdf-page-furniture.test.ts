import { withoutPageFurniture } from '../../src/documents/pdf-page-furniture';
import { rows, rowText, type TextRun } from '../../src/documents/pdf-rows';

// A page as a browser prints it: its header row on top, the posting's rows, the address and page count at the bottom.
function page(lines: readonly string[]): { runs: TextRun[]; width: number } {
  return {
    width: 595,
    runs: lines.map((str, i) => ({ str, x: 48, y: 800 - i * 14, width: str.length * 5, height: 10 })),
  };
}
const text = (p: { runs: TextRun[] }): string[] => rows(p.runs).map(rowText);

describe('the header and footer a browser prints on every page', () => {
  const header = (time: string) => `4/7/25, ${time} PM  Data Analyst - Santa Monica, CA - Jobs`;
  const footer = (n: number) => `https://jobs.example.com/view?id=42  ${n}/2`;

  it('are dropped from every page, so the footer no longer runs into the last row of a page', () => {
    const pages = withoutPageFurniture([
      page([header('4:35'), 'Basic Qualifications', '3+ years of SQL', footer(1)]),
      page([header('4:36'), 'Experience with Tableau', 'Excellent written communication', footer(2)]),
    ]);
    expect(pages.map(text)).toEqual([
      ['Basic Qualifications', '3+ years of SQL'],
      ['Experience with Tableau', 'Excellent written communication'],
    ]);
  });

  it('keep a row that opens two pages but is no furniture, and a one-page document as it is', () => {
    const two = [
      page(['Requirements', '3+ years of SQL', 'Experience with Tableau']),
      page(['Requirements', 'Experience with Looker', 'Excellent communication']),
    ];
    expect(withoutPageFurniture(two).map(text)[1][0]).toBe('Requirements');
    const one = [page([header('4:35'), 'Basic Qualifications', footer(1)])];
    expect(withoutPageFurniture(one).map(text)[0]).toHaveLength(3);
  });
});

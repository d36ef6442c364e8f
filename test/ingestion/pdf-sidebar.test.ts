import { laidOutPages } from '../../src/documents/pdf-columns';
import { rows, rowText, type TextRun } from '../../src/documents/pdf-rows';

const run = (str: string, x: number, y: number, width: number): TextRun => ({ str, x, y, width, height: 7 });

// A job board's page printed to PDF: the posting's prose wraps up to x 383, a "More jobs" list sits at x 450-580 with
// rows at baselines of its own.
function page(first: number): { runs: TextRun[]; width: number } {
  const runs: TextRun[] = [];
  for (let i = 0; i < 14; i++)
    runs.push(run(`posting row ${first + i} wrapped up to the gutter`, 64, 700 - i * 10, 319));
  for (let i = 0; i < 8; i++) runs.push(run(`Other job ${first + i}`, 450, 695 - i * 20, 120));
  return { runs, width: 612 };
}

const text = (parts: TextRun[][]): string[] => parts.flatMap((part) => rows(part).map(rowText));

describe('a printed posting page with a sidebar (issue 10)', () => {
  it('reads the posting over every page first and the sidebars after it', () => {
    const lines = text(laidOutPages([page(0), page(100)], { sidebars: true }));
    expect(lines.slice(0, 28).every((l) => l.startsWith('posting row'))).toBe(true);
    expect(lines.slice(28).every((l) => l.startsWith('Other job'))).toBe(true);
  });

  it('leaves a résumé page without headings read row by row', () => {
    const lines = text(laidOutPages([page(0)]));
    expect(lines[1]).toContain('Other job');
  });
});

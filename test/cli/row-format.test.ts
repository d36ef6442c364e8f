import { csvRow, formatTable, jsonlRow, rowLayout } from '../../src/cli/row-format';
import { explainRanking } from '../../src/batch/scored-row';
import { candidate, miniTaxonomy, posting } from '../domain/matching/fixtures';

describe('batch output of a posting with nothing to score', () => {
  const tax = miniTaxonomy();
  const spec = posting(tax, [{ skills: ['Git'], assessable: false }], {
    education: { level: 'BACHELOR', required: true },
  });
  const person = candidate(tax, '7', [['Git', 12]]);
  const rows = explainRanking(tax, spec, [{ candidateId: '7', score: null, qualified: null, line: 1, spec: person }]);
  const layout = rowLayout(rows, { withPosting: false, explain: true });

  it('writes empty CSV cells and JSON nulls with the reason, and a dash in the table', () => {
    const cells = csvRow(layout, rows[0]).trimEnd().split(',');
    expect(cells.slice(0, 6)).toEqual(['1', '7', '', '', '', '']);
    const json = JSON.parse(jsonlRow(layout, rows[0]));
    expect(json).toMatchObject({ score: null, qualified: null, requiredScore: null });
    expect(json.reason).toMatch(/nothing to score/);
    expect(json.groups[0]).toMatchObject({ status: 'NOT_ASSESSABLE', satisfied: true });
    const table = formatTable(layout, rows);
    expect(table).toMatch(/\n\s+1\s+7\s+-\s+-/);
    expect(table).toContain('(not assessable, not scored)');
  });
});

import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PDF, ResumeDocumentReader } from '../../src/documents';
import { shippedTaxonomy } from '../parsing/resume/taxonomies';

/**
 * moderncv sets dates, project years and row labels ("Languages") in a margin column left of the
 * text. Each sits on the baseline of the row it belongs to, so the page reads row by row; read as
 * a column of its own, the dates would come before every job and the jobs would have none.
 */

const NOW = new Date('2026-12-01T00:00:00Z');
let reader: ResumeDocumentReader;

beforeAll(() => {
  reader = new ResumeDocumentReader(1);
});
afterAll(async () => {
  await reader.close();
});

async function moderncvPage(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const margin: [string, number][] = [
    ['June 2005 – Aug 2007', 700],
    ['June 2003 – Aug 2003', 630],
    ['2002', 560],
    ['Languages', 490],
    ['Technologies', 476],
  ];
  const text: [string, number][] = [
    ['John Doe', 780],
    ['john@example.org', 766],
    ['Experience', 720],
    ['Apple, Software Engineer, Cupertino, CA', 700],
    ['• Reduced time to render user buddy lists by 75% by implementing a prediction cache in Objective-C', 686],
    ['• Integrated iChat with Spotlight Search by a metadata extraction tool', 672],
    ['• Redesigned the chat file format with backward compatibility', 658],
    ['Microsoft, Software Engineer Intern, Redmond, WA', 630],
    ['• Automated the extraction and processing of large datasets', 616],
    ['• from legacy systems using SQL and Perl scripts', 602],
    ['Projects', 580],
    ['Custom Operating System', 560],
    ['• Built a UNIX-style OS with a scheduler and a file system', 546],
    ['• Tools Used: C', 532],
    ['Skills', 510],
    ['C++, C, Java, Objective-C, C#, SQL, JavaScript', 490],
    ['.NET, Microsoft SQL Server, Xcode', 476],
  ];
  for (const [s, y] of margin) page.drawText(s, { x: 40, y, size: 9, font });
  for (const [s, y] of text) page.drawText(s, { x: 150, y, size: 9, font });
  return pdf.save();
}

describe('a PDF with a margin column of dates (moderncv)', () => {
  it('reads each date on the row of its entry, not as a column of its own', async () => {
    const r = await reader.read(await moderncvPage(), PDF, 'cv.pdf', shippedTaxonomy(), NOW);
    expect(r.work.map((w) => [w.start, w.end])).toEqual([
      ['2005-06', '2007-08'],
      ['2003-06', '2003-08'],
    ]);
    const months = Object.fromEntries(r.skills.map((s) => [s.name, s.months]));
    expect(months).toMatchObject({ 'Objective-C': 27, SQL: 3, Perl: 3, Unix: 12, C: 12, Java: null });
  });
});

import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PDF, ResumeDocumentReader } from '../../src/documents';
import { withoutLetterSpacing } from '../../src/parsing/resume/text/letter-spacing';
import { shippedTaxonomy } from '../parsing/resume/taxonomies';

/**
 * HTML résumé themes print headings and the name letter-spaced; the browser puts a space between
 * every two letters in the PDF's text layer ("E X P E R I E N C E"), each word its own run.
 */

const NOW = new Date('2026-12-01T00:00:00Z');

describe('letter-spaced runs', () => {
  it('takes the spacing out of a word set letter by letter', () => {
    expect(withoutLetterSpacing('E X P E R I E N C E')).toBe('EXPERIENCE');
    expect(withoutLetterSpacing('D O E')).toBe('DOE');
    expect(withoutLetterSpacing('S o f t w a r e')).toBe('Software');
  });

  it('keeps letter pairs the browser kerned closer, and a wide gap as a word space', () => {
    expect(withoutLetterSpacing('m a r y . r o e@ex a m p le . o r g')).toBe('mary.roe@example.org');
    expect(withoutLetterSpacing('S O F T  S K I L L S')).toBe('SOFT SKILLS');
    // A name whose word gap the text layer lost: a capital after a small-letter word opens the next.
    expect(withoutLetterSpacing('M a t t h e w B e a u l i e u')).toBe('Matthew Beaulieu');
    expect(withoutLetterSpacing('M c D o n a l d')).toBe('McDonald');
  });

  it('leaves one-letter words, rating dots and page numbers as they are', () => {
    for (const text of [
      'C, C++ and R',
      'C C++ R Go',
      'I am a B.Sc. student',
      'Plan A or B',
      '○ ○ ○ ○ ○',
      '1 / 2',
      'a B',
    ])
      expect(withoutLetterSpacing(text)).toBe(text);
  });
});

/** A one-column page whose name and headings are drawn letter-spaced, each word a run of its own. */
async function letterSpacedPage(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const draw = (text: string, x: number, y: number, size = 10): void => page.drawText(text, { x, y, size, font });
  draw('M A R Y', 60, 790, 24);
  draw('R O E', 200, 790, 24);
  draw('mary.roe@example.org', 60, 766);
  const lines = [
    'E X P E R I E N C E',
    'Backend Developer - Acme',
    'January 2020 - December 2021',
    'Built the billing service in Go.',
    'S K I L L S',
    'Python, Docker',
  ];
  lines.forEach((text, i) => draw(text, 60, 730 - 16 * i));
  return pdf.save();
}

describe('a PDF with letter-spaced headings and name', () => {
  let reader: ResumeDocumentReader;
  beforeAll(() => {
    reader = new ResumeDocumentReader(1);
  });
  afterAll(async () => {
    await reader.close();
  });

  it('finds the sections and the name', async () => {
    const r = await reader.read(await letterSpacedPage(), PDF, 'cv.pdf', shippedTaxonomy(), NOW);
    expect(r.name).toBe('Mary Roe');
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({
      Go: 24,
      Python: null,
      Docker: null,
    });
  });
});

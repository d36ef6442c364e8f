import { renderDocx, renderPdf } from '../../scripts/corpus/render';
import { DOCX, DocumentError, MAX_DOCUMENT_BYTES, PDF, ResumeDocumentReader, TEXT } from '../../src/documents';
import type { ResumeTextParse } from '../../src/parsing/resume/text';
import { shippedTaxonomy } from '../parsing/resume/taxonomies';
import {
  ONE_COLUMN,
  TWO_COLUMN,
  encryptedPdf,
  imageOnlyPdf,
  resumePdfWithPhoto,
  tagChipPdf,
  zip,
} from './document-fixtures';

const NOW = new Date('2026-12-03T12:00:00Z');
let reader: ResumeDocumentReader;

beforeAll(() => {
  reader = new ResumeDocumentReader(2);
});
afterAll(async () => {
  await reader.close();
});

function read(bytes: Uint8Array, type: string, source = 'cv'): Promise<ResumeTextParse> {
  return reader.read(bytes, type, source, shippedTaxonomy(), NOW);
}

function months(r: ResumeTextParse): Record<string, number | null> {
  return Object.fromEntries(r.skills.map((s) => [s.name, s.months]));
}

async function refusal(promise: Promise<unknown>): Promise<DocumentError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof DocumentError) return err;
    throw err;
  }
  throw new Error('expected the document to be refused');
}

const EXPECTED_MONTHS = {
  'Back-end development': 69,
  Go: 69,
  PostgreSQL: 69,
  Kubernetes: 69,
  Java: 38,
  'Spring Boot': 38,
  Lombok: 38,
  Python: null,
  Docker: null,
  Terraform: null,
};

describe('résumé documents', () => {
  it.each([
    ['one-column PDF', () => renderPdf(ONE_COLUMN), PDF],
    ['two-column PDF', () => renderPdf(TWO_COLUMN), PDF],
    ['DOCX with paragraphs', () => renderDocx(ONE_COLUMN), DOCX],
    ['DOCX in a two-column table', () => renderDocx(TWO_COLUMN), DOCX],
    ['DOCX with dates in table cells', () => renderDocx({ ...ONE_COLUMN, style: 'table' }), DOCX],
    // What LaTeX and Typst résumés with embedded fonts and a portrait weigh: over the old 700 KiB limit.
    ['1.5 MB PDF with a photo', () => resumePdfWithPhoto(1_500_000), PDF],
  ])('reads a %s', async (_label, make, type) => {
    const r = await read(await make(), type);
    expect([r.name, r.email, r.phone, r.location]).toEqual([
      'Maria Lopez',
      'maria.lopez@example.org',
      '+34 612 345 678',
      'Madrid, Spain',
    ]);
    expect(months(r)).toEqual(expect.objectContaining(EXPECTED_MONTHS));
    expect(r.education.map((e) => [e.level, e.field, e.status])).toEqual([
      ['BACHELOR', 'Computer Engineering', 'COMPLETED'],
    ]);
    expect(r.spokenLanguages).toEqual(['Spanish', 'English', 'French']);
    expect(r.work.map((w) => [w.title, w.employer])).toEqual([
      ['Backend Developer', 'Glovo'],
      ['Software Engineer', 'Cabify'],
    ]);
  });

  it('reads tag chips set a fraction of a character apart as words of their own', async () => {
    const r = await read(await tagChipPdf(['Agile', 'C++', 'R', 'OpenGL', 'C', 'Linux'], 0.8), PDF);
    // The fixture's bare "Developer" title names Software development.
    expect(months(r)).toEqual({
      Agile: 24,
      'C++': 24,
      R: 24,
      OpenGL: 24,
      C: 24,
      Linux: 24,
      'Software development': 24,
    });
  });

  it('reads plain text in UTF-8 and in Windows-1252', async () => {
    const text = 'José Núñez\njose@example.com\nEXPERIENCE\nDeveloper, Acme — 2019 – 2020\n- Python\nSKILLS\nJava\n';
    expect((await read(Buffer.from(text, 'utf8'), TEXT)).name).toBe('José Núñez');
    expect((await read(Buffer.from(text, 'latin1'), TEXT)).name).toBe('José Núñez');
  });

  it('refuses an image-only PDF: no text layer', async () => {
    const err = await refusal(read(await imageOnlyPdf(), PDF, 'scan.pdf'));
    expect(err.message).toBe('scan.pdf: no text layer (OCR is not supported)');
  });

  it('refuses an encrypted PDF and a corrupt one, naming the file', async () => {
    const encrypted = await refusal(read(await encryptedPdf(), PDF, 'locked.pdf'));
    expect(encrypted.kind).toBe('ENCRYPTED');
    expect(encrypted.message).toMatch(/^locked\.pdf: encrypted PDF/);
    const corrupt = await refusal(read(Buffer.from('%PDF-1.7\n garbage garbage'), PDF, 'broken.pdf'));
    expect(corrupt.kind).toBe('CORRUPT');
    expect(corrupt.message).toMatch(/^broken\.pdf: corrupt/);
    expect((await refusal(read(Buffer.from('hello'), PDF, 'fake.pdf'))).message).toBe(
      'fake.pdf: not a PDF (no %PDF header)',
    );
  });

  it('refuses a DOCX zip bomb before inflating it', async () => {
    const bomb = zip([{ name: 'word/document.xml', data: Buffer.alloc(30 * 1024 * 1024) }]);
    const err = await refusal(read(bomb, DOCX, 'bomb.docx'));
    expect(err.kind).toBe('ZIP_BOMB');
    expect(err.message).toMatch(/^bomb\.docx: DOCX part word\/document\.xml inflates \d+:1/);
    // A part that claims to be small but inflates past its claim.
    const liar = zip([{ name: 'word/document.xml', data: Buffer.alloc(5 * 1024 * 1024), claim: 1000 }]);
    expect((await refusal(read(liar, DOCX, 'liar.docx'))).kind).toBe('ZIP_BOMB');
  });

  it('refuses a document that is no résumé: a memo, an invoice', async () => {
    const memo = await renderDocx({
      style: 'single',
      main: ['MEMORANDUM', 'To: All staff', 'From: Facilities', 'Subject: Parking', 'The car park closes on Friday.'],
    });
    const err = await refusal(read(memo, DOCX, 'memo.docx'));
    expect(err.kind).toBe('NOT_A_RESUME');
    expect(err.message).toMatch(/^memo\.docx: not a résumé: .*memo/);
    const invoice = await renderPdf({
      style: 'single',
      main: ['INVOICE 2041', 'Bill to: Acme Corp', 'Consulting, 3 days\t1,200.00', 'Amount due\t1,200.00'],
    });
    expect((await refusal(read(invoice, PDF, 'invoice.pdf'))).message).toMatch(
      /^invoice\.pdf: not a résumé: .*invoice/,
    );
  });

  it('refuses a file over the size limit and an unsupported type', async () => {
    const big = await refusal(read(Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x61), TEXT, 'big.txt'));
    expect(big.kind).toBe('TOO_LARGE');
    expect(big.message).toBe('big.txt: 4194305 bytes; a résumé document is limited to 4194304 bytes (4 MiB)');
    expect((await refusal(read(Buffer.from('x'), 'image/png', 'photo.png'))).kind).toBe('UNSUPPORTED_TYPE');
  });
});

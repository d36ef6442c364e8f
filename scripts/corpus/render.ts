import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  BorderStyle,
} from 'docx';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * A résumé laid out for rendering: `main` lines (and, for two-column layouts, `side` lines).
 * "# Heading" lines are headings, "• " lines bullets, and a tab splits a line into a left part
 * and a part set flush right (dates beside a job title).
 */
export interface ResumeLayout {
  readonly style: 'single' | 'two-column' | 'table';
  readonly main: readonly string[];
  readonly side?: readonly string[];
}

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 48;
const SIZE = 10;
const LEADING = 13.5;

interface Cursor {
  page: PDFPage;
  y: number;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (font.widthOfTextAtSize(next, size) > width && line !== '') {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') out.push(line);
  return out;
}

/** Renders a layout as a PDF with a real text layer (Helvetica, A4). */
export async function renderPdf(layout: ResumeLayout): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const newPage = (): PDFPage => pdf.addPage([PAGE_W, PAGE_H]);
  const column = (lines: readonly string[], x: number, width: number, cursor: Cursor): void => {
    for (const raw of lines) {
      const heading = raw.startsWith('# ');
      const text = heading ? raw.slice(2) : raw;
      const font = heading ? bold : regular;
      const size = heading ? SIZE + 2 : SIZE;
      if (heading) cursor.y -= 4;
      const [left, right] = text.split('\t');
      const wrapped = wrap(left, font, size, right === undefined ? width : width * 0.68);
      wrapped.forEach((part, i) => {
        if (cursor.y < MARGIN) {
          cursor.page = newPage();
          cursor.y = PAGE_H - MARGIN;
        }
        cursor.page.drawText(part, { x: x + (i > 0 && text.startsWith('• ') ? 9 : 0), y: cursor.y, size, font });
        if (i === 0 && right !== undefined) {
          cursor.page.drawText(right, {
            x: x + width - regular.widthOfTextAtSize(right, SIZE),
            y: cursor.y,
            size: SIZE,
            font: regular,
          });
        }
        cursor.y -= LEADING;
      });
    }
  };
  const first = newPage();
  if (layout.style === 'two-column' && layout.side) {
    const sideWidth = 150;
    column(layout.side, MARGIN, sideWidth, { page: first, y: PAGE_H - MARGIN });
    column(layout.main, MARGIN + sideWidth + 30, PAGE_W - 2 * MARGIN - sideWidth - 30, {
      page: first,
      y: PAGE_H - MARGIN,
    });
  } else {
    column(layout.main, MARGIN, PAGE_W - 2 * MARGIN, { page: first, y: PAGE_H - MARGIN });
  }
  return pdf.save({ useObjectStreams: false });
}

function paragraph(raw: string): Paragraph {
  if (raw.startsWith('# '))
    return new Paragraph({
      children: [new TextRun({ text: raw.slice(2), bold: true, size: 24 })],
      spacing: { before: 160 },
    });
  if (raw.startsWith('• ')) return new Paragraph({ children: [new TextRun(raw.slice(2))], bullet: { level: 0 } });
  const [left, right] = raw.split('\t');
  if (right !== undefined) {
    return new Paragraph({
      children: [new TextRun({ text: left, bold: true }), new TextRun({ text: `\t${right}` })],
      tabStops: [{ type: 'right', position: 9000 }],
    });
  }
  return new Paragraph({ children: [new TextRun(raw)] });
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/**
 * Renders a layout as a DOCX: paragraphs and bullet lists; a two-column layout as a borderless
 * two-cell table (how Word résumé templates do it); the "table" style puts each tab-split line
 * in a two-cell row.
 */
export async function renderDocx(layout: ResumeLayout): Promise<Buffer> {
  let children: (Paragraph | Table)[];
  if (layout.style === 'two-column' && layout.side) {
    children = [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            children: [
              new TableCell({
                children: layout.side.map(paragraph),
                width: { size: 30, type: WidthType.PERCENTAGE },
                borders: NO_BORDERS,
              }),
              new TableCell({
                children: layout.main.map(paragraph),
                width: { size: 70, type: WidthType.PERCENTAGE },
                borders: NO_BORDERS,
              }),
            ],
          }),
        ],
      }),
    ];
  } else if (layout.style === 'table') {
    children = [];
    let rows: TableRow[] = [];
    const flush = (): void => {
      if (rows.length > 0) children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
      rows = [];
    };
    for (const raw of layout.main) {
      const [left, right] = raw.split('\t');
      if (right === undefined) {
        flush();
        children.push(paragraph(raw));
      } else {
        rows.push(
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph(left)], width: { size: 70, type: WidthType.PERCENTAGE } }),
              new TableCell({
                children: [new Paragraph({ text: right, alignment: AlignmentType.RIGHT })],
                width: { size: 30, type: WidthType.PERCENTAGE },
              }),
            ],
          }),
        );
      }
    }
    flush();
  } else {
    children = layout.main.map(paragraph);
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The layout as plain text (as pasted from an e-mail): tabs become a few spaces. */
export function renderText(layout: ResumeLayout): string {
  const lines = [...(layout.side ?? []), ...layout.main];
  return `${lines.map((l) => (l.startsWith('# ') ? l.slice(2).toUpperCase() : l.replace('\t', '   '))).join('\n')}\n`;
}

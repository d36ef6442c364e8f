import { deflateRawSync } from 'node:zlib';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';
import { renderPdf, type ResumeLayout } from '../../scripts/corpus/render';

/** A one-page résumé layout used by the document tests. */
export const RESUME_LINES: readonly string[] = [
  'Maria Lopez',
  'Backend Developer',
  'maria.lopez@example.org | +34 612 345 678 | Madrid, Spain',
  '# Experience',
  'Backend Developer, Glovo\tMar 2021 – Present',
  '• Order services in Go and PostgreSQL on Kubernetes',
  'Software Engineer, Cabify\tJan 2018 – Feb 2021',
  '• Booking platform in Java with Spring Boot and Lombok',
  '# Education',
  'BSc in Computer Engineering, Universidad Politécnica de Madrid, 2013 – 2017',
  '# Skills',
  'Languages: Go, Java, Python',
  'Tools: Docker, Git, Terraform',
  '# Languages',
  'Spanish (native), English (C1), French (B1)',
];

export const ONE_COLUMN: ResumeLayout = { style: 'single', main: RESUME_LINES };
export const TWO_COLUMN: ResumeLayout = {
  style: 'two-column',
  side: ['Maria Lopez', 'maria.lopez@example.org', '+34 612 345 678', 'Madrid, Spain', ...RESUME_LINES.slice(10)],
  main: RESUME_LINES.slice(3, 10),
};

/** A PDF whose only page content is an image: no text layer. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  // A 1x1 grey PNG.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==',
    'base64',
  );
  const image = await pdf.embedPng(png);
  page.drawImage(image, { x: 40, y: 40, width: 500, height: 700 });
  return pdf.save();
}

/**
 * The one-page résumé with a photo of about `bytes` bytes drawn beside the name, as LaTeX and
 * Typst résumés with embedded fonts and a portrait come out at 1-2 MB. The photo is a JPEG
 * header over incompressible noise: PDF readers extracting text never decode it.
 */
export async function resumePdfWithPhoto(bytes: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await renderPdf(ONE_COLUMN));
  const sof = Buffer.from([
    0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x90, 0x01, 0x40, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
  ]);
  const noise = Buffer.alloc(bytes);
  // A fixed linear congruential stream: incompressible enough, and the same bytes every run.
  for (let i = 0, x = 12345; i < noise.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    noise[i] = x >>> 24;
  }
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8]), sof, noise, Buffer.from([0xff, 0xd9])]);
  const photo = await pdf.embedJpg(jpeg);
  pdf.getPage(0).drawImage(photo, { x: 470, y: 720, width: 80, height: 100 });
  return pdf.save({ useObjectStreams: false });
}

/**
 * A résumé whose skills are tag chips: each word drawn on its own, `gap` points after the one
 * before, in alternating faces (so that a PDF reader keeps them apart as separate runs), as
 * web-page résumés printed to PDF set them.
 */
export async function tagChipPdf(tags: readonly string[], gap: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const oblique = await pdf.embedFont(StandardFonts.HelveticaOblique);
  const page = pdf.addPage([595, 842]);
  const lines = ['Maria Lopez', 'maria.lopez@example.org', 'Experience', 'Developer, Glovo  2019 – 2020'];
  lines.forEach((text, i) => page.drawText(text, { x: 50, y: 780 - 14 * i, size: 10, font }));
  let x = 50;
  tags.forEach((tag, i) => {
    const face = i % 2 === 0 ? font : oblique;
    page.drawText(tag, { x, y: 780 - 14 * lines.length, size: 8.4, font: face });
    x += face.widthOfTextAtSize(tag, 8.4) + gap;
  });
  return pdf.save();
}

/** A PDF with a standard security handler whose user password is not empty. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await renderPdf(ONE_COLUMN));
  const ctx = pdf.context;
  const hex32 = (byte: string) => PDFHexString.of(byte.repeat(32));
  const encrypt = ctx.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    Length: 40,
    P: PDFNumber.of(-44),
    O: hex32('ab'),
    U: hex32('cd'),
  });
  ctx.trailerInfo.Encrypt = ctx.register(encrypt);
  ctx.trailerInfo.ID = ctx.obj([
    PDFHexString.of('0123456789abcdef0123456789abcdef'),
    PDFHexString.of('0123456789abcdef0123456789abcdef'),
  ]);
  void PDFName;
  return pdf.save({ useObjectStreams: false });
}

interface ZipPart {
  readonly name: string;
  readonly data: Buffer;
  /** Claim this uncompressed size in the headers instead of the real one (a lying bomb). */
  readonly claim?: number;
}

/** A zip archive built by hand (deflate, CRC left 0: the readers under test do not check it). */
export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const body = deflateRawSync(part.data);
    const size = part.claim ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

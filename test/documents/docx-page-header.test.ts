import { Document, Header, Packer, Paragraph } from 'docx';
import { docxText } from '../../src/documents/docx-text';
import { parseResumeText } from '../../src/parsing/resume/text';
import { shippedTaxonomy } from '../parsing/resume/taxonomies';

/** Word résumé templates often put the name and contact lines in the page header, which mammoth does not read. */
describe('DOCX page header', () => {
  it('reads the contact lines set in the page header, before the body', async () => {
    const doc = new Document({
      sections: [
        {
          headers: {
            default: new Header({
              children: [
                new Paragraph('Sample Person'),
                new Paragraph('Toronto, ON'),
                new Paragraph('(416) 000 – 0000 | spi@example.com'),
              ],
            }),
          },
          children: [
            new Paragraph('Experience'),
            new Paragraph('Analyst, Acme  2019 – 2021'),
            new Paragraph('Reports in Excel'),
          ],
        },
      ],
    });
    const text = await docxText(await Packer.toBuffer(doc), 'header.docx');
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Sample Person',
      'Toronto, ON',
      '(416) 000 – 0000 | spi@example.com',
    ]);
    const r = parseResumeText(text, shippedTaxonomy(), { now: new Date('2026-12-01T00:00:00Z') });
    expect([r.name, r.location, r.phone, r.email]).toEqual([
      'Sample Person',
      'Toronto, ON',
      '(416) 000 – 0000',
      'spi@example.com',
    ]);
  });
});

import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PDF, ResumeDocumentReader } from '../../src/documents';
import { shippedTaxonomy } from '../parsing/resume/taxonomies';

const NOW = new Date('2026-12-01T00:00:00Z');
let reader: ResumeDocumentReader;

beforeAll(() => {
  reader = new ResumeDocumentReader(1);
});
afterAll(async () => {
  await reader.close();
});

/**
 * A two-column résumé page as LaTeX CV classes set it: a contact line across the top, the
 * education column on the left and the experience column on the right, and a web-address footer
 * centred across the gutter at the bottom.
 */
async function twoColumnsWithFooter(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const draw = (text: string, x: number, y: number): void => page.drawText(text, { x, y, size: 10, font });
  draw('Jan Roe · Software Engineer · Bremen, Germany · jan@example.org', 60, 810);
  const left = [
    'Education',
    '2012 - 2015 - University of Bremen',
    'M.Sc. Computer Science',
    'Thesis on scoring of spreadsheet data',
    'with a semi-automated method',
    '2009 - 2012 - University of Bremen',
    'B.Sc. Computer Science',
    'Fundamentals of computing',
    'and a thesis on keyboards',
    'Exchange term in Melbourne',
    'Courses in visualisation',
  ];
  const right = [
    'Experience',
    'Developer, Acme  2019 - 2021',
    '• Built order services in Go',
    '• Ran them on Kubernetes',
    '• Designed the billing schema',
    'Student Assistant, Uni  2013 - 2014',
    '• Wrote the grading tool in Java',
    '• Built it with Maven',
    '• Supported the lab courses',
    '• Marked the exercises',
    '• Held the weekly tutorial',
  ];
  left.forEach((text, i) => draw(text, 40, 760 - 14 * i));
  right.forEach((text, i) => draw(text, 310, 760 - 14 * i));
  draw('www.example.org · github.com/janroe', 210, 20);
  return pdf.save();
}

/**
 * A sidebar CV over four pages: the later pages' sidebar opens sections of its own, while the
 * main column goes on with the job the first page left off, under no heading.
 */
async function sidebarOverPages(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  // The sidebar sets its lines on a grid of its own, not on the main column's baselines.
  const column = (page: ReturnType<typeof pdf.addPage>, lines: readonly string[], x: number): void =>
    lines.forEach((text, i) => page.drawText(text, { x, y: x < 100 ? 795 - 17 * i : 800 - 14 * i, size: 10, font }));
  const first = pdf.addPage([595, 842]);
  column(
    first,
    [
      'SKILLS',
      'Python',
      'Ansible',
      'Linux',
      'Django',
      'CONTACT',
      'Example St. 1',
      '12345 Somewhere',
      'jan@example.org',
      '+49 178 910 11 12',
    ],
    34,
  );
  column(
    first,
    [
      'JAN ROE',
      'WORK EXPERIENCE',
      'DevOps Engineer, Acme  2015 - 2020',
      '• Built the deployment pipeline',
      '• Wrote the release tooling',
      '• Ran the build farm',
      '• Kept the wiki up to date',
      '• Moved the servers to the cloud',
      '• Trained the support team',
      '• Reviewed the access rights',
    ],
    216,
  );
  const second = pdf.addPage([595, 842]);
  column(
    second,
    [
      'CERTIFICATIONS',
      'Kubernetes Administrator',
      'issued by the CNCF',
      'LPIC 1 - Linux administrator',
      'issued by the LPI',
    ],
    34,
  );
  column(
    second,
    [
      'Technologies include:',
      '• Terraform for the cloud accounts',
      '• Jenkins for the builds',
      '• Grafana for the dashboards',
      '• Prometheus for the alerts',
    ],
    216,
  );
  // The third page's main column still goes on with the job, after the sidebar's certifications.
  const third = pdf.addPage([595, 842]);
  column(third, ['INTERESTS', 'Hiking', 'Chess', 'Cooking', 'Photography'], 34);
  column(
    third,
    [
      '• Loki for the logs',
      '• Helm for the charts',
      '• Nomad for the batch jobs',
      '• Consul',
      '• Packer for the images',
    ],
    216,
  );
  // The sidebar has ended; the last page only goes on with the job.
  const fourth = pdf.addPage([595, 842]);
  column(
    fourth,
    ['• Vagrant for the dev boxes', '• Bash for the glue', '• Kafka for the events', '• Redis', '• Nginx'],
    216,
  );
  return pdf.save();
}

/**
 * A sidebar CV as web themes print it: the sidebar opens with its Contact heading, and the main
 * column beside it opens with the name and the headline, under no heading.
 */
async function sidebarBesideName(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const column = (lines: readonly string[], x: number, top: number, step: number): void =>
    lines.forEach((text, i) => page.drawText(text, { x, y: top - step * i, size: 10, font }));
  column(
    ['CONTACT', 'Lives in Bergen', 'Bergen', 'kari@example.org', 'SKILLS', 'Python', 'Docker', 'Hiking', 'Chess'],
    20,
    765,
    29,
  );
  column(
    [
      'KARI NORDMANN',
      'BACKEND DEVELOPER',
      'EXPERIENCE',
      'Backend Developer - Acme',
      'January 2020 - December 2021',
      'Built the order service in Go and ran it in the cloud.',
      'Moved the builds to the cloud.',
      'Ran the weekly release.',
      'Kept the wiki up to date.',
      'EDUCATION',
      'Master of Science in Informatics',
    ],
    220,
    790,
    15,
  );
  return pdf.save();
}

describe('PDF text in two columns', () => {
  it('reads first a main column that opens with the name, beside a sidebar that opens with a heading', async () => {
    const r = await reader.read(await sidebarBesideName(), PDF, 'cv.pdf', shippedTaxonomy(), NOW);
    expect([r.name, r.email]).toEqual(['Kari Nordmann', 'kari@example.org']);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({ Go: 24, Python: null });
  });

  it('keeps the columns of a page on the next one, reading first the column that goes on', async () => {
    const r = await reader.read(await sidebarOverPages(), PDF, 'cv.pdf', shippedTaxonomy(), NOW);
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({
      Terraform: 72,
      Jenkins: 72,
      Grafana: 72,
      Prometheus: 72,
      Helm: 72,
      Vagrant: 72,
      Redis: 72,
      // A certification in the sidebar beside the job is no part of it.
      Kubernetes: null,
    });
  });

  it('reads the columns apart under a full-width contact line and above a footer set across the gutter', async () => {
    const r = await reader.read(await twoColumnsWithFooter(), PDF, 'cv.pdf', shippedTaxonomy(), NOW);
    expect(r.email).toBe('jan@example.org');
    expect(Object.fromEntries(r.skills.map((s) => [s.name, s.months]))).toMatchObject({
      Go: 36,
      Kubernetes: 36,
      Java: 24,
      Maven: 24,
    });
    expect(r.education.map((e) => [e.level, e.field])).toEqual([
      ['MASTER', 'Computer Science'],
      ['BACHELOR', 'Computer Science'],
    ]);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '../../scripts/corpus/render';
import { parsePostingDocument, readPostingDocumentBytes } from '../../src/batch/posting-input';
import { readPostingText } from '../../src/ingestion';
import { finished, spawnCli } from '../cli/support/run-cli';
import { findGroup, skillsOf, taxonomy } from '../parsing/posting/helpers';

const GLUED =
  "Software Development Engineer InternDescriptionDo you want to solve business challenges through innovative technology? Do you like working on industry-defining projects that move the needle?At Amazon, we hire the best minds in technology.Basic Qualifications- Currently pursuing a Bachelor's degree in Computer Science- Experience with Java, C++ or Python- 2+ years of experience with SQLPreferred Qualifications- Experience with AWS and Kubernetes- Knowledge of Spring Boot is a plus";

const MARKDOWN = `---
layout: post
title: "Platform Engineer (Remote)"
tags: [jobs, hiring, python]
date: 2024-03-01
---

We run the infrastructure behind our payments products.

### What you'll do

- Keep our clusters healthy and our deploys boring

### You'll need professional experience with:

- Kubernetes
- AWS
- Terraform
- Ansible
- Docker
- Git
- **Python** or Go

### Nice to have

- Prometheus
`;

const JOB_POSTING = {
  '@context': 'https://schema.org/',
  '@type': 'JobPosting',
  title: 'Senior Data Engineer',
  hiringOrganization: { '@type': 'Organization', name: 'Acme Analytics' },
  employmentType: 'CONTRACTOR',
  datePosted: '2024-05-02',
  description:
    '<p>Acme builds dashboards.</p><p><strong>Requirements</strong></p><ul><li>5+ years of experience with Python</li><li>Strong SQL and Apache Spark</li></ul><p><strong>Nice to have</strong></p><ul><li>Airflow is a plus</li></ul>',
};

function page(body: string, head = ''): string {
  return `<!doctype html><html><head><title>Jobs</title>${head}<script>var skills = ["Ruby", "Haskell"];</script><style>.x{}</style></head><body>
<header><nav><ul><li>Home</li><li>Ruby on Rails jobs</li><li>Haskell jobs</li></ul></nav></header>
<main>${body}</main>
<footer><p>Popular searches: Rust developer, Scala developer, Elixir jobs</p></footer></body></html>`;
}

describe('postings in every form', () => {
  it('plain text with the line breaks gone and headings glued to sentences', () => {
    const doc = readPostingText(GLUED);
    expect(doc.format).toBe('TEXT');
    const { draft } = parsePostingDocument(taxonomy(), doc, 'glued');
    expect(draft.title).toBe('Software Development Engineer Intern');
    expect(draft.employmentType).toBe('INTERN');
    expect(findGroup(draft.requirements, 'REQUIRED', ['Java', 'C++', 'Python'])).toMatchObject({ minMonths: null });
    expect(findGroup(draft.requirements, 'REQUIRED', ['SQL'])).toMatchObject({ minMonths: 24 });
    expect(skillsOf(draft.requirements, 'PREFERRED')).toEqual(
      expect.arrayContaining(['AWS', 'Kubernetes', 'Spring Boot']),
    );
    expect(skillsOf(draft.requirements, 'REQUIRED')).not.toContain('AWS');
  });

  it('glued text whose requirements follow "We\'ll be looking for" and whose perks follow "Our offer"', () => {
    const text =
      "Backend EngineerResponsibilities- Design and implement Node.js microservices- Keep our infrastructure healthy and our needsWe'll be looking for- Experience with Docker and Kubernetes- Experience with Elixir or another functional language.Our offer- A Python conference ticket- Flexible hours";
    const { draft } = parsePostingDocument(taxonomy(), readPostingText(text), 'glued');
    expect(skillsOf(draft.requirements, 'REQUIRED')).toEqual(
      expect.arrayContaining(['Docker', 'Kubernetes', 'Elixir']),
    );
    // Duties and perks are not requirements.
    expect(draft.requirements.flatMap((g) => g.skills)).not.toContain('Node.js');
    expect(draft.requirements.flatMap((g) => g.skills)).not.toContain('Python');
  });

  it('glued text whose first requirement starts with a number: "Qualifications- 5+ years of Go"', () => {
    const text =
      'Platform EngineerResponsibilities- Run our clustersQualifications- 5+ years of experience with Go- Terraform';
    const { draft } = parsePostingDocument(taxonomy(), readPostingText(text), 'glued');
    expect(findGroup(draft.requirements, 'REQUIRED', ['Go'])).toMatchObject({ minMonths: 60 });
    expect(skillsOf(draft.requirements, 'REQUIRED')).toContain('Terraform');
  });

  it('a static site\'s Markdown page with an HTML "Apply" block is still Markdown', () => {
    const page = [
      '---',
      'title: Strategist',
      'layout: primary',
      '---',
      '## Qualifications',
      '- Experience with SQL',
      '<section class="usa-grid-full">',
      '  <a class="usa-button" href="https://example.org/apply">Click here to apply</a>',
      '</section>',
    ].join('\n');
    expect(readPostingText(page).format).toBe('MARKDOWN');
    expect(readPostingText('<section><p>Requirements</p><ul><li>SQL</li></ul></section>').format).toBe('HTML');
  });

  it("a job board's requirements kept in a quoted front-matter field are read", () => {
    const page = [
      '---',
      'title: UX Engineer',
      "date_posted: '2019-03-22'",
      'deliverables: "**What we expect**\\r\\n* Knowledge of JavaScript, HTML and CSS\\r\\n\\r\\n**Nice to have**\\r\\n* Experience with A/B testing"',
      '---',
      'Wikimedia Deutschland is looking for a UX Engineer.',
      '',
      '* Design behaviour and style of UI components',
    ].join('\n');
    const doc = readPostingText(page);
    expect(doc.text).not.toContain('date_posted');
    const { draft } = parsePostingDocument(taxonomy(), doc, 'board');
    expect(skillsOf(draft.requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['JavaScript', 'HTML', 'CSS']));
    expect(skillsOf(draft.requirements, 'PREFERRED')).toContain('A/B testing');
  });

  it('Markdown with YAML front matter, # headings, lists and bold', () => {
    const doc = readPostingText(MARKDOWN);
    expect(doc.format).toBe('MARKDOWN');
    expect(doc.text).not.toContain('layout:');
    const { draft } = parsePostingDocument(taxonomy(), doc, 'blog');
    expect(draft.title).toBe('Platform Engineer (Remote)');
    const required = skillsOf(draft.requirements, 'REQUIRED');
    for (const skill of ['Kubernetes', 'AWS', 'Terraform', 'Ansible', 'Docker', 'Git', 'Python', 'Go'])
      expect(required).toContain(skill);
    expect(skillsOf(draft.requirements, 'PREFERRED')).toEqual(['Prometheus']);
  });

  it('HTML with a schema.org JobPosting: its fields, and requirements from its description', () => {
    const html = page(
      '<h1>Senior Data Engineer</h1><p>Apply now</p>',
      `<script type="application/ld+json">${JSON.stringify(JOB_POSTING)}</script>`,
    );
    const doc = readPostingText(html);
    expect(doc.format).toBe('HTML');
    expect(doc.jobPosting).not.toBeNull();
    const { draft } = parsePostingDocument(taxonomy(), doc, 'page');
    expect(draft).toMatchObject({
      title: 'Senior Data Engineer',
      company: 'Acme Analytics',
      employmentType: 'CONTRACTOR',
      datePosted: '2024-05-02',
    });
    expect(findGroup(draft.requirements, 'REQUIRED', ['Python'])).toMatchObject({ minMonths: 60 });
    expect(skillsOf(draft.requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['SQL', 'Apache Spark']));
    expect(skillsOf(draft.requirements, 'PREFERRED')).toEqual(['Apache Airflow']);
  });

  it('HTML without JSON-LD: the visible text, never scripts, navigation or footers', () => {
    const html = page(
      '<h1>Backend Engineer</h1><h2>Requirements</h2><ul><li>3+ years of Go</li><li>PostgreSQL</li></ul><h2>Benefits</h2><p>Free lunch</p>',
    );
    const doc = readPostingText(html);
    expect(doc.format).toBe('HTML');
    expect(doc.text).not.toMatch(/Ruby|Haskell|Rust|Scala|Elixir|var skills/u);
    const { draft } = parsePostingDocument(taxonomy(), doc, 'page');
    expect(draft.title).toBe('Backend Engineer');
    expect(findGroup(draft.requirements, 'REQUIRED', ['Go'])).toMatchObject({ minMonths: 36 });
    expect(skillsOf(draft.requirements, 'REQUIRED')).toContain('PostgreSQL');
    const all = draft.requirements.flatMap((g) => g.skills);
    for (const s of ['Ruby', 'Haskell', 'Rust', 'Scala', 'Elixir']) expect(all).not.toContain(s);
  });

  // unpdf needs real dynamic import, which jest's module sandbox lacks: the PDF is read by the command line.
  it('PDF: its text layer, through parse-posting', async () => {
    const pdf = await renderPdf({
      style: 'single',
      main: [
        'Site Reliability Engineer',
        '# Requirements',
        '• 4+ years of experience with Linux',
        '• Kubernetes and Terraform',
        '# Nice to have',
        '• Go is a plus',
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), 'sm-pdf-'));
    try {
      const file = join(dir, 'posting.pdf');
      writeFileSync(file, pdf);
      const run = await finished(spawnCli(['parse-posting', file], { LOG_LEVEL: 'silent' }));
      expect(run.code).toBe(0);
      const out = JSON.parse(run.stdout);
      expect(out.format).toBe('PDF');
      expect(out.title).toBe('Site Reliability Engineer');
      const groups = out.requirements.map(
        (g: { importance: string; minMonths: number | null; skills: { name: string }[] }) => ({
          ...g,
          skills: g.skills.map((k) => k.name),
        }),
      );
      expect(findGroup(groups, 'REQUIRED', ['Linux'])).toMatchObject({ minMonths: 48 });
      expect(skillsOf(groups, 'REQUIRED')).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform']));
      expect(skillsOf(groups, 'PREFERRED')).toEqual(['Go']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a file over the size limits is refused, naming it', async () => {
    await expect(readPostingDocumentBytes(Buffer.from('Python '.repeat(20_000)), 'big.txt')).rejects.toThrow(
      /big\.txt is 140000 bytes/u,
    );
  });
});

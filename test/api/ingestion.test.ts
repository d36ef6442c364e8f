import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPdf } from '../../scripts/corpus/render';
import { imageOnlyPdf } from '../documents/document-fixtures';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const SEEDS = join(__dirname, '..', 'fixtures', 'postings');
const seedText = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

const PARSED =
  'title company employmentType locations education { level required } requirements { importance category label minMatches minMonths assessable skills { name } } warnings { code message at }';

describe.each(testDatabases())('ingestion on $kind', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { seedOnStart: false }, { now: () => new Date('2026-11-01T00:00:00Z') });
  });
  afterAll(() => t.close());

  const count = async (what: 'postings' | 'candidates') =>
    (await t.gql(`{ ${what} { totalCount } }`)).data![what].totalCount;

  it('parses the intern seed posting without storing it', async () => {
    const res = await t.gql(`query($text: String!) { parsePosting(text: $text) { ${PARSED} } }`, {
      text: seedText('seed-ibm-backend-intern-2026.txt'),
    });
    expect(res.errors).toBeUndefined();
    const p = res.data!.parsePosting;
    expect(p.employmentType).toBe('INTERN');
    expect(p.education).toEqual({ level: 'BACHELOR', required: false });
    const requiredLanguages = p.requirements.find((g: any) => g.importance === 'REQUIRED' && g.category === 'LANGUAGE');
    expect(requiredLanguages.skills.map((s: any) => s.name)).toEqual(
      expect.arrayContaining(['C++', 'C', 'Java', 'Go', 'Ruby', 'Python', 'Perl', 'SQL']),
    );
    expect(p.warnings.map((w: any) => w.code)).toEqual(
      expect.arrayContaining(['DUPLICATE_BLOCK_REMOVED', 'CPP_REPAIRED', 'TRAILING_LISTINGS_DROPPED']),
    );
    // "Communication skills and the ability to learn …" is read, and said to be not assessable.
    const notAssessable = p.requirements.filter((g: any) => !g.assessable);
    expect(notAssessable.map((g: any) => g.skills.map((s: any) => s.name))).toEqual([
      ['Communication', 'Ability to learn'],
    ]);
    expect(await count('postings')).toBe(0);
  });

  it('stores what the parser read as not assessable as such (importPosting)', async () => {
    const res = await t.gql(
      'mutation($text: String!) { importPosting(text: $text) { posting { id requirements { label assessable } } } }',
      { text: seedText('seed-ibm-backend-intern-2026.txt') },
    );
    expect(res.errors).toBeUndefined();
    const groups = res.data!.importPosting.posting.requirements;
    expect(groups.filter((g: any) => !g.assessable).map((g: any) => g.label)).toEqual([
      'Communication skills and the ability to learn new technologies and procedures.',
    ]);
    await t.gql('mutation($id: ID!) { deletePosting(id: $id) }', { id: res.data!.importPosting.posting.id });
  });

  it('says which form it read: plain text, Markdown, HTML pasted as text or sent as a document', async () => {
    const ask = (vars: Record<string, unknown>) =>
      t.gql(
        'query($text: String, $document: PostingDocumentInput) { parsePosting(text: $text, document: $document) { format title requirements { importance skills { name } } } }',
        vars,
      );
    const text = await ask({ text: seedText('seed-ibm-backend-intern-2026.txt') });
    expect(text.data!.parsePosting.format).toBe('TEXT');
    const markdown = await ask({
      text: '---\ntitle: Go Developer\n---\n\n## Requirements\n\n- **Go**\n- PostgreSQL\n',
    });
    expect(markdown.errors).toBeUndefined();
    expect(markdown.data!.parsePosting).toMatchObject({ format: 'MARKDOWN', title: 'Go Developer' });
    const html =
      '<html><body><nav><a>Ruby jobs</a></nav><main><h1>Go Developer</h1><h2>Requirements</h2><ul><li>Go</li><li>PostgreSQL</li></ul></main></body></html>';
    for (const vars of [{ text: html }, { document: { content: Buffer.from(html).toString('base64') } }]) {
      const res = await ask(vars);
      expect(res.errors).toBeUndefined();
      expect(res.data!.parsePosting.format).toBe('HTML');
      expect(res.data!.parsePosting.title).toBe('Go Developer');
      expect(res.data!.parsePosting.requirements.flatMap((g: any) => g.skills.map((s: any) => s.name)).sort()).toEqual([
        'Go',
        'PostgreSQL',
      ]);
    }
    for (const vars of [{}, { text: html, document: { content: 'aGk=' } }]) {
      const res = await ask(vars);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    }
    const bad = await ask({ document: { content: '%%% not base64' } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document.content' });
  });

  it('shows the terms the taxonomy does not know as unknown requirements, as text and as a document', async () => {
    const md =
      '# Data Engineer\n\n## Requirements\n\n- Experience with Python and Zorblax 3.0\n\n## Nice to have\n\n- Familiarity with FrobDB\n';
    for (const vars of [{ text: md }, { document: { content: Buffer.from(md).toString('base64') } }]) {
      const res = await t.gql(
        'query($text: String, $document: PostingDocumentInput) { parsePosting(text: $text, document: $document) { requirements { skills { name } } unknownRequirements { text importance label suggestions } } }',
        vars,
      );
      expect(res.errors).toBeUndefined();
      const p = res.data!.parsePosting;
      expect(p.unknownRequirements).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            text: 'Zorblax 3.0',
            importance: 'REQUIRED',
            label: 'Experience with Python and Zorblax 3.0',
          }),
          expect.objectContaining({ text: 'FrobDB', importance: 'PREFERRED' }),
        ]),
      );
      expect(p.requirements.flatMap((g: any) => g.skills.map((s: any) => s.name))).toEqual(['Python']);
    }
  });

  // Read on a worker thread (a PDF's text layer is seconds of CPU at worst), which also gives
  // unpdf the real dynamic import that jest's module sandbox lacks.
  it('reads a PDF posting sent as a document, and names the field of one it cannot read', async () => {
    const ask = (content: Uint8Array) =>
      t.gql(
        'query($d: PostingDocumentInput) { parsePosting(document: $d) { format title requirements { importance minMonths skills { name } } } }',
        {
          d: { content: Buffer.from(content).toString('base64') },
        },
      );
    const pdf = await renderPdf({
      style: 'single',
      main: [
        'Site Reliability Engineer',
        '# Requirements',
        '• 4+ years of experience with Linux',
        '• Kubernetes and Terraform',
      ],
    });
    const res = await ask(pdf);
    expect(res.errors).toBeUndefined();
    expect(res.data!.parsePosting).toMatchObject({ format: 'PDF', title: 'Site Reliability Engineer' });
    const required = res
      .data!.parsePosting.requirements.filter((g: any) => g.importance === 'REQUIRED')
      .flatMap((g: any) => g.skills.map((k: any) => k.name));
    expect(required).toEqual(expect.arrayContaining(['Linux', 'Kubernetes', 'Terraform']));
    const image = await ask(await imageOnlyPdf());
    expect(image.errors![0].message).toMatch(/no text layer/);
    expect(image.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document.content' });
  });

  it('imports posting text and refuses text over 100 KB', async () => {
    const res = await t.gql(
      'mutation($text: String!) { importPosting(text: $text) { posting { id title requirements { importance skills { name } } } warnings { code } } }',
      {
        text: seedText('seed-ibm-backend-coop-2025.txt'),
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.importPosting.posting.title).toMatch(/Back End Developer Co-op/);
    expect(res.data!.importPosting.posting.requirements.length).toBeGreaterThan(3);
    const before = await count('postings');
    const big = await t.gql('query($text: String!) { parsePosting(text: $text) { title } }', {
      text: 'x'.repeat(100 * 1024 + 1),
    });
    expect(big.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(big.errors![0].message).toContain('100 KB');
    const garbage = await t.gql('mutation { importPosting(text: "\\u0000\\u0001 ::: ") { posting { id } } }');
    expect(garbage.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await count('postings')).toBe(before);
  });

  it('imports a JSON Resume with months from work history and warnings with JSON paths', async () => {
    const resume = {
      basics: { name: 'Rita Example', email: 'rita@example.com', label: 'Back-end developer' },
      work: [
        {
          name: 'A',
          position: 'Go developer',
          startDate: '2024-01-01',
          endDate: '2024-12-31',
          highlights: ['Built REST APIs in Go'],
        },
        { name: 'B', position: 'Engineer', startDate: '2024-07', summary: 'Go and PostgreSQL' },
        { name: 'C', position: 'Dev', startDate: 'soon' },
      ],
      skills: [{ name: 'Docker' }],
      education: [{ institution: 'U', studyType: 'B.Sc.', area: 'CS', endDate: '2023-06' }],
    };
    const res = await t.gql(
      'mutation($r: JSONObject!) { importJsonResume(resume: $r) { candidate { name skills { skill { name } months } education { level status } } warnings { code at } } }',
      { r: resume },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.importJsonResume.candidate;
    const months = Object.fromEntries(c.skills.map((s: any) => [s.skill.name, s.months]));
    // Jan 2024 .. Nov 2026 merged once (the two jobs overlap), to the injected clock.
    expect(months.Go).toBe(34);
    expect(months.Docker).toBeNull();
    expect(c.education).toEqual([{ level: 'BACHELOR', status: 'COMPLETED' }]);
    expect(res.data!.importJsonResume.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ at: '$.work[2].startDate' })]),
    );
    const notResume = await t.gql('mutation { importJsonResume(resume: { hello: "world" }) { candidate { id } } }');
    expect(notResume.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resume' });
  });

  it('imports a JSON Resume dated over a hundred years back with months cut to the limit, and says so', async () => {
    const resume = {
      basics: { name: 'Old Timer' },
      work: [
        { name: 'A', position: 'Java developer', startDate: '1900-01-01', highlights: ['Built services in Java'] },
      ],
    };
    const res = await t.gql(
      'mutation($r: JSONObject!) { importJsonResume(resume: $r) { candidate { skills { skill { name } months } } warnings { code message } } }',
      { r: resume },
    );
    expect(res.errors).toBeUndefined();
    const java = res.data!.importJsonResume.candidate.skills.find((s: any) => s.skill.name === 'Java');
    expect(java.months).toBe(1200);
    expect(res.data!.importJsonResume.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'TRUNCATED', message: expect.stringContaining('1200 were kept') }),
      ]),
    );
  });

  it('exports JSON-LD that imports back to the same posting', async () => {
    const created = await t.gql(`mutation { createPosting(input: {
      title: "Data Engineer", company: "Acme", employmentType: FULL_TIME, locations: ["Austin, TX"], description: "Pipelines.",
      datePosted: "2026-10-01", education: { level: MASTER, required: false },
      requirements: [
        { importance: REQUIRED, category: LANGUAGE, label: "Python or Scala", skills: ["Python", "Scala"], minMonths: 24 },
        { importance: PREFERRED, category: DATA, label: "Spark", skills: ["Apache Spark"], weight: 2 }
      ] }) { id jsonLd } }`);
    const jsonLd = created.data!.createPosting.jsonLd;
    expect(jsonLd['@type']).toBe('JobPosting');
    expect(jsonLd.title).toBe('Data Engineer');
    const back = await t.gql(
      'mutation($j: JSON!) { importJobPosting(jsonLd: $j) { posting { title company employmentType locations datePosted description education { level required } requirements { importance category label minMatches minMonths weight skills { name } } } } }',
      { j: jsonLd },
    );
    expect(back.errors).toBeUndefined();
    const original = await t.gql(
      'query($id: ID!) { posting(id: $id) { title company employmentType locations datePosted description education { level required } requirements { importance category label minMatches minMonths weight skills { name } } } }',
      { id: created.data!.createPosting.id },
    );
    expect(back.data!.importJobPosting.posting).toEqual(original.data!.posting);
  });
});

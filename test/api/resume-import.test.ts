import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { renderDocx, renderPdf } from '../../scripts/corpus/render';
import { type RunningServer, startHttpServer } from '../../src/http/server';
import { createLogger } from '../../src/logging/logger';
import { testDatabases } from '../support/databases';
import { type TestApp, rowId, startTestApp } from '../support/test-app';
import { ONE_COLUMN, imageOnlyPdf, resumePdfWithPhoto } from '../documents/document-fixtures';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PARSE = `query($d: ResumeDocumentInput!) {
  parseResume(document: $d) {
    name email phone location headline
    work { title employer start end foundAt { section line } }
    education { level field status foundAt { section line } }
    skills { name months foundAt { section line } }
    spokenLanguages softSkills warnings { code message at }
  }
}`;
const IMPORT = `mutation($d: ResumeDocumentInput!) {
  importResume(document: $d) {
    candidate { id name email phone location education { level field status } skills { skill { name } months } }
    warnings { code }
  }
}`;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe.each(testDatabases())('résumé documents through GraphQL on $kind', (db) => {
  let t: TestApp;
  let scratch: string;
  const savedTmp = process.env.TMPDIR;

  beforeAll(async () => {
    // The document workers start on first use and inherit this: whatever they wrote to a temp
    // directory would land here.
    scratch = mkdtempSync(join(tmpdir(), 'sm-resume-tmp-'));
    process.env.TMPDIR = scratch;
    t = await startTestApp(db, {}, { now: () => new Date('2026-12-03T12:00:00Z') });
  });
  afterAll(async () => {
    await t.close();
    process.env.TMPDIR = savedTmp;
    rmSync(scratch, { recursive: true, force: true });
  });

  const count = async () =>
    (await t.gql('{ candidates(first: 1) { totalCount } }')).data!.candidates.totalCount as number;

  it('previews a PDF without storing anything', async () => {
    const before = await count();
    const res = await t.gql(
      PARSE,
      { d: { content: b64(await renderPdf(ONE_COLUMN)), mediaType: PDF } },
      { as: 'RECRUITER' },
    );
    expect(res.errors).toBeUndefined();
    const r = res.data!.parseResume;
    expect([r.name, r.email, r.phone, r.location]).toEqual([
      'Maria Lopez',
      'maria.lopez@example.org',
      '+34 612 345 678',
      'Madrid, Spain',
    ]);
    expect(r.work[0]).toEqual({
      title: 'Backend Developer',
      employer: 'Glovo',
      start: '2021-03',
      end: null,
      foundAt: { section: 'experience', line: 5 },
    });
    expect(r.education).toEqual([
      {
        level: 'BACHELOR',
        field: 'Computer Engineering',
        status: 'COMPLETED',
        foundAt: { section: 'education', line: 10 },
      },
    ]);
    expect(r.skills).toEqual(
      expect.arrayContaining([{ name: 'Lombok', months: 38, foundAt: [{ section: 'experience', line: 8 }] }]),
    );
    expect(r.spokenLanguages).toEqual(['Spanish', 'English', 'French']);
    expect(await count()).toBe(before);
  });

  it('imports a DOCX as a candidate', async () => {
    const res = await t.gql(
      IMPORT,
      { d: { content: b64(await renderDocx(ONE_COLUMN)), mediaType: DOCX } },
      { as: 'RECRUITER' },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.importResume.candidate;
    expect([c.name, c.email, c.phone, c.location]).toEqual([
      'Maria Lopez',
      'maria.lopez@example.org',
      '+34 612 345 678',
      'Madrid, Spain',
    ]);
    expect(c.education).toEqual([{ level: 'BACHELOR', field: 'Computer Engineering', status: 'COMPLETED' }]);
    const months = Object.fromEntries(
      c.skills.map((s: { skill: { name: string }; months: number | null }) => [s.skill.name, s.months]),
    );
    expect(months).toEqual(expect.objectContaining({ Go: 69, Java: 38, Lombok: 38, Terraform: null }));
    expect(months.English).toBeUndefined();
    await t.gql('mutation($id: ID!) { deleteCandidate(id: $id) }', { id: c.id });
  });

  it.each([
    [
      'malformed base64',
      { content: '%%%not base64%%%', mediaType: 'text/plain' },
      'document.content',
      /not valid base64/,
    ],
    [
      'an unsupported media type',
      { content: b64(Buffer.from('x')), mediaType: 'image/png' },
      'document.mediaType',
      /unsupported media type "image\/png"/,
    ],
    [
      'a document over 4 MiB',
      { content: b64(Buffer.alloc(4 * 1024 * 1024 + 3, 0x61)), mediaType: 'text/plain' },
      'document.content',
      /^document\.content: the document is about 419430\d bytes; a résumé document is limited to 4194304 bytes \(4 MiB\)$/,
    ],
    [
      'a memo',
      {
        content: b64(Buffer.from('MEMO\nTo: All\nFrom: HR\nSubject: Holidays\nThe office closes at noon.')),
        mediaType: 'text/plain',
      },
      'document.content',
      /not a résumé/,
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field; nothing is stored', async (_label, d, field, message) => {
    const before = await count();
    const res = await t.gql(IMPORT, { d }, { as: 'RECRUITER' });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0].message).toMatch(message);
    expect(await count()).toBe(before);
  });

  it('refuses an image-only PDF: no text layer', async () => {
    const res = await t.gql(PARSE, { d: { content: b64(await imageOnlyPdf()), mediaType: PDF } }, { as: 'RECRUITER' });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document.content' });
    expect(res.errors![0].message).toBe('document.content: no text layer (OCR is not supported)');
  });

  it('keeps nothing of the document: no temporary file, the stored candidate erasable', async () => {
    const res = await t.gql(
      IMPORT,
      { d: { content: b64(await renderPdf(ONE_COLUMN)), mediaType: PDF } },
      { as: 'RECRUITER' },
    );
    expect(res.errors).toBeUndefined();
    expect(readdirSync(scratch)).toEqual([]);
    const id = rowId(res.data!.importResume.candidate.id);
    await t.gql('mutation($id: ID!) { deleteCandidate(id: $id) }', { id: res.data!.importResume.candidate.id });
    expect(await t.app.services.candidates.get(id)).toBeNull();
  });
});

describe('the request log of a résumé import', () => {
  let t: TestApp;
  let server: RunningServer;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0]);
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    server = await startHttpServer(t.app, createLogger({ level: 'trace' }, sink));
  });
  afterAll(async () => {
    await server.stop({ graceMs: 1000 });
    await t.close();
  });

  it('takes a 1.5 MB résumé PDF (base64 over the 1 MiB anonymous body limit) from a key holder', async () => {
    const body = JSON.stringify({
      query: PARSE,
      variables: { d: { content: b64(await resumePdfWithPhoto(1_500_000)), mediaType: PDF } },
    });
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const post = (headers: Record<string, string>) =>
      fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const keyed = await post({ authorization: `Bearer ${t.keys.RECRUITER.key}` });
    expect(keyed.status).toBe(200);
    const parsed = ((await keyed.json()) as any).data.parseResume;
    expect([parsed.name, parsed.email]).toEqual(['Maria Lopez', 'maria.lopez@example.org']);
    // Without a key (or with a made-up one) the body limit stays 1 MiB: refused before it is buffered.
    expect((await post({})).status).toBe(413);
    expect((await post({ authorization: `Bearer ${'x'.repeat(43)}` })).status).toBe(413);
  });

  it('holds nothing of the document or the person, for an accepted and a refused document', async () => {
    const post = (content: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.keys.RECRUITER.key}` },
        body: JSON.stringify({ query: IMPORT, variables: { d: { content, mediaType: PDF } } }),
      });
    const good = b64(await renderPdf(ONE_COLUMN));
    expect(((await (await post(good)).json()) as any).data.importResume.candidate.name).toBe('Maria Lopez');
    await post(b64(Buffer.from('%PDF-1.7 Maria Lopez maria.lopez@example.org broken')));
    await new Promise((r) => setTimeout(r, 50));
    const log = lines.join('');
    expect(log).toContain('"msg":"request"');
    for (const needle of ['Maria', 'Lopez', 'maria.lopez', '612 345', 'Madrid', good.slice(100, 140)])
      expect(log).not.toContain(needle);
  });
});

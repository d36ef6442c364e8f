/**
 * CPU and wall time per résumé document by format (PDF, DOCX, text) over the corpus, in process,
 * one thread, three passes after a warm-up: what a document worker spends per file.
 *
 *   npx ts-node --transpile-only scripts/resume-format-cost.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { documentText } from '../src/documents/document-text';
import { parseTaxonomyFile, taxonomyFromFile } from '../src/domain/taxonomy/taxonomy-file';
import { parseResumeText } from '../src/parsing/resume/text';
async function main(): Promise<void> {
  const t = taxonomyFromFile(parseTaxonomyFile(JSON.parse(readFileSync('data/taxonomy.json', 'utf8'))));
  const dir = 'data/corpus/resumes';
  const files = readdirSync(dir).filter((f) => /\.(pdf|docx|txt)$/.test(f));
  const type = (f: string) =>
    f.endsWith('.pdf')
      ? 'application/pdf'
      : f.endsWith('.docx')
        ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        : 'text/plain';
  for (const f of files)
    parseResumeText(await documentText(readFileSync(join(dir, f)), type(f), f), t, { now: new Date() });
  for (const ext of ['pdf', 'docx', 'txt']) {
    const fs = files.filter((f) => f.endsWith(ext));
    const bytes = fs.map((f) => readFileSync(join(dir, f)));
    const before = process.cpuUsage();
    const start = Date.now();
    for (let r = 0; r < 3; r++)
      for (let i = 0; i < fs.length; i++)
        parseResumeText(await documentText(bytes[i], type(fs[i]), fs[i]), t, { now: new Date() });
    const used = process.cpuUsage(before);
    console.log(
      ext,
      'cpu ms/doc',
      ((used.user + used.system) / 1000 / (3 * fs.length)).toFixed(1),
      'wall ms/doc',
      ((Date.now() - start) / (3 * fs.length)).toFixed(1),
    );
  }
}
void main();

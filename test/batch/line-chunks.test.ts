import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countLines } from '../../src/batch/chunk-processor';
import { readLineChunks } from '../../src/batch/line-chunks';

describe('readLineChunks', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'sm-chunks-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function chunksOf(text: string, chunkBytes: number) {
    const path = join(dir, `f${Math.random()}.jsonl`);
    writeFileSync(path, text);
    const out = [];
    for await (const c of readLineChunks(path, chunkBytes))
      out.push({ ...c, text: Buffer.from(c.bytes).toString('utf8') });
    return out;
  }

  it('cuts only at line ends and numbers every line, whatever the chunk size', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => `{"id":${i + 1},"pad":"${'x'.repeat(i % 37)}é"}`);
    const text = `${lines.join('\n')}\n`;
    for (const size of [1, 64, 1000, 1 << 20]) {
      const chunks = await chunksOf(text, size);
      expect(chunks.map((c) => c.text).join('')).toBe(text);
      let next = 1;
      for (const c of chunks) {
        expect(c.firstLine).toBe(next);
        expect(c.text.endsWith('\n')).toBe(true);
        expect(c.lineCount).toBe(c.text.split('\n').length - 1);
        expect(c.text.split('\n')[0]).toBe(lines[c.firstLine - 1]);
        next += c.lineCount;
      }
      expect(next).toBe(501);
    }
  });

  it('keeps a last line without a newline, and CRLF line ends', async () => {
    const chunks = await chunksOf('a\r\nb\r\nc', 2);
    expect(chunks.map((c) => c.text).join('')).toBe('a\r\nb\r\nc');
    expect(chunks.reduce((n, c) => n + c.lineCount, 0)).toBe(3);
  });

  it('counts lines', () => {
    expect(countLines(Buffer.from(''))).toBe(0);
    expect(countLines(Buffer.from('a\nb'))).toBe(2);
    expect(countLines(Buffer.from('a\nb\n'))).toBe(2);
  });
});

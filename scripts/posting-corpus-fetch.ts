/**
 * Fetches the corpus postings whose licence does not let the repository hold them into the
 * git-ignored test/fixtures/posting-corpus/fetched/, from the exact commit their label was
 * written against (raw.githubusercontent.com).
 *
 *   npx ts-node --transpile-only scripts/posting-corpus-fetch.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface Item {
  readonly id: string;
  readonly file: string;
  readonly redistributable: boolean;
  readonly source: { readonly repo: string | null; readonly path: string; readonly commit: string | null };
}

const dir = join(__dirname, '..', 'test', 'fixtures', 'posting-corpus');
const corpus = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as { items: Item[] };

async function main(): Promise<void> {
  for (const item of corpus.items.filter((i) => !i.redistributable)) {
    const target = join(dir, item.file);
    if (existsSync(target)) continue;
    // A "#row=N" path is one cell of a dataset file: the raw file is the whole dataset, not the posting.
    if (item.source.path.includes('#row=')) {
      console.log(`${item.id}: one row of ${item.source.path}, cut out by hand (README, batch 10): not fetched`);
      continue;
    }
    if (item.source.repo === null || item.source.commit === null)
      throw new Error(`${item.id}: no repository to fetch from`);
    const url = `https://raw.githubusercontent.com/${item.source.repo}/${item.source.commit}/${item.source.path}`;
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${item.id}: ${url} answered ${res.status}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, Buffer.from(await res.arrayBuffer()));
    console.log(`${item.id}: ${url}`);
  }
}

void main();

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, readPostingFile } from '../../src/batch/posting-input';
import { loadTaxonomy, seedPostingDrafts } from './support';

const taxonomy = loadTaxonomy();

describe('a posting file for score: held to the limits the API holds a posting to', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'sm-posting-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const intern = () => JSON.parse(JSON.stringify(seedPostingDrafts()[0]));
  const write = (name: string, doc: unknown): string => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(doc));
    return path;
  };

  it('reads a PostingDraft within the limits, its own scoring weights kept', async () => {
    const draft = { ...intern(), scoring: { requiredWeight: 3, categoryWeights: { LANGUAGE: 2 } } };
    const read = await readPostingFile(taxonomy, write('ok.json', draft));
    expect(read.spec.requirements).toHaveLength(draft.requirements.length);
    expect(read.spec.scoring).toEqual({ requiredWeight: 3, categoryWeights: { LANGUAGE: 2 } });
  });

  // The same values the GraphQL input refuses (test/api/postings.test.ts), refused with the field named.
  it.each([
    [
      'minMatches 0',
      (d: any) => (d.requirements[0].minMatches = 0),
      '$.requirements[0].minMatches',
      /from 1 to 50, got 0/,
    ],
    ['weight 0', (d: any) => (d.requirements[0].weight = 0), '$.requirements[0].weight', /from 0.01 to 100, got 0/],
    ['minMonths 601', (d: any) => (d.requirements[0].minMonths = 601), '$.requirements[0].minMonths', /0 to 600/],
    ['minMonths 1e308', (d: any) => (d.requirements[0].minMonths = 1e308), '$.requirements[0].minMonths', /0 to 600/],
    [
      'a fractional minMatches',
      (d: any) => (d.requirements[0].minMatches = 1.5),
      '$.requirements[0].minMatches',
      /whole/,
    ],
    ['a title of 201 characters', (d: any) => (d.title = 'x'.repeat(201)), '$.title', /at most 200/],
    ['a date that does not exist', (d: any) => (d.datePosted = '2026-02-30'), '$.datePosted', /YYYY-MM-DD/],
    [
      'a scoring weight of 1000',
      (d: any) => (d.scoring = { requiredWeight: 1000 }),
      '$.scoring.requiredWeight',
      /0 to 100/,
    ],
  ])('refuses %s, naming the file and the field', async (_what, change, field, message) => {
    const draft = intern();
    change(draft);
    const path = write('bad.json', draft);
    const read = readPostingFile(taxonomy, path);
    await expect(read).rejects.toBeInstanceOf(InputError);
    await expect(read).rejects.toThrow(`${path}: ${field}: `);
    await expect(read).rejects.toThrow(message);
  });

  it('refuses values of the wrong type, and scoring fields it does not know', async () => {
    const text = intern();
    text.requirements[0].weight = 'heavy';
    await expect(readPostingFile(taxonomy, write('type.json', text))).rejects.toThrow(
      'requirements[0].weight must be a number',
    );
    const stray = { ...intern(), scoring: { requiredWeigth: 2 } };
    await expect(readPostingFile(taxonomy, write('stray.json', stray))).rejects.toThrow(
      'scoring.requiredWeigth is not a scoring field',
    );
  });

  it('refuses an unknown skill with suggestions, as the API does', async () => {
    const draft = intern();
    draft.requirements[0].skills = ['Pyton'];
    await expect(readPostingFile(taxonomy, write('unknown.json', draft))).rejects.toThrow(
      /unknown skill "Pyton" at requirements\[0\]\.skills\[0\] \(did you mean .*Python/,
    );
  });
});

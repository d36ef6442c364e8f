import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { CandidateDraft, PostingDraft } from '../domain/drafts';
import { parseTaxonomyFile } from '../domain/taxonomy/taxonomy-file';
import { AppMetaEntity } from '../entities/app-meta.entity';
import type { StoreServices } from './services';

const SEEDED_KEY = 'seeded_at';

export interface SeedReport {
  readonly taxonomySynced: boolean;
  readonly taxonomyVersion: string;
  readonly postings: number;
  readonly candidates: number;
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

/**
 * Brings a database up to the shipped data: syncs the taxonomy when `data/taxonomy.json` has a new
 * version, and loads the sample postings and candidates once, on first start (deleting them later
 * does not bring them back).
 */
export async function seedDatabase(
  dataSource: DataSource,
  services: Pick<StoreServices, 'taxonomy' | 'postings' | 'candidates'>,
  dataDir: string,
  samples = true,
): Promise<SeedReport> {
  const file = parseTaxonomyFile(await readJson(join(dataDir, 'taxonomy.json')));
  const stored = await services.taxonomy.version();
  const taxonomySynced = stored !== file.version;
  if (taxonomySynced) await services.taxonomy.sync(file);
  else await services.taxonomy.load();

  let postings = 0;
  let candidates = 0;
  const seeded = await dataSource.manager.findOneBy(AppMetaEntity, { key: SEEDED_KEY });
  if (samples && !seeded) {
    const p = (await readJson(join(dataDir, 'postings.json'))) as { postings: PostingDraft[] };
    const c = (await readJson(join(dataDir, 'candidates.json'))) as { candidates: CandidateDraft[] };
    for (const draft of p.postings) await services.postings.create(draft);
    await services.candidates.createMany(c.candidates);
    await dataSource.manager.upsert(AppMetaEntity, { key: SEEDED_KEY, value: new Date().toISOString() }, ['key']);
    postings = p.postings.length;
    candidates = c.candidates.length;
  }
  return { taxonomySynced, taxonomyVersion: file.version, postings, candidates };
}

/**
 * The simple ways the batch commands replace, run in the bench process on a smaller N so the batch
 * benchmark can set the command line's figures beside them.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../src/app';
import { readCandidateDocument, readContext } from '../src/batch/candidate-read';
import { loadConfig } from '../src/config/config';
import type { CandidateDraft, PostingDraft } from '../src/domain/drafts';
import { matchCandidate } from '../src/domain/matching/match-candidate';
import type { MatchResult } from '../src/domain/matching/match-result';
import { compareRanked } from '../src/domain/matching/rank-candidates';
import { postingSpecFromDraft } from '../src/domain/matching/spec-from-draft';
import type { Taxonomy } from '../src/domain/taxonomy/taxonomy';
import { CandidateEducationEntity } from '../src/entities/candidate-education.entity';
import { CandidateSkillEntity } from '../src/entities/candidate-skill.entity';
import { CandidateEntity } from '../src/entities/candidate.entity';

function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The baseline scorer: read everything, matchCandidate every pair, sort everything. */
export function baselineScore(
  taxonomy: Taxonomy,
  file: string,
  postings: readonly PostingDraft[],
): { ms: number; heapMb: number; results: MatchResult[][] } {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const started = nowMs();
  const ctx = readContext(taxonomy, new Date());
  const specs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line, i) => {
      const read = readCandidateDocument(ctx, JSON.parse(line), String(i + 1));
      if (!read.ok) throw new Error(read.message);
      return read.spec;
    });
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const results = postings.map((draft, p) => {
    const { spec } = postingSpecFromDraft(taxonomy, `p${p}`, draft);
    return specs.map((c) => matchCandidate(taxonomy, spec, c)).sort(compareRanked);
  });
  return { ms: nowMs() - started, heapMb, results };
}

/** The baseline import: one TypeORM save() per candidate, skill and education row, in one transaction. */
export async function baselineSaveImport(
  dataDir: string,
  dir: string,
  drafts: readonly CandidateDraft[],
): Promise<number> {
  const config = loadConfig(
    { LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'save-baseline.sqlite')}` },
    { dataDir },
  );
  const app = await createApp(config);
  try {
    const taxonomy = app.services.taxonomy.current();
    const started = nowMs();
    await app.dataSource.transaction(async (m) => {
      for (const draft of drafts) {
        const candidate = await m.save(
          CandidateEntity,
          m.create(CandidateEntity, {
            name: draft.name,
            email: draft.email,
            headline: draft.headline,
            location: draft.location,
          }),
        );
        for (const s of draft.skills) {
          await m.save(
            CandidateSkillEntity,
            m.create(CandidateSkillEntity, {
              candidateId: candidate.id,
              skillId: taxonomy.resolve(s.name)!.id,
              months: s.months,
              level: s.level,
            }),
          );
        }
        let position = 0;
        for (const e of draft.education) {
          await m.save(
            CandidateEducationEntity,
            m.create(CandidateEducationEntity, {
              candidateId: candidate.id,
              position: position++,
              level: e.level,
              field: e.field,
              status: e.status,
            }),
          );
        }
      }
    });
    return nowMs() - started;
  } finally {
    await app.close();
  }
}

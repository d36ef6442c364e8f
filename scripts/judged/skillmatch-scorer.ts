/**
 * Scores judged pairs with the real service, in process: the app is created on an in-memory SQLite
 * database with the repository's taxonomy (data/taxonomy.json, no seed postings or candidates), and
 * every pair goes through MatchingService.preview, the use case behind the matchPreview query.
 *
 * The service refuses skill names its taxonomy does not know, as a create would. A recruiter typing
 * these postings and profiles in would have to leave such names out, so the scorer does the same and
 * counts what it left out: an unknown name is a real failure of the matcher, and the count says how
 * much of the judged data it could not read.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { type App, createApp } from '../../src/app';
import type { CandidateDraft, PostingDraft, RequirementDraft } from '../../src/domain/drafts';
import { CLI_ACTOR } from '../../src/services/audit-event';
import type { JudgedPair, JudgedSet } from './judged-data';
import type { ScoredPair } from './metrics';

export interface UnknownNames {
  /** Skill names left out of postings' groups, and of profiles. */
  readonly postingNames: number;
  readonly profileNames: number;
  /** Groups that named only unknown skills and so could not be entered at all. */
  readonly droppedGroups: number;
  /** Of those, the REQUIRED groups a profile can show: each makes the posting easier to qualify for. */
  readonly droppedAssessableRequired: readonly string[];
  readonly names: readonly string[];
}

export interface SkillmatchRun {
  readonly pairs: readonly ScoredPair[];
  readonly unknown: UnknownNames;
  readonly modelVersion: string;
  readonly taxonomyVersion: string;
}

/** Scores the given pairs with skillmatch. */
export async function scoreWithSkillmatch(set: JudgedSet, pairs: readonly JudgedPair[]): Promise<SkillmatchRun> {
  let app: App | undefined;
  try {
    app = await createApp({
      port: 0,
      host: '127.0.0.1',
      nodeEnv: 'test',
      logLevel: 'silent',
      database: { type: 'sqlite', path: ':memory:' },
      seedOnStart: false,
      dataDir: join(__dirname, '..', '..', 'data'),
    });
    const taxonomy = app.services.taxonomy.current();
    const unknownNames = new Set<string>();
    const counts = { postingNames: 0, profileNames: 0, droppedGroups: 0 };
    const droppedAssessableRequired: string[] = [];
    const known = (name: string, counter: 'postingNames' | 'profileNames'): boolean => {
      if (taxonomy.resolve(name)) return true;
      unknownNames.add(name);
      counts[counter]++;
      return false;
    };

    const postings = new Map<string, PostingDraft>();
    for (const id of new Set(pairs.map((p) => p.posting))) {
      const draft = set.postings.get(id)!.draft;
      const requirements: RequirementDraft[] = [];
      for (const g of draft.requirements) {
        const skills = g.skills.filter((s) => known(s, 'postingNames'));
        if (skills.length === 0) {
          counts.droppedGroups++;
          if (g.importance === 'REQUIRED' && g.assessable !== false)
            droppedAssessableRequired.push(`${id}: ${g.skills.join(' / ')}`);
        } else requirements.push({ ...g, skills, minMatches: Math.min(g.minMatches, skills.length) });
      }
      postings.set(id, { ...draft, requirements });
    }
    const profiles = new Map<string, CandidateDraft>();
    for (const id of new Set(pairs.map((p) => p.candidate))) {
      const draft = set.profiles.get(id)!.draft;
      profiles.set(id, { ...draft, skills: draft.skills.filter((s) => known(s.name, 'profileNames')) });
    }

    const scored: ScoredPair[] = [];
    let versions = { modelVersion: '', taxonomyVersion: '' };
    for (const pair of pairs) {
      const result = await app.services.matching.preview(
        CLI_ACTOR,
        { draft: postings.get(pair.posting)!, field: 'posting' },
        { draft: profiles.get(pair.candidate)!, field: 'candidate' },
      );
      versions = { modelVersion: result.modelVersion, taxonomyVersion: result.taxonomyVersion };
      scored.push({ ...pair, score: result.score, qualified: result.qualified });
    }
    return {
      pairs: scored,
      unknown: { ...counts, droppedAssessableRequired, names: [...unknownNames].sort() },
      ...versions,
    };
  } finally {
    await app?.close();
  }
}

import type { CandidateBatch } from '../../../src/domain/matching/candidate-batch';
import { educationRanks } from '../../../src/domain/matching/education';
import type { CandidateSpec } from '../../../src/domain/matching/profiles';

/** Candidates in the column form a database read gives (skills in id order, -1 for unknown months). */
export function batchOf(specs: readonly CandidateSpec[]): CandidateBatch {
  const batch = { ids: [] as string[], offsets: [0], skillIds: [] as number[], months: [] as number[] };
  const eduCompleted: number[] = [];
  const eduInProgress: number[] = [];
  for (const spec of specs) {
    batch.ids.push(spec.id);
    for (const skill of [...spec.skills].sort((a, b) => a.skillId - b.skillId)) {
      batch.skillIds.push(skill.skillId);
      batch.months.push(skill.months ?? -1);
    }
    batch.offsets.push(batch.skillIds.length);
    const ranks = educationRanks(spec.education);
    eduCompleted.push(ranks.completed);
    eduInProgress.push(ranks.inProgress);
  }
  return { ...batch, eduCompleted, eduInProgress };
}

import { EDUCATION_LEVELS, educationRank, type EducationLevel } from '../vocabulary';
import type { EducationOutcome, EducationResult } from './match-result';
import { IN_PROGRESS_EDUCATION_CREDIT } from './matching-defaults';
import type { EducationRequirementSpec, EducationSpec } from './profiles';

/** A candidate's education reduced to what the model reads: best completed and best in-progress rank (-1 = none). */
export interface EducationRanks {
  readonly completed: number;
  readonly inProgress: number;
}

/** The best completed and in-progress levels of a candidate, as ranks; shared by both matchers. */
export function educationRanks(education: readonly EducationSpec[]): EducationRanks {
  let completed = -1;
  let inProgress = -1;
  for (const entry of education) {
    const rank = educationRank(entry.level);
    if (rank < 0) continue;
    if (entry.status === 'COMPLETED') completed = Math.max(completed, rank);
    else inProgress = Math.max(inProgress, rank);
  }
  return { completed, inProgress };
}

/**
 * The outcome against a required rank. A NONE requirement is met by everyone. Above it, a
 * candidate with no education on file has not stated it (NOT_STATED), which is not the same as
 * stating a lower level (DOES_NOT_MEET). A degree in progress counts when it is toward the
 * requested level or a higher one.
 */
export function educationOutcome(requiredRank: number, completed: number, inProgress: number): EducationOutcome {
  if (requiredRank > 0 && completed < 0 && inProgress < 0) return 'NOT_STATED';
  const effective = Math.max(completed, 0);
  if (effective > requiredRank) return 'EXCEEDS';
  if (effective === requiredRank) return 'MEETS';
  if (inProgress >= requiredRank) return 'IN_PROGRESS';
  return 'DOES_NOT_MEET';
}

/** Credit of an outcome in the score. NOT_REQUESTED is never scored; it reads as nothing missing. */
export function educationCredit(outcome: EducationOutcome): number {
  switch (outcome) {
    case 'EXCEEDS':
    case 'MEETS':
    case 'NOT_REQUESTED':
      return 1;
    case 'IN_PROGRESS':
      return IN_PROGRESS_EDUCATION_CREDIT;
    case 'NOT_STATED':
    case 'DOES_NOT_MEET':
      return 0;
  }
}

/** Whether an outcome meets a requirement for `qualified`. */
export function educationMet(outcome: EducationOutcome): boolean {
  return outcome === 'EXCEEDS' || outcome === 'MEETS' || outcome === 'NOT_REQUESTED';
}

function levelAt(rank: number): EducationLevel | null {
  return rank >= 0 ? EDUCATION_LEVELS[rank] : null;
}

/**
 * The explained education result: the outcome, its credit, and the candidate level that decided
 * it (the completed degree when it meets, the degree in progress when that is what counts, else the
 * highest level on file).
 */
export function evaluateEducation(
  requirement: EducationRequirementSpec | null,
  education: readonly EducationSpec[],
): EducationResult {
  const ranks = educationRanks(education);
  if (requirement === null) {
    return {
      outcome: 'NOT_REQUESTED',
      requiredLevel: null,
      required: false,
      candidateLevel: levelAt(ranks.completed >= 0 ? ranks.completed : ranks.inProgress),
      credit: educationCredit('NOT_REQUESTED'),
    };
  }
  const outcome = educationOutcome(educationRank(requirement.level), ranks.completed, ranks.inProgress);
  const decidingRank =
    outcome === 'IN_PROGRESS' ? ranks.inProgress : ranks.completed >= 0 ? ranks.completed : ranks.inProgress;
  return {
    outcome,
    requiredLevel: requirement.level,
    required: requirement.required,
    candidateLevel: levelAt(decidingRank),
    credit: educationCredit(outcome),
  };
}

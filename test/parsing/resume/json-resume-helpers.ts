/** What the importJsonResume tests share: "today", the small taxonomy, and readers of a result. */
import type { CandidateDraft, ImportWarning } from '../../../src/domain/drafts';
import { importJsonResume } from '../../../src/parsing/resume';
import { smallTaxonomy } from './taxonomies';

export const NOW = new Date('2025-06-30T12:00:00Z');
export const small = smallTaxonomy();

export function importSmall(doc: unknown, now: Date = NOW): { candidate: CandidateDraft; warnings: ImportWarning[] } {
  return importJsonResume(doc, small, { now });
}

export function months(candidate: CandidateDraft): Record<string, number | null> {
  return Object.fromEntries(candidate.skills.map((skill) => [skill.name, skill.months]));
}

export function codesAt(warnings: readonly ImportWarning[]): string[] {
  return warnings.map((warning) => `${warning.code} ${warning.at}`);
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

import type { SkillMention } from '../../../domain/taxonomy/mentions';

// A noun a single capital letter labels: "Company C", "Team B", "Plan R", "Building C".
const LABELLED_NOUN =
  /\b(?:company|team|plan|group|building|block|part|section|phase|grade|class|type|level|site|room|wing|division|unit|option|model|vitamin|hepatitis)\s+$/iu;

/**
 * Whether a one-letter skill (C, R) is the letter that names a thing ("COMPANY C", "Plan B"),
 * not the language: placeholder résumés call their employers Company A, B and C.
 */
export function isLetterOfAName(body: string, mention: SkillMention): boolean {
  return mention.text.trim().length === 1 && LABELLED_NOUN.test(body.slice(0, mention.start));
}

import type { ImportWarning, RequirementDraft } from '../../domain/drafts';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import type { PlacedSkill } from './placed-skill';
import type { Importance } from '../../domain/vocabulary';
import type { UnassessableMention } from './unassessable';
import { warning } from './warnings';

export interface UnassessableSplit<F extends PlacedSkill> {
  /** The line's skills a profile can show, for the ordinary groups. */
  readonly rest: F[];
  /** One group of what it cannot show (assessable false), or null. */
  readonly group: RequirementDraft | null;
  /** One per phrase the taxonomy has no entry for: no group can name it, but it is not dropped unseen. */
  readonly warnings: ImportWarning[];
}

/**
 * Takes out of a requirement line (its skills `found` and the phrases of unassessable.ts) what no
 * profile's skills can show, as one group marked `assessable: false`: those phrases, and any skill
 * the taxonomy calls a soft skill. The rest of the line stays as ordinary groups, so
 * "Communication skills and experience with Git" gives a not-assessable Communication group and a
 * Git group. The group is shown to the reader but counts in neither the score nor `qualified`. Its
 * minMatches is 1: it is never checked, and a reader that does not know the flag yet (an older
 * client, a stored copy) then does not make "communication and the ability to learn" a harder
 * must-have than one of them.
 */
export function takeUnassessable<F extends PlacedSkill>(
  taxonomy: Taxonomy,
  phrases: readonly UnassessableMention[],
  found: readonly F[],
  importance: Importance,
  label: string,
): UnassessableSplit<F> {
  const inPhrase = (f: F): boolean => phrases.some((p) => p.start < f.end && f.start < p.end);
  const soft = (f: F): boolean => f.skill.kind === 'SOFT_SKILL' || inPhrase(f);
  // "communication and collaboration skills": a soft skill inside another trait's phrase is asked for too,
  // unless the phrase is its own or is just its words ("solve problems" is Problem solving, not ESCO's twin).
  const ownPhrase = (f: F): boolean =>
    phrases.some(
      (p) =>
        p.start < f.end &&
        f.start < p.end &&
        (taxonomy.resolve(p.name)?.id === f.skill.id || (p.start >= f.start && p.end <= f.end)),
    );
  const alsoAsked = (f: F): boolean => f.skill.kind === 'SOFT_SKILL' && (!inPhrase(f) || !ownPhrase(f));
  const names: string[] = [];
  const unnamed: string[] = [];
  const mentions = [
    ...phrases.map((p) => ({ start: p.start, name: p.name, def: taxonomy.resolve(p.name) })),
    ...found.filter((f) => alsoAsked(f)).map((f) => ({ start: f.start, name: f.skill.name, def: f.skill })),
  ].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    if (m.def === undefined) {
      if (!unnamed.includes(m.name)) unnamed.push(m.name);
    } else if (!names.includes(m.def.name)) names.push(m.def.name);
  }
  const group: RequirementDraft | null =
    names.length === 0
      ? null
      : {
          importance,
          category: 'OTHER',
          label,
          skills: names,
          minMatches: 1,
          minMonths: null,
          weight: 1,
          assessable: false,
        };
  return {
    rest: found.filter((f) => !soft(f)),
    group,
    warnings: unnamed.map((name) =>
      warning(
        'NOT_ASSESSABLE_UNNAMED',
        `the line asks for ${name.toLowerCase()}, which no profile can show and the taxonomy does not name: no group was made for it`,
        label,
      ),
    ),
  };
}

import type { RequirementDraft } from '../../domain/drafts';

/**
 * Drops from preferred groups the skills a required group already asks for, so a skill asked at
 * two levels ("a track record of software development" ... "applications welcome from software
 * development generalists") is recorded once, at the stronger level. A preferred group that asks for
 * more experience than the required one ("5+ years of Python preferred") keeps the skill: it is
 * the preferred version of it, not a repeat; so does one that a required group only offers among
 * alternatives. A group left with no skill goes.
 */
export function keepStrongerLevel(groups: readonly RequirementDraft[]): RequirementDraft[] {
  const requiredMonths = new Map<string, number>();
  for (const g of groups)
    // Only a skill the group requires outright: one of alternatives ("AWS, GCP or Azure") is not asked for itself.
    if (g.importance === 'REQUIRED' && g.assessable !== false && g.minMatches >= g.skills.length)
      for (const s of g.skills) requiredMonths.set(s, Math.max(requiredMonths.get(s) ?? 0, g.minMonths ?? 0));
  const out: RequirementDraft[] = [];
  for (const g of groups) {
    // A preferred group of its own ("AWS certification") asks for something more; one named among others repeats it.
    if (g.importance !== 'PREFERRED' || g.assessable === false || g.skills.length < 2) {
      out.push(g);
      continue;
    }
    const kept = g.skills.filter((s) => {
      const months = requiredMonths.get(s);
      return months === undefined || (g.minMonths ?? 0) > months;
    });
    if (kept.length === g.skills.length) out.push(g);
    else if (kept.length > 0) out.push({ ...g, skills: kept, minMatches: Math.min(g.minMatches, kept.length) });
  }
  return out;
}

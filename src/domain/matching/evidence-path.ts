import type { MatchKind } from './match-result';
import type { MatchingTaxonomy } from './matching-taxonomy';

/** Plain code-unit order, so a path does not depend on the locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The chain of broader links from `top` down to `bottom` (a descendant of it), both included:
 * the shortest one, and among equally short ones the one whose names come first, read from the
 * top. Why: a recruiter reading "Databases, via Relational databases, via PostgreSQL" must see the
 * same chain on every run, whatever order the taxonomy lists its links in.
 */
export function downwardPath(taxonomy: MatchingTaxonomy, top: number, bottom: number): number[] {
  // Distances from `bottom` upward, kept to the skills under `top` (and top itself).
  const under = taxonomy.descendants(top);
  const distance = new Map<number, number>([[bottom, 0]]);
  let frontier = [bottom];
  while (frontier.length > 0 && !distance.has(top)) {
    const next: number[] = [];
    for (const node of frontier) {
      for (const parent of taxonomy.byId(node)?.broader ?? []) {
        if (distance.has(parent) || (parent !== top && !under.has(parent))) continue;
        distance.set(parent, distance.get(node)! + 1);
        next.push(parent);
      }
    }
    frontier = next;
  }
  if (!distance.has(top)) return [top, bottom];
  const path = [top];
  let current = top;
  while (current !== bottom) {
    const want = distance.get(current)! - 1;
    let pick: number | null = null;
    for (const [node, d] of distance) {
      if (d !== want || !(taxonomy.byId(node)?.broader ?? []).includes(current)) continue;
      if (pick === null) pick = node;
      else {
        const order = compareNames(taxonomy.byId(node)?.name ?? '', taxonomy.byId(pick)?.name ?? '') || node - pick;
        if (order < 0) pick = node;
      }
    }
    if (pick === null) return [top, bottom];
    path.push(pick);
    current = pick;
  }
  return path;
}

/**
 * The skill ids that explain a cover, from the accepted skill to the candidate's skill: [accepted]
 * for EXACT, down the broader links for NARROWER, up them for BROADER, [accepted, substitute] for
 * RELATED (a substitute is one step, with its own similarity).
 */
export function evidencePath(taxonomy: MatchingTaxonomy, kind: MatchKind, acceptedId: number, viaId: number): number[] {
  switch (kind) {
    case 'EXACT':
      return [acceptedId];
    case 'NARROWER':
      return downwardPath(taxonomy, acceptedId, viaId);
    case 'BROADER':
      return downwardPath(taxonomy, viaId, acceptedId).reverse();
    case 'RELATED':
      return [acceptedId, viaId];
  }
}

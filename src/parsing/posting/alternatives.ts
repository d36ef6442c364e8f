/** A stretch of a requirement line whose items are offered as alternatives. */
export interface AlternativeSpan {
  readonly start: number;
  readonly end: number;
}

/** The list ends in "and/or", or in "or" after a separator ("A; B; or C", "A, B, or C"). */
const LIST_END = /(?:[,;]\s*)?\band\s*\/\s*or\b|[,;]\s*or\b/giu;
/** "one or more of (the following):", "any of", "at least one of": what follows, to the clause end, is alternatives. */
const CHOICE_LEAD =
  /\b(?:one or more|any one|any|at least one|one)\s+of\b(?:\s+the\s+following\b)?(?:[^:;.]{0,40}:)?/giu;
/** A list item that opens with its own lead-in ("Experience with …", "2+ years of …") starts the list. */
const ITEM_LEAD =
  /^\s*(?:(?:a |an )?(?:basic|solid|strong|good|working|deep|some|prior|hands-on|practical|proven)\s+)*(?:knowledge|understanding|experience|familiarity|proficiency|expertise|exposure|background|skills?)\b|^\s*(?:\d+\+?|one|two|three|four|five)\s*(?:years?|months?)\b|^\s*(?:must|should|you|have|ability|able)\b/iu;

/**
 * Finds the lists of a line that a reader takes as alternatives, so that each becomes one
 * any-of group: a list that ends in "and/or" ("operating systems (…); Container technologies;
 * Internet Services; and/or Managed Services") or in a final "or" after a separator, and
 * whatever follows "one or more of" / "any of" up to the end of its clause. Items are split at
 * top-level "," and ";" (not inside parentheses); the list runs back from its last item over
 * the items before it, and stops at the item that carries its own lead-in ("Knowledge of …")
 * or at a ":" or sentence end, so "2+ years of Java, experience with Docker and/or Kubernetes"
 * offers only Docker or Kubernetes.
 */
export function alternativeSpans(line: string): AlternativeSpan[] {
  const marks = [
    ...[...line.matchAll(LIST_END)].map((m) => ({ at: m.index, end: m.index + m[0].length, list: true })),
    ...[...line.matchAll(CHOICE_LEAD)].map((m) => ({ at: m.index, end: m.index + m[0].length, list: false })),
  ].sort((a, b) => a.at - b.at);
  // Marks are taken in order and each walk stops where the previous span ends, so every character
  // is walked over a bounded number of times: linear in the line, however many marks it repeats.
  const spans: { start: number; end: number }[] = [];
  for (const mark of marks) {
    const last = spans[spans.length - 1];
    const stop = mark.list ? /[;.:]/u : /[;.]/u;
    if (last !== undefined && mark.at < last.end) {
      last.end = Math.max(last.end, clauseEnd(line, Math.max(last.end, mark.end), stop));
      continue;
    }
    const floor = last?.end ?? 0;
    const start = mark.list ? listStart(line, mark.at, floor) : mark.end;
    const end = clauseEnd(line, mark.end, stop);
    if (last !== undefined && start <= floor && mark.list) last.end = end;
    else spans.push({ start, end });
  }
  return spans;
}

/** Where the clause that starts at `from` ends: at a top-level stop character (a "." only before a space or the end). */
function clauseEnd(line: string, from: number, stop: RegExp): number {
  let depth = 0;
  for (let i = from; i < line.length; i++) {
    const ch = line[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && stop.test(ch) && (ch !== '.' || i + 1 === line.length || /\s/u.test(line[i + 1]))) return i;
  }
  return line.length;
}

/** Walks back from a list's last separator over its earlier items to where the list begins (not before `floor`). */
function listStart(line: string, listEnd: number, floor: number): number {
  // The item holding the end marker ("… Docker and/or") may itself open the list.
  let itemEnd = listEnd;
  let depth = 0;
  for (let i = listEnd - 1; i >= floor - 1; i--) {
    const ch = i < floor ? '' : line[i];
    if (ch === ')' || ch === ']') depth++;
    else if ((ch === '(' || ch === '[') && depth > 0) depth--;
    else if (depth > 0) continue;
    const boundary =
      i < floor || ch === ':' || (ch === '.' && /\s/u.test(line[i + 1] ?? ' ')) || ch === '!' || ch === '?';
    if (boundary) return i + 1;
    if (ch === ',' || ch === ';') {
      const item = line.slice(i + 1, itemEnd);
      if (ITEM_LEAD.test(item)) return i + 1;
      itemEnd = i;
    }
  }
  return floor;
}

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
  const spans: AlternativeSpan[] = [];
  for (const m of line.matchAll(LIST_END)) {
    const at = m.index;
    const end = clauseEnd(line, at + m[0].length, /[;.:]/u);
    spans.push({ start: listStart(line, at), end });
  }
  for (const m of line.matchAll(CHOICE_LEAD)) {
    const start = m.index + m[0].length;
    spans.push({ start, end: clauseEnd(line, start, /[;.]/u) });
  }
  return merge(spans);
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

/** Walks back from a list's last separator over its earlier items to where the list begins. */
function listStart(line: string, listEnd: number): number {
  // The item holding the end marker ("… Docker and/or") may itself open the list.
  let itemEnd = listEnd;
  let depth = 0;
  for (let i = listEnd - 1; i >= -1; i--) {
    const ch = i < 0 ? '' : line[i];
    if (ch === ')' || ch === ']') depth++;
    else if ((ch === '(' || ch === '[') && depth > 0) depth--;
    else if (depth > 0) continue;
    const boundary = i < 0 || ch === ':' || (ch === '.' && /\s/u.test(line[i + 1] ?? ' ')) || ch === '!' || ch === '?';
    if (boundary) return i + 1;
    if (ch === ',' || ch === ';') {
      const item = line.slice(i + 1, itemEnd);
      if (ITEM_LEAD.test(item)) return i + 1;
      itemEnd = i;
    }
  }
  return 0;
}

function merge(spans: readonly AlternativeSpan[]): AlternativeSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: AlternativeSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

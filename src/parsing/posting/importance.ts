import type { Importance } from '../../domain/vocabulary';
import { foldPunctuation } from './whitespace';

const PLUS =
  /\b(?:(?:is|are|would be|will be|as|be)\s+)?an?\s+(?:big |huge |strong |definite |nice |real |major )?(?:plus|bonus|advantage|asset)\b|\bnice[- ]to[- ]haves?\b|\bnice if\b|\bpreferred\b|\bpreferably\b|\bpreference\b|\bdesir(?:ed|able)\b|\bbonus\b|\bideally\b|\bhelpful\b|\badvantageous\b|\boptional\b|\bnot (?:required|mandatory|necessary)\b|\bpluses\b|\bwould be nice\b|\bgood to have\b|\bstand out\b|\bextra credit\b|\bis a plus\b|\b(?:priority|precedence) (?:(?:will|may|could) be|is) given\b/iu;
const MUST = /\b(?:required|must[- ]haves?|must|mandatory|essential|you need|is needed|are needed)\b/iu;

/** The importance a clause states for itself, or null when it states none. */
export function statedImportance(text: string): Importance | null {
  const t = foldPunctuation(text);
  if (PLUS.test(t)) return 'PREFERRED';
  if (MUST.test(t)) return 'REQUIRED';
  return null;
}

/** A clause of a line and its importance. */
export interface Clause {
  readonly text: string;
  readonly importance: Importance;
  /** The clause said so itself ("X is a plus"), rather than inheriting its section's importance. */
  readonly stated: boolean;
}

/**
 * Splits a line into clauses that differ in importance: "Strong Python; Go is a plus" gives a
 * required and a preferred clause, "Python (Go a plus)" too. A line that states one importance
 * throughout (or none) stays whole, so a list split by semicolons keeps its items together.
 */
export function splitByImportance(text: string, sectionImportance: Importance): Clause[] {
  const whole = statedImportance(text);
  if (whole === null) return [{ text, importance: sectionImportance, stated: false }];
  // "Interest in blockchain. (Not required, but definitely a bonus!)": a closing aside qualifies its whole line.
  const closing = /\(([^()]*)\)\s*[.!]?\s*$/u.exec(text);
  if (closing !== null && statedImportance(text.slice(0, closing.index)) === null) {
    const aside = statedImportance(closing[1]);
    if (aside !== null) return [{ text, importance: aside, stated: true }];
  }
  const parts: string[] = [];
  let main = text.replace(/\(([^()]*)\)/gu, (all, inner: string) => {
    // "(Required)" / "(Preferred)" / "(a plus)" alone qualifies the whole line (Indeed's "Python: 2 years (Required)").
    if (isMarkerOnly(inner)) return all;
    if (statedImportance(inner) !== null && statedImportance(text.replace(all, '')) !== statedImportance(inner)) {
      parts.push(inner);
      return ' ';
    }
    return all;
  });
  main = main.trim();
  const pieces = main.split(
    /;\s+|\.\s+(?=[A-Z])|\s+[—–-]\s+|,\s+(?=(?:ideally|preferably)\b)|,\s+(?:but|while|and)\s+(?=[a-z]*\s*(?:[A-Z]|experience|knowledge|familiarity))|\s+but\s+/u,
  );
  const clauses = [...pieces.flatMap(splitMixed), ...parts].map((p) => p.trim()).filter((p) => p !== '');
  const stated = clauses.map(statedImportance);
  if (clauses.length === 1 || stated.every((s) => s === stated[0])) {
    return [
      { text, importance: whole === 'REQUIRED' && sectionImportance === 'REQUIRED' ? 'REQUIRED' : whole, stated: true },
    ];
  }
  return clauses.map((c, i) => ({ text: c, importance: stated[i] ?? sectionImportance, stated: stated[i] !== null }));
}

/** "SQL is a must and database administration experience is an advantage": two clauses joined by "and". */
function splitMixed(piece: string): string[] {
  const t = foldPunctuation(piece);
  if (!PLUS.test(t) || !MUST.test(t)) return [piece];
  for (const m of piece.matchAll(/,?\s+(?:and|while|whereas)\s+/gu)) {
    const left = statedImportance(piece.slice(0, m.index));
    const right = statedImportance(piece.slice(m.index + m[0].length));
    if (left !== null && right !== null && left !== right)
      return [piece.slice(0, m.index), piece.slice(m.index + m[0].length)];
  }
  return [piece];
}

function isMarkerOnly(text: string): boolean {
  return /^\s*(?:required|preferred|must|must have|mandatory|optional|a plus|plus|nice to have|bonus|desired|desirable|ideally|preferably)\s*[.!]?\s*$/iu.test(
    text,
  );
}

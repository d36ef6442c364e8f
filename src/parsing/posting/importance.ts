import type { Importance } from '../../domain/vocabulary';
import { patternFor, testPattern } from './ascii-pattern';
import { foldPunctuation } from './whitespace';

const PLUS =
  /\b(?:(?:is|are|would be|will be|as|be)\s+)?an?\s+(?:big |huge |strong |definite |nice |real |major |further |additional |added |extra )?(?:plus|bonus|advantage|asset)\b|\b(?:are|would be|will be) (?:also |considered )?(?:assets|advantages|pluses)\b|\b(?:is|are|would be) (?:also )?(?:ideal|valued|appreciated|beneficial)\b|\bnice[- ]to[- ]haves?\b|\bnice if\b|\bpreferred\b|\bpreferably\b|\bpreference\b|(?<!\b(?:a|an|any|your|our|their)\s)\bdesir(?:ed|able)\b|\bbonus\b|\bideally\b|\bhelpful\b|\badvantageous\b|\boptional\b|\bnot (?:required|mandatory|necessary|essential)\b|\bpluses\b|\b(?:would|'d) be (?:nice|great|ideal|wonderful|awesome|lovely)\b|\bgood to have\b|\b(?:that's|that is|it's|it is) (?:ok|okay|fine|alright|not a problem)\b|\bstand out\b|\bextra credit\b|\b(?:provide|add|bring)s? (?:even more|additional|extra) value\b|\bis a plus\b|\b(?:(?:extra|additional|special) )?(?:priority|precedence|consideration) (?:(?:will|may|could) be|is) given\b|\b(?:would|'d) (?:also |really )?appreciate\b|\byou (?:might|may|could) also (?:have|bring|know)\b|\bapplications (?:are |is )?(?:(?:also|particularly|especially) )?welcomed? from\b|\b(?:welcome|encourage|invite) applications from\b/iu;
const MUST = /\b(?:required|must[- ]haves?|must|mandatory|essential|you need|is needed|are needed)\b/iu;

// "In addition to the mandatory experience criteria above, we prioritise ...": the must-word names other criteria.
const OTHER_CRITERIA =
  /\b(?:in addition to|beyond|on top of|besides|as well as) (?:the |these |those |our |your )?(?:[\w-]+ )?(?:required|mandatory|essential|minimum|basic|must[- ]have)\b[^,.;:]{0,60}/giu;

/** A clause without its mentions of other criteria ("in addition to the mandatory criteria above"), punctuation folded. */
export function withoutOtherCriteria(text: string): string {
  const folded = foldPunctuation(text);
  return folded.replace(patternFor(OTHER_CRITERIA, folded), ' ');
}

/** The importance a clause states for itself, or null when it states none. */
export function statedImportance(text: string): Importance | null {
  const t = withoutOtherCriteria(text);
  if (testPattern(PLUS, t)) return 'PREFERRED';
  if (testPattern(MUST, t)) return 'REQUIRED';
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
  // "(preferably AWS)" names what is preferred and is split off below; "(Not required, but a bonus!)" names nothing.
  if (closing !== null && statedImportance(text.slice(0, closing.index)) === null && !namesSomething(closing[1])) {
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
  // Split with the separators kept: pieces at even indexes, the separator before piece k at 2k - 1.
  const split = main.split(
    /(;\s+|(?<!\b(?:e\.g|i\.e|etc|incl|approx|vs))\.\s+(?=[A-Z])(?!(?:E\.g|I\.e)\.)|(?<=[^,\s]+\s+[^,\s]+\s+[^,\s]+),\s+(?=(?:(?!(?:and|or)\s)[^\s,;]+\s){1,3}(?:preferred|desired|an? (?:big |huge )?(?:plus|bonus|advantage|asset))[.!]?$)|,\s+(?=(?:(?:prior|some|hands-on|any) )?(?:experience|knowledge|familiarity|exposure|understanding)\b[^,;]{1,60}\s(?:is|are|would be)\s(?:preferred|desired|a plus|an? (?:big )?(?:plus|bonus|advantage|asset))[.!]?$)|\s+[—–-]\s+|(?:,|\s+and)\s+(?=(?:ideally|preferably)\b)|,\s+(?:but|while|and)\s+(?=[a-z]*\s*(?:[A-Z]|experience|knowledge|familiarity))|\s+but\s+)/u,
  );
  const kept = split
    .map((text, i) => ({ text: text.trim(), joinedByAnd: i > 1 && /^,\s+and\s/u.test(split[i - 1]) }))
    .filter((p, i) => i % 2 === 0 && p.text !== '')
    .flatMap((p) => splitMixed(p.text).map((text, k) => ({ text: text.trim(), joinedByAnd: k === 0 && p.joinedByAnd })))
    .filter((p) => p.text !== '');
  const pieces = kept.map((p) => p.text);
  const clauses = [...pieces, ...parts.map((p) => p.trim()).filter((p) => p !== '')];
  const stated = clauses.map(statedImportance);
  // "ECMAScript 6, CoffeeScript, TypeScript — any of these is a plus": a cue that only points back qualifies the clause
  // before it.
  for (let i = 1; i < pieces.length; i++)
    if (stated[i] !== null && stated[i - 1] === null && POINTS_BACK.test(pieces[i])) stated[i - 1] = stated[i];
  // "You could add even more value with experience in X, working across Windows, and Linux systems": a cue that
  // leads its clause governs the list it goes on with after ", and".
  for (let i = 1; i < pieces.length; i++)
    if (stated[i] === null && kept[i].joinedByAnd && leadingPlus(pieces[i - 1])) stated[i] = stated[i - 1];
  if (clauses.length === 1 || stated.every((s) => s === stated[0])) {
    return [
      { text, importance: whole === 'REQUIRED' && sectionImportance === 'REQUIRED' ? 'REQUIRED' : whole, stated: true },
    ];
  }
  return clauses.map((c, i) => ({ text: c, importance: stated[i] ?? sectionImportance, stated: stated[i] !== null }));
}

const POINTS_BACK =
  /^(?:(?:any|all|each|both|either|one|some|most) of (?:these|them|those|the above)|these|this|that|which|it|they|all of it)\b/iu;

/** Whether an aside names something besides its importance words: "preferably AWS" does, "not required, but a bonus!" does not. */
function namesSomething(aside: string): boolean {
  const rest = foldPunctuation(aside)
    .replace(new RegExp(PLUS.source, 'giu'), ' ')
    .replace(new RegExp(MUST.source, 'giu'), ' ')
    // "(It's a plus!)": a pronoun opening the aside names nothing.
    .replace(/\b(?:it|it's|this|that|that's|which|they|these)\b/giu, ' ');
  return /[A-Z0-9]/u.test(rest);
}

/** "SQL is a must and database administration experience is an advantage": two clauses joined by "and". */
function splitMixed(piece: string): string[] {
  const t = foldPunctuation(piece);
  if (!testPattern(PLUS, t) || !testPattern(MUST, t)) return [piece];
  for (const m of piece.matchAll(/,?\s+(?:and|while|whereas)\s+/gu)) {
    const left = statedImportance(piece.slice(0, m.index));
    const right = statedImportance(piece.slice(m.index + m[0].length));
    if (left !== null && right !== null && left !== right)
      return [piece.slice(0, m.index), piece.slice(m.index + m[0].length)];
  }
  return [piece];
}

/** Whether a clause opens with its preferred cue ("Ideally ...", "You could add even more value by ..."). */
function leadingPlus(text: string): boolean {
  const t = foldPunctuation(text);
  const cue = patternFor(PLUS, t).exec(t);
  return cue !== null && statedImportance(t) === 'PREFERRED' && cue.index + cue[0].length <= t.length * 0.4;
}

function isMarkerOnly(text: string): boolean {
  return /^\s*(?:required|preferred|must|must have|mandatory|optional|a plus|plus|nice to have|bonus|desired|desirable|ideally|preferably|not (?:required|essential|mandatory|necessary))\s*[.!]?\s*$/iu.test(
    text,
  );
}

import type { ImportWarning } from '../../domain/drafts';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import type { Importance } from '../../domain/vocabulary';
import { shorten, warning } from './warnings';

/**
 * A technical-looking term a requirement line names that the taxonomy does not know ("Zorblax
 * 3.0", "FrobDB"): it cannot be scored, but it stays in the parse result with the line it came
 * from, so a person reading the posting sees what the text asked for instead of it vanishing.
 */
export interface UnknownRequirement {
  /** The term as the text writes it. */
  readonly text: string;
  /** The importance of the line it was read from. */
  readonly importance: Importance;
  /** The requirement line it was read from. */
  readonly label: string;
  /** Known skills spelled like it ("did you mean"), closest first; at most MAX_TERM_SUGGESTIONS. */
  readonly suggestions: readonly string[];
}

/** A term as the requirement reader found it, before it is made distinct and given suggestions. */
export interface UnknownTermMention {
  readonly text: string;
  readonly importance: Importance;
  readonly label: string;
}

/** At most this many unknown requirements per posting (garbage text must not list thousands); a warning counts the rest. */
export const MAX_UNKNOWN_REQUIREMENTS = 25;
/** "Did you mean" is looked up for this many terms only: it compares against every spelling in the taxonomy. */
const MAX_SUGGESTED_TERMS = 8;
/** A requirement line is shown up to this length (a pasted paragraph can be one line). */
const MAX_LABEL = 500;
/** At most this many suggestions per term. */
export const MAX_TERM_SUGGESTIONS = 3;

/**
 * The distinct unknown terms of a posting (by lower-case text, first line wins, REQUIRED over
 * PREFERRED when a term is in both), each with a warning that names it. Past
 * MAX_UNKNOWN_REQUIREMENTS terms, one more warning counts the rest.
 */
export function unknownRequirements(
  taxonomy: Taxonomy,
  mentions: readonly UnknownTermMention[],
): { readonly unknown: UnknownRequirement[]; readonly warnings: ImportWarning[] } {
  const byKey = new Map<string, UnknownTermMention>();
  for (const m of mentions) {
    const key = m.text.toLowerCase();
    const seen = byKey.get(key);
    if (seen === undefined || (seen.importance === 'PREFERRED' && m.importance === 'REQUIRED')) byKey.set(key, m);
  }
  const distinct = [...byKey.values()];
  const unknown = distinct.slice(0, MAX_UNKNOWN_REQUIREMENTS).map((m, i): UnknownRequirement => {
    const suggestions =
      i < MAX_SUGGESTED_TERMS && m.text.length <= 40
        ? taxonomy.suggest(m.text, MAX_TERM_SUGGESTIONS).map((s) => s.name)
        : [];
    const label = shorten(m.label.replace(/\s*:\s*$/u, '').trim(), MAX_LABEL);
    return { text: m.text, importance: m.importance, label, suggestions };
  });
  const warnings = unknown.map((u) => {
    const hint = u.suggestions.length > 0 ? ` (did you mean ${u.suggestions.join(', ')}?)` : '';
    return warning(
      'UNKNOWN_TERM',
      `"${u.text}" looks technical but is not a known skill: kept as an unknown requirement, not scored${hint}`,
      u.text,
    );
  });
  if (distinct.length > MAX_UNKNOWN_REQUIREMENTS) {
    const rest = distinct.slice(MAX_UNKNOWN_REQUIREMENTS).map((m) => m.text);
    warnings.push(
      warning(
        'UNKNOWN_TERM',
        `${rest.length} more technical-looking terms are not known skills and were left out`,
        rest.slice(0, 10).join(', '),
      ),
    );
  }
  return { unknown, warnings };
}

import type { SelectionSetNode, ValidationContext } from 'graphql';

/** What the depth and alias limits measure of a selection set. */
export interface SelectionShape {
  /** Nested field levels (`{ a { b } }` is 2); introspection's `ofType` links do not count. */
  readonly depth: number;
  /** Aliased fields, a fragment counted each time it is spread. */
  readonly aliases: number;
}

/**
 * Measures a selection set with fragments expanded where they are spread. Each fragment is
 * measured once and reused, so a chain of fragments that spread the next one twice costs linear
 * time here, not exponential. Cycles are refused by the standard NoFragmentCycles rule; this
 * measure just stops at one.
 */
export function measureSelections(context: ValidationContext, selectionSet: SelectionSetNode): SelectionShape {
  const fragments = new Map<string, SelectionShape>();
  const active = new Set<string>();

  const measure = (set: SelectionSetNode): SelectionShape => {
    let depth = 0;
    let aliases = 0;
    for (const selection of set.selections) {
      let inner: SelectionShape;
      if (selection.kind === 'Field') {
        if (selection.alias) aliases++;
        const below = selection.selectionSet ? measure(selection.selectionSet) : { depth: 0, aliases: 0 };
        // A type reference's `ofType` chain (`[String!]!` is three links) ends where the schema's
        // wrapping ends, so it adds no rows; tools ask for seven links. Every other introspection
        // field is measured like data: `__schema` once skipped these limits altogether.
        const level = selection.name.value === 'ofType' ? 0 : 1;
        inner = { depth: below.depth + level, aliases: below.aliases };
      } else if (selection.kind === 'InlineFragment') {
        inner = measure(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const known = fragments.get(name);
        if (known) inner = known;
        else {
          const fragment = context.getFragment(name);
          if (!fragment || active.has(name)) continue;
          active.add(name);
          inner = measure(fragment.selectionSet);
          active.delete(name);
          fragments.set(name, inner);
        }
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
    }
    return { depth, aliases };
  };

  return measure(selectionSet);
}

/** The operation's name for messages: `operation "Name"` or `anonymous operation`. */
export function operationLabel(name: string | undefined): string {
  return name ? `operation "${name}"` : 'anonymous operation';
}

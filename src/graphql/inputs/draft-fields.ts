import { IsInt, Length, Max, MaxLength, Min, type ValidationOptions } from 'class-validator';
import type { NumberRange } from '../../domain/draft-limits';
import type { TextKind } from '../../domain/field-rules';
import { SafeText } from './safe-text';

/**
 * The draft rules of src/domain/draft-limits.ts and field-rules.ts as class-validator decorators,
 * so an input field states its limit by name (`@TextOf(POSTING_LIMITS.title)`) and the command line
 * and the importers, which check the same constants in the domain, refuse what the API refuses.
 */

/** Several property decorators as one, applied as if stacked in the order given (the last one first). */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => {
    for (let i = decorators.length - 1; i >= 0; i--) decorators[i](target, property);
  };
}

export interface TextOptions {
  /** Refuse the empty string (a name, a title); off for text that may be empty (a description). */
  readonly required?: boolean;
  readonly kind?: TextKind;
  /** The rules on each element of a list. */
  readonly each?: boolean;
}

/** Text of at most `max` characters (at least one when required) that passes the text rules. */
export function TextOf(
  max: number,
  { required = false, kind = 'line', each = false }: TextOptions = {},
): PropertyDecorator {
  const options: ValidationOptions = each ? { each } : {};
  return stacked(
    required ? Length(1, max, options) : MaxLength(max, options),
    SafeText(kind, each ? { each } : undefined),
  );
}

/** A number within the range (whole when the range takes only whole numbers). */
export function InRange(range: NumberRange): PropertyDecorator {
  return range.whole ? stacked(IsInt(), Min(range.min), Max(range.max)) : stacked(Min(range.min), Max(range.max));
}

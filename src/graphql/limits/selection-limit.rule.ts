import { GraphQLError, type ValidationRule } from 'graphql';
import { measureSelections, operationLabel, type SelectionShape } from './operation-shape';

/**
 * Refuses an operation whose selections measure more than `maximum` by `measure`, with an error
 * naming the limit (`limit` in its extensions) and what the operation asked for (`describe`). A
 * validation rule: a refused query never reaches a resolver.
 */
export function selectionLimitRule(
  limit: string,
  maximum: number,
  measure: (shape: SelectionShape) => number,
  describe: (operation: string, actual: number) => string,
): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const actual = measure(measureSelections(context, operation.selectionSet));
      if (actual > maximum) {
        context.reportError(
          new GraphQLError(`${describe(operationLabel(operation.name?.value), actual)}; the limit is ${maximum}.`, {
            nodes: [operation],
            extensions: { limit, maximum, actual },
          }),
        );
      }
      return false;
    },
  });
}

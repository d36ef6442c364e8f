import { GraphQLError, type ValidationRule } from 'graphql';
import { measureSelections, operationLabel } from './operation-shape';

/**
 * Refuses an operation with more than `maxAliases` aliased fields: aliases are how one request
 * asks for the same expensive field many times over. A validation rule: a refused query never
 * reaches a resolver.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const { aliases } = measureSelections(context, operation.selectionSet);
      if (aliases > maxAliases) {
        context.reportError(
          new GraphQLError(
            `The ${operationLabel(operation.name?.value)} uses ${aliases} aliases; the limit is ${maxAliases}.`,
            {
              nodes: [operation],
              extensions: { limit: 'ALIASES', maximum: maxAliases, actual: aliases },
            },
          ),
        );
      }
      return false;
    },
  });
}

import { GraphQLError, type ValidationRule } from 'graphql';
import { measureSelections, operationLabel } from './operation-shape';

/**
 * Refuses an operation nested deeper than `maxDepth` field levels (`{ a { b } }` is 2). A
 * validation rule: a refused query never reaches a resolver.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const { depth } = measureSelections(context, operation.selectionSet);
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(
            `The ${operationLabel(operation.name?.value)} is ${depth} levels deep; the limit is ${maxDepth}.`,
            {
              nodes: [operation],
              extensions: { limit: 'DEPTH', maximum: maxDepth, actual: depth },
            },
          ),
        );
      }
      return false;
    },
  });
}

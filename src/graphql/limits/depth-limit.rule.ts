import type { ValidationRule } from 'graphql';
import { selectionLimitRule } from './selection-limit.rule';

/**
 * Refuses an operation nested deeper than `maxDepth` field levels (`{ a { b } }` is 2). A
 * validation rule: a refused query never reaches a resolver.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return selectionLimitRule(
    'DEPTH',
    maxDepth,
    (shape) => shape.depth,
    (operation, depth) => `The ${operation} is ${depth} levels deep`,
  );
}

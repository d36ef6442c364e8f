import type { ValidationRule } from 'graphql';
import { selectionLimitRule } from './selection-limit.rule';

/**
 * Refuses an operation with more than `maxAliases` aliased fields: aliases are how one request
 * asks for the same expensive field many times over. A validation rule: a refused query never
 * reaches a resolver.
 */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return selectionLimitRule(
    'ALIASES',
    maxAliases,
    (shape) => shape.aliases,
    (operation, aliases) => `The ${operation} uses ${aliases} aliases`,
  );
}

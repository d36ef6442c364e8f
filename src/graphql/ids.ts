import { UserInputError } from '../services/errors';

/** GraphQL IDs arrive as strings; our rows have positive integer ids. */
export function parseId(value: string | number, field: string): number {
  const n = typeof value === 'number' ? value : /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UserInputError(`${field} must be a positive integer id, got "${value}"`, field);
  return n;
}

import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';

/** Commander parser for a whole number >= min. */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min)
      throw new InvalidArgumentError(`expected a whole number >= ${min}`);
    return n;
  };
}

/** Commander parser for a score bound, 0..100. */
export function scoreBound(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    throw new InvalidArgumentError('expected a score between 0 and 100');
  return n;
}

/** Commander parser for a 32-bit seed (any integer; taken modulo 2^32 by the generator). */
export function seedNumber(value: string): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new InvalidArgumentError('expected an integer seed');
  return n;
}

/** Commander parser for one of a closed set of words. */
export function oneOf<T extends string>(values: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(values as readonly string[]).includes(value))
      throw new InvalidArgumentError(`expected one of ${values.join(', ')}`);
    return value as T;
  };
}

/**
 * Commander parser for a worker thread count: 0 (the main thread) up to the cores this process
 * may use. More threads than cores only share them, and thousands would exhaust the machine.
 */
export function workerCount(value: string): number {
  const n = wholeNumber(0)(value);
  const cores = availableParallelism();
  if (n > cores)
    throw new InvalidArgumentError(`expected at most ${cores} (the cores available to this process), got ${n}`);
  return n;
}

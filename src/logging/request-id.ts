import { randomUUID } from 'node:crypto';

/** What an incoming x-request-id may look like to be reused: short, printable, no separators that break logs. */
const SANE = /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]{0,127}$/;

/**
 * The id that correlates one request's logs, errors and response: the caller's `x-request-id`
 * when it is a sane token (so a trace spans services), a new UUID otherwise.
 */
export function requestIdFrom(header: string | readonly string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === 'string' && SANE.test(value) ? value : randomUUID();
}

import { randomUUID } from 'node:crypto';

/** What a caller's x-request-id may look like to be logged: short, printable, no separators that break logs. */
const SANE = /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]{0,127}$/;

/**
 * The id that names one request in the service's logs, errors, response header and audit
 * records: always the service's own, so no caller can make two requests share an id or put its
 * own text into an audit record.
 */
export function newRequestId(): string {
  return randomUUID();
}

/**
 * The caller's `x-request-id` when it is a sane token (so a trace across services can still be
 * followed in the log, as `callerRequestId`), null otherwise: checked, never trusted as ours.
 */
export function callerRequestIdFrom(header: string | readonly string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === 'string' && SANE.test(value) ? value : null;
}

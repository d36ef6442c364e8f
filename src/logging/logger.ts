import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/config';
import { serializeError } from './error-serializer';

/**
 * The service's structured logger: one JSON object per line on stdout (or `destination`), ISO
 * timestamps, errors with their stack, credentials and SQL parameters never written. Stdout is written
 * asynchronously (lines logged while a write is in flight go out together in the next one), so a
 * request never waits on the log; pino flushes what is pending when the process exits.
 */
export function createLogger(
  options: { level: LogLevel },
  destination: DestinationStream = pino.destination({ dest: 1, sync: false }),
): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'skillmatch', pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError },
      redact: {
        paths: ['authorization', '*.authorization', 'headers.authorization', 'headers.cookie'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

import pino from 'pino';

/**
 * What a database error may say in a log line. A failed statement's error (TypeORM's
 * QueryFailedError) carries its bound `parameters`, and the driver's fields copied onto it:
 * PostgreSQL's `detail` ("Failing row contains (…)", "Key (email)=(…)") and `where` quote the
 * row. Those are personal data that erasure cannot reach once written to a log, so only these
 * fields are kept, and quoted text is cut from the message.
 */
const DATABASE_FIELDS = ['code', 'errno', 'severity', 'constraint', 'table', 'column', 'schema', 'routine'] as const;

/** Quoted literals in a driver message ('invalid input syntax for type integer: "abc"'). */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;

/**
 * pino's error serializer, except that database errors lose their values: the SQL text stays
 * (it is parameterized, so it holds none), parameters and driver details go.
 */
export function serializeError(err: unknown): unknown {
  if (isDatabaseError(err)) return safeDatabaseError(err);
  // pino folds a cause's message and stack into its wrapper's, values and all: take the chain apart.
  if (err instanceof Error && causeChain(err).some(isDatabaseError)) {
    return {
      type: err.constructor?.name ?? 'Error',
      message: err.message,
      stack: err.stack,
      cause: serializeError(err.cause),
    };
  }
  return pino.stdSerializers.err(err as Error);
}

interface DatabaseErrorLike extends Error {
  readonly [key: string]: unknown;
}

function isDatabaseError(err: unknown): err is DatabaseErrorLike {
  return err instanceof Error && ('parameters' in err || 'driverError' in err || ('query' in err && 'code' in err));
}

function safeDatabaseError(err: DatabaseErrorLike): Record<string, unknown> {
  const type = err.constructor?.name ?? 'Error';
  const message = err.message.replace(QUOTED, '"…"');
  const frames = typeof err.stack === 'string' ? err.stack.split('\n').filter((l) => /^\s+at /.test(l)) : [];
  const out: Record<string, unknown> = {
    type,
    message,
    stack: [`${type}: ${message}`, ...frames].join('\n'),
    query: typeof err.query === 'string' ? err.query : undefined,
  };
  const driver = (err.driverError ?? {}) as Record<string, unknown>;
  for (const f of DATABASE_FIELDS) {
    const v = err[f] ?? driver[f];
    if (typeof v === 'string' || typeof v === 'number') out[f] = v;
  }
  return out;
}

function causeChain(err: Error): unknown[] {
  const chain: unknown[] = [];
  let cause: unknown = err.cause;
  while (cause !== undefined && chain.length < 10 && !chain.includes(cause)) {
    chain.push(cause);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return chain;
}

/**
 * All configuration is read here, once, from environment variables. Nothing else in the
 * service reads process.env.
 */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export type DatabaseConfig =
  | { readonly type: 'sqlite'; readonly path: string }
  | {
      readonly type: 'postgres';
      readonly url: string;
      /** search_path; tests use a throwaway schema. */ readonly schema?: string;
    };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly logLevel: LogLevel;
  readonly database: DatabaseConfig;
  /** Load the taxonomy and the sample postings/candidates on first start. */
  readonly seedOnStart: boolean;
  /** Where the taxonomy and seed files live. */
  readonly dataDir: string;
  /**
   * Schema introspection and the Sandbox landing page. Off in production unless
   * SKILLMATCH_INTROSPECTION=true; absent means on outside production.
   */
  readonly introspection?: boolean;
  /**
   * SKILLMATCH_ADMIN_KEY: an ADMIN API key registered on start (only its hash is stored).
   * Absent: the first `npm start` creates an ADMIN key and prints it once.
   */
  readonly adminKey?: string | null;
  /**
   * Per-minute limits on GraphQL requests: anonymous callers per address, keyed callers per key.
   * Over one, `429` with `Retry-After`. Absent (tests) means off.
   */
  readonly rateLimits?: { readonly anonymous: RateLimit; readonly keyed: RateLimit };
}

/** What one caller may spend per minute; null where that limit is off. */
export interface RateLimit {
  /** Requests per minute. */
  readonly requests: number | null;
  /** Estimated query cost per minute (the cost limit's estimate, summed). */
  readonly cost: number | null;
}

export class ConfigError extends Error {}

/** Parses the environment into a Config, failing loudly on a value that makes no sense. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, defaults: { dataDir: string }): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  const port = Number(env.PORT ?? '4000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer 0..65535, got "${env.PORT}"`);
  }
  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info')) as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  const seed = env.SKILLMATCH_SEED ?? 'true';
  if (seed !== 'true' && seed !== 'false') {
    throw new ConfigError(`SKILLMATCH_SEED must be true or false, got "${seed}"`);
  }
  const introspection = env.SKILLMATCH_INTROSPECTION ?? (nodeEnv === 'production' ? 'false' : 'true');
  if (introspection !== 'true' && introspection !== 'false') {
    throw new ConfigError(`SKILLMATCH_INTROSPECTION must be true or false, got "${introspection}"`);
  }
  const adminKey = env.SKILLMATCH_ADMIN_KEY ?? null;
  if (adminKey !== null && !/^[\x21-\x7e]{32,512}$/.test(adminKey)) {
    throw new ConfigError(
      'SKILLMATCH_ADMIN_KEY must be 32 to 512 printable characters without spaces (e.g. `openssl rand -base64 32`)',
    );
  }
  const rate = (name: string, fallback: number): number | null => {
    const raw = env[name] ?? (nodeEnv === 'test' ? '0' : String(fallback));
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n))
      throw new ConfigError(`${name} must be a whole number per minute (0 turns it off), got "${raw}"`);
    return n === 0 ? null : n;
  };
  const rateLimits = {
    anonymous: {
      requests: rate('SKILLMATCH_RATE_LIMIT_ANONYMOUS', 120),
      cost: rate('SKILLMATCH_COST_BUDGET_ANONYMOUS', 200_000),
    },
    keyed: {
      requests: rate('SKILLMATCH_RATE_LIMIT_KEYED', 6000),
      cost: rate('SKILLMATCH_COST_BUDGET_KEYED', 10_000_000),
    },
  };
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    nodeEnv,
    logLevel,
    database: parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:var/skillmatch.sqlite'),
    seedOnStart: seed === 'true',
    dataDir: env.SKILLMATCH_DATA_DIR ?? defaults.dataDir,
    introspection: introspection === 'true',
    adminKey,
    rateLimits,
  };
}

/** `sqlite:PATH` (or `sqlite::memory:`) selects the embedded database, `postgres://...` PostgreSQL. */
export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return { type: 'postgres', url };
  }
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (path === '') throw new ConfigError('DATABASE_URL sqlite: needs a file path, e.g. sqlite:var/skillmatch.sqlite');
    return { type: 'sqlite', path };
  }
  throw new ConfigError(`DATABASE_URL must start with sqlite: or postgres://, got "${url}"`);
}

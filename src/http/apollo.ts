import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { App } from '../app';
import { credentialPlugin } from '../auth/credential.plugin';
import type { Context } from '../graphql/context';
import { createFormatError } from '../graphql/format-error';
import { aliasLimitRule } from '../graphql/limits/alias-limit.rule';
import { costLimitPlugin } from '../graphql/limits/cost-limit.plugin';
import { depthLimitRule } from '../graphql/limits/depth-limit.rule';
import { documentShapeRule } from '../graphql/limits/document-shape';
import { QUERY_LIMITS } from '../graphql/limits/limits';
import { NotFoundError, UserInputError } from '../services/errors';
import type { RequestLists } from '../services/list-maxima';
import { busyStatusPlugin } from './busy-status.plugin';
import type { RateLimits, RateVerdict } from './rate-limiter';
import { RequestObserver } from './request-observer';

/** graphql-js appends schema hints ("Did you mean "candidates"?") to validation and coercion errors. */
const SCHEMA_HINT = / ?Did you mean(.+?)\?$/;

/** Introspection and Sandbox: on in development, off in production unless configured on. */
export function introspectionOn(config: App['config']): boolean {
  return config.introspection ?? config.nodeEnv !== 'production';
}

export interface ApolloOptions {
  /** Receives unexpected errors (with their request id) and nothing else. */
  readonly logger?: Logger;
  /** Shared with the HTTP layer, which logs each request's operation name and error count. */
  readonly observer?: RequestObserver;
  /** The HTTP server's per-minute limits: each request's estimated cost is charged here. */
  readonly rateLimits?: RateLimits;
}

/**
 * Builds the Apollo server for an app; the HTTP server runs it, tests drive it directly with
 * `executeOperation`. Every query limit applies before any resolver runs. In production,
 * introspection and the Sandbox landing page are off unless SKILLMATCH_INTROSPECTION=true, errors
 * give no schema hints, and an unexpected error shows only INTERNAL_SERVER_ERROR and the request
 * id it was logged under.
 */
export function createApolloServer(app: App, options: ApolloOptions = {}): ApolloServer<Context> {
  const production = app.config.nodeEnv === 'production';
  const introspection = introspectionOn(app.config);
  const observer = options.observer ?? new RequestObserver();
  const logger = options.logger;

  // formatError is synchronous and sees no context: the id of the error being formatted is held
  // here for the duration of the call, for the log line formatError writes.
  let formatting: string | undefined;
  const format = createFormatError({
    hideInternals: production,
    log: (err) => logger?.error({ err, requestId: formatting }, 'unexpected error'),
  });
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    formatting = observer.requestIdOf(error);
    try {
      let out = format(formatted, error);
      if (out.extensions?.code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR && formatting) {
        out = { ...out, extensions: { ...out.extensions, requestId: formatting } };
      }
      if (production && !isServiceError(error) && SCHEMA_HINT.test(out.message)) {
        out = { ...out, message: out.message.replace(SCHEMA_HINT, '') };
      }
      return out;
    } finally {
      formatting = undefined;
    }
  };

  return new ApolloServer<Context>({
    schema: app.schema,
    introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: [
      documentShapeRule(QUERY_LIMITS),
      depthLimitRule(QUERY_LIMITS.maxDepth),
      aliasLimitRule(QUERY_LIMITS.maxAliases),
    ],
    formatError,
    plugins: [
      // Cache-control costs up to 2x on list responses and we set no cache hints.
      ApolloServerPluginCacheControlDisabled(),
      introspection
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
      credentialPlugin(),
      costLimitPlugin<Context>({
        maxCost: async (context) =>
          (await context.auth.principal()).kind === 'key' ? QUERY_LIMITS.maxCostKeyed : QUERY_LIMITS.maxCost,
        defaultListSize: QUERY_LIMITS.defaultListSize,
        charge: (context, cost) => {
          const caller = context.request.rateCaller;
          const verdict = caller && options.rateLimits ? options.rateLimits.takeCost(caller, cost) : null;
          if (verdict && !verdict.ok) throw rateLimitedError(verdict);
        },
        listSizes: Object.assign((lists: RequestLists) => app.services.listMaxima.forRequest(lists), {
          generation: () => app.services.listMaxima.generation(),
        }),
      }),
      observer.plugin(),
      busyStatusPlugin<Context>(),
    ],
  });
}

/**
 * What a caller over its allowance is told. Plain text, not a GraphQLError: the HTTP server
 * answers a flood with it before reading a body, and an error object (its stack captured and
 * formatted) per refusal was the largest single cost of a flood's refusals.
 */
export function rateLimitedMessage(verdict: Extract<RateVerdict, { ok: false }>): string {
  const what = verdict.limit === 'COST' ? 'query cost' : 'requests';
  return `Too many ${what} this minute; retry in ${verdict.retryAfterSeconds} s`;
}

/** A request over its caller's per-minute allowance: 429 with Retry-After. */
export function rateLimitedError(verdict: Extract<RateVerdict, { ok: false }>): GraphQLError {
  return new GraphQLError(rateLimitedMessage(verdict), {
    extensions: {
      code: 'RATE_LIMITED',
      limit: verdict.limit,
      retryAfter: verdict.retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(verdict.retryAfterSeconds)]]) },
    },
  });
}

/** Our own input errors carry their own suggestions ("did you mean Go?"): those stay. */
function isServiceError(error: unknown): boolean {
  const original = error instanceof GraphQLError ? error.originalError : error;
  return original instanceof UserInputError || original instanceof NotFoundError;
}

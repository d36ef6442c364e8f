// Kept over the same Apollo server behind @as-integrations/express5 1.1.2 with pino-http 11: on
// `{ postings(first: 1) { totalCount } }` (autocannon -c 10 -d 10, 16 interleaved rounds on the loaded
// 2-core machine, rate limits off) this served a median 749 req/s against 571 (ahead in 15 of 16), and
// 632 for express5 without any request log (ahead in 8 of 8). It also charges the rate limit before
// the body is read, gives anonymous requests event-loop turns, and its stop reports drained/abandoned
// (scripts/faults/sigterm-drain.ts checks both), which Apollo's drain plugin does not report.
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { GraphQLError, type GraphQLFormattedError, parse } from 'graphql';
import type { Logger } from 'pino';
import type { App } from '../app';
import { type Context, createContext } from '../graphql/context';
import { documentShapeError } from '../graphql/limits/document-shape';
import { QUERY_LIMITS } from '../graphql/limits/limits';
import { callerRequestIdFrom, newRequestId } from '../logging/request-id';
import { AnonymousTurns } from './anonymous-turns';
import { createApolloServer, introspectionOn, rateLimitedMessage } from './apollo';
import { RateLimits } from './rate-limiter';
import { HttpError, MAX_BODY_BYTES, MAX_KEYED_BODY_BYTES, parseJsonBody, readBody } from './read-body';
import { RequestObserver } from './request-observer';
import { createStaticApp } from './static-app';

export interface StopOptions {
  /** How long in-flight requests may take to finish before their connections are cut (default 8 s). */
  readonly graceMs?: number;
}

export interface StopReport {
  /** Every in-flight request finished within the grace period. */
  readonly drained: boolean;
  /** Requests still running when the grace period ended (their connections were cut). */
  readonly abandoned: number;
}

export interface RunningServer {
  readonly url: string;
  readonly apollo: ApolloServer<Context>;
  /** Requests being served right now. */
  readonly inFlight: number;
  /**
   * Graceful stop: refuse new connections, report not-ready, let in-flight requests finish (each
   * response closes its connection), cut whatever is left after the grace period, stop Apollo.
   */
  stop(options?: StopOptions): Promise<StopReport>;
}

export const DEFAULT_GRACE_MS = 8000;

/** Builds the Apollo server for an app; tests use it directly with `executeOperation`. */
export function createApollo(app: App, logger?: Logger): ApolloServer<Context> {
  return createApolloServer(app, { logger });
}

/**
 * A document over the shape limits (definitions, fields gathered per selection), or asking for
 * introspection where it is off, checked in one linear pass before Apollo validates it:
 * validation is where such a document would spend the time. A document that does not parse
 * (past the token limit included) is answered here too, as Apollo would answer it, so that it is
 * not parsed a second time.
 */
function documentRefusal(body: unknown, url: URL, introspection: boolean): GraphQLFormattedError | null {
  const query =
    body && typeof body === 'object' && !Array.isArray(body)
      ? (body as { query?: unknown }).query
      : url.searchParams.get('query');
  if (typeof query !== 'string') return null;
  let document;
  try {
    document = parse(query, { maxTokens: QUERY_LIMITS.maxTokens });
  } catch (err) {
    if (!(err instanceof GraphQLError)) return null;
    return { message: err.message, locations: err.locations, extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
  }
  return documentShapeError(document, QUERY_LIMITS, { introspection })?.toJSON() ?? null;
}

/**
 * Serves the web app at / (src/http/static-app.ts), /graphql (Apollo, with Sandbox where
 * introspection is on), /healthz and /readyz. Every response carries the service's own
 * `x-request-id` (a caller's sane one is logged as `callerRequestId`) and every request gets one
 * JSON log line: method, path, operation name, status, duration, GraphQL error count.
 */
export async function startHttpServer(app: App, logger: Logger): Promise<RunningServer> {
  const observer = new RequestObserver();
  const rateLimits = app.config.rateLimits ? new RateLimits(app.config.rateLimits) : undefined;
  const anonymousTurns = new AnonymousTurns();
  const introspection = introspectionOn(app.config);
  const apollo = createApolloServer(app, { logger, observer, rateLimits });
  await apollo.start();

  const web = createStaticApp();
  const active = new Set<ServerResponse>();
  let draining = false;
  let apolloStopped = false;

  const server: Server = createServer((req, res) => {
    const requestId = newRequestId();
    const callerRequestId = callerRequestIdFrom(req.headers['x-request-id']) ?? undefined;
    const started = process.hrtime.bigint();
    const path = (req.url ?? '/').split('?', 1)[0];
    let context: Context | undefined;
    active.add(res);
    res.setHeader('x-request-id', requestId);
    res.once('close', () => {
      active.delete(res);
      const outcome = context ? observer.outcomeOf(context.request) : undefined;
      const line = {
        requestId,
        callerRequestId,
        method: req.method,
        path,
        operationName: outcome?.operationName ?? undefined,
        operation: outcome?.operation ?? undefined,
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        graphqlErrors: outcome?.errors || undefined,
        aborted: res.writableFinished ? undefined : true,
      };
      // Probes every few seconds would drown the log: they go to debug.
      if (path === '/healthz' || path === '/readyz') logger.debug(line, 'request');
      else logger.info(line, 'request');
    });

    handle(req, res, requestId, (c) => (context = c)).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (status === 500) logger.error({ err, requestId }, 'request failed');
      const message = err instanceof HttpError ? err.message : 'Internal server error';
      if (res.headersSent) res.destroy();
      else
        send(res, status, {
          errors: [
            { message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', requestId } },
          ],
        });
    });
  });

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    onContext: (c: Context) => void,
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return send(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      if (draining) return send(res, 503, { status: 'shutting down' });
      const ready = await app.dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      );
      return send(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database unavailable' });
    }
    if (draining) res.setHeader('connection', 'close');
    if (await web(url.pathname, req.method ?? 'GET', res)) return;
    if (url.pathname !== '/graphql')
      return send(res, 404, { errors: [{ message: 'Not found: the web app is at /, the API at /graphql' }] });
    // A connection the kernel accepted just before the listener closed can outlive Apollo.
    if (apolloStopped)
      return send(res, 503, {
        errors: [{ message: 'The server is shutting down; retry', extensions: { code: 'SHUTTING_DOWN', requestId } }],
      });

    // Counted before the body is read: a flood is turned away at the cost of a map lookup (and,
    // for a key, its check: reused for a second, and one indexed lookup when it is not).
    const principal = rateLimits ? await app.services.keys.authenticate(req.headers.authorization) : undefined;
    const rateCaller = principal && rateLimits!.callerOf(principal, req.socket.remoteAddress);
    const verdict = rateCaller && rateLimits!.takeRequest(rateCaller);
    if (verdict && !verdict.ok) {
      res.setHeader('retry-after', String(verdict.retryAfterSeconds));
      return send(res, 429, {
        errors: [
          {
            message: rateLimitedMessage(verdict),
            extensions: {
              code: 'RATE_LIMITED',
              limit: verdict.limit,
              retryAfter: verdict.retryAfterSeconds,
              requestId,
            },
          },
        ],
      });
    }
    // The body limit depends on the caller: a valid key may send a résumé document (the key is
    // checked once a second at most per key, so this costs what the rate limit's check costs).
    const caller =
      principal ??
      (req.method === 'POST' ? await app.services.keys.authenticate(req.headers.authorization) : undefined);
    const text =
      req.method === 'POST'
        ? await readBody(req, caller?.kind === 'key' ? MAX_KEYED_BODY_BYTES : MAX_BODY_BYTES)
        : undefined;
    if (principal && principal.kind !== 'key') await anonymousTurns.take();
    const body = text === undefined ? undefined : parseJsonBody(text);
    const refused = documentRefusal(body, url, introspection);
    if (refused) return send(res, 400, { errors: [refused] });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const context = createContext(
      app.services,
      { authorization: req.headers.authorization, requestId, rateCaller },
      caller,
    );
    onContext(context);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => context,
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (draining) res.setHeader('connection', 'close');
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  /** While draining, every response closes its connection so keep-alive clients move on. */
  function closing(headers: Record<string, string>): Record<string, string> {
    return draining ? { ...headers, connection: 'close' } : headers;
  }

  function send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, closing({ 'content-type': 'application/json; charset=utf-8' })).end(JSON.stringify(body));
  }

  // Tracked by hand: server.close() reports "closed" as soon as no connection is open at the time
  // of the call, yet a connection the kernel had already accepted can still arrive after it.
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      if (draining && sockets.size === 0) allClosed?.();
    });
  });
  let allClosed: (() => void) | undefined;

  await new Promise<void>((resolve) => server.listen(app.config.port, app.config.host, resolve));
  const { port } = server.address() as AddressInfo;

  let stopping: Promise<StopReport> | undefined;
  const stop = (options: StopOptions = {}): Promise<StopReport> => {
    stopping ??= (async () => {
      draining = true;
      const closed = new Promise<void>((resolve) => {
        allClosed = resolve;
        if (sockets.size === 0) resolve();
      });
      const listenerClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<'grace over'>((resolve) => {
        timer = setTimeout(() => resolve('grace over'), options.graceMs ?? DEFAULT_GRACE_MS);
      });
      const outcome = await Promise.race([closed.then(() => 'drained' as const), graceOver]);
      clearTimeout(timer);
      const abandoned = outcome === 'drained' ? 0 : active.size;
      if (outcome !== 'drained') {
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }
      await listenerClosed;
      apolloStopped = true;
      await apollo.stop();
      return { drained: outcome === 'drained', abandoned };
    })();
    return stopping;
  };

  return {
    url: `http://localhost:${port}/graphql`,
    apollo,
    get inFlight() {
      return active.size;
    },
    stop,
  };
}

import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { App } from '../app';
import { type Context, createContext } from '../graphql/context';
import { createFormatError } from '../graphql/format-error';
import { HttpError, parseJsonBody, readBody } from './read-body';

export interface RunningServer {
  readonly url: string;
  readonly apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

/** Builds the Apollo server for an app; tests use it directly with `executeOperation`. */
export function createApollo(app: App, logger?: Logger): ApolloServer<Context> {
  const production = app.config.nodeEnv === 'production';
  return new ApolloServer<Context>({
    schema: app.schema,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !production,
    formatError: createFormatError({
      hideInternals: production,
      log: (err) => logger?.error({ err }, 'unexpected error'),
    }),
    plugins: [
      // Cache-control costs up to 2x on list responses and we set no cache hints.
      ApolloServerPluginCacheControlDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
}

/** Serves /graphql (Apollo, with Sandbox in development), /healthz and /readyz. */
export async function startHttpServer(app: App, logger: Logger): Promise<RunningServer> {
  const apollo = createApollo(app, logger);
  await apollo.start();

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (status === 500) logger.error({ err }, 'request failed');
      send(res, status, { errors: [{ message: err instanceof HttpError ? err.message : 'Internal server error' }] });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return send(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const ready = await app.dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      );
      return send(res, ready ? 200 : 503, { status: ready ? 'ready' : 'database unavailable' });
    }
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/graphql' }).end();
      return;
    }
    if (url.pathname !== '/graphql') return send(res, 404, { errors: [{ message: 'Not found: the API is at /graphql' }] });

    const body = req.method === 'POST' ? parseJsonBody(await readBody(req)) : undefined;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(app.services, { authorization: req.headers.authorization }),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  await new Promise<void>((resolve) => server.listen(app.config.port, app.config.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    apollo,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

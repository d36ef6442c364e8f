import DataLoader from 'dataloader';
import { type GraphQLSchema, buildSchema, graphql } from 'graphql';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/app';
import type { ExplainedMatch } from '../../src/domain/matching/match-result';
import { CLI_ACTOR } from '../../src/services/audit-event';

/**
 * The baseline for the HTTP figures: the same in-process ranking (the app's MatchingService on the
 * same database) behind nothing but graphql-js `graphql()` and node:http. No Apollo, no
 * type-graphql, no validation limits, no auth, no logging: what skillmatch's HTTP and GraphQL
 * layers cost is the difference.
 */
const SDL = `
  type Candidate { id: ID! name: String! }
  type MatchResult { candidateId: ID! postingId: ID! score: Float! qualified: Boolean! summary: String! candidate: Candidate }
  type MatchEdge { cursor: String! node: MatchResult! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type MatchConnection { totalCount: Int! edges: [MatchEdge!]! pageInfo: PageInfo! }
  type Query {
    rankCandidates(postingId: ID!, first: Int): MatchConnection!
    match(postingId: ID!, candidateId: ID!): MatchResult!
  }
`;

interface BareContext {
  readonly app: App;
  readonly candidateById: DataLoader<number, { id: number; name: string } | null>;
}

function bareSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  const matchResolvers = {
    candidateId: (m: ExplainedMatch) => m.candidateId,
    postingId: (m: ExplainedMatch) => m.postingId,
    score: (m: ExplainedMatch) => m.score,
    qualified: (m: ExplainedMatch) => m.qualified,
    summary: (m: ExplainedMatch) => m.summary,
    candidate: (m: ExplainedMatch, _: unknown, ctx: BareContext) => ctx.candidateById.load(Number(m.candidateId)),
  };
  const type = schema.getType('MatchResult') as import('graphql').GraphQLObjectType;
  for (const [name, resolve] of Object.entries(matchResolvers)) type.getFields()[name].resolve = resolve as never;
  return schema;
}

const root = {
  rankCandidates: async (args: { postingId: string; first?: number | null }, ctx: BareContext) => {
    const page = await ctx.app.services.matching.rankCandidates(CLI_ACTOR, Number(args.postingId), {
      first: args.first ?? null,
    });
    return {
      totalCount: page.totalCount,
      edges: page.nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors[page.cursors.length - 1] ?? null },
    };
  },
  match: (args: { postingId: string; candidateId: string }, ctx: BareContext) =>
    ctx.app.services.matching.match(CLI_ACTOR, Number(args.postingId), Number(args.candidateId)),
};

/** Starts the bare graphql-js server for `app` on `port` (0: any free port). */
export async function startBareServer(
  app: App,
  port: number,
  host = '127.0.0.1',
): Promise<{ url: string; server: Server }> {
  const schema = bareSchema();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: { query?: string; variables?: Record<string, unknown>; operationName?: string };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"errors":[{"message":"bad JSON"}]}');
        return;
      }
      const contextValue: BareContext = {
        app,
        candidateById: new DataLoader((ids: readonly number[]) => app.services.candidates.getMany(ids), {
          maxBatchSize: 500,
        }),
      };
      graphql({
        schema,
        source: body.query ?? '',
        rootValue: root,
        contextValue,
        variableValues: body.variables,
        operationName: body.operationName,
      }).then(
        (result) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
        (err: unknown) =>
          res
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ errors: [{ message: String(err) }] })),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}/graphql`, server };
}

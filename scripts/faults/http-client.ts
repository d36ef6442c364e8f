import { Agent, request } from 'node:http';

export interface GraphQLReply {
  /** HTTP status, or 0 when the request failed at the socket level. */
  readonly status: number;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } | null;
  /** The raw body text (for leak checks). */
  readonly text: string;
  readonly ms: number;
  /** A socket-level failure (ECONNRESET, ECONNREFUSED, ...). */
  readonly error?: string;
}

/** A keep-alive agent with at most `connections` sockets to the server. */
export function keepAliveAgent(connections: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
}

/** POSTs one GraphQL operation; never rejects (a failure is a reply with status 0 and `error`). */
export function postGraphQL(
  agent: Agent,
  url: string,
  operation: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<GraphQLReply> {
  const payload = JSON.stringify(operation);
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => resolve({ status: 0, body: null, text: '', ms: elapsed(), error: err.message }));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: GraphQLReply['body'];
          try {
            body = JSON.parse(text) as GraphQLReply['body'];
          } catch {
            body = null;
          }
          resolve({ status: res.statusCode ?? 0, body, text, ms: elapsed() });
        });
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) =>
      resolve({ status: 0, body: null, text: '', ms: elapsed(), error: err.code ?? err.message }),
    );
    req.end(payload);
  });
}

/** A reply with HTTP 200, data, and no GraphQL error. */
export function succeeded(reply: GraphQLReply): boolean {
  return reply.status === 200 && !!reply.body?.data && !reply.body.errors?.length;
}

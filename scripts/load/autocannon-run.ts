import autocannon from 'autocannon';

/** One kind of request in an autocannon mix, with the check its answers must pass. */
export interface LoadRequest {
  readonly name: string;
  /** The JSON body of the next request of this kind. */
  readonly body: () => string;
  /** Whether an answer is right (status and body: a GraphQL error counts as an error). */
  readonly check: (status: number, body: string) => boolean;
  /** Relative share of the mix. */
  readonly weight: number;
}

export interface LoadFigures {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Non-2xx, socket errors, timeouts and answers that failed their check. */
  readonly errors: number;
  readonly byKind: Record<string, { requests: number; errors: number }>;
  readonly firstError?: string;
}

/**
 * Drives `url` with autocannon at full speed for `seconds` over `connections` keep-alive
 * connections, cycling through the mix; every answer's body is checked, not only its status.
 */
export async function runAutocannon(
  url: string,
  mix: readonly LoadRequest[],
  options: { seconds: number; connections: number; headers?: Record<string, string> },
): Promise<LoadFigures> {
  const sequence = mix.flatMap((r) => Array.from({ length: r.weight }, () => r));
  const byKind: Record<string, { requests: number; errors: number }> = Object.fromEntries(
    mix.map((r) => [r.name, { requests: 0, errors: 0 }]),
  );
  let firstError: string | undefined;
  let bad = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    requests: sequence.map((r) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      setupRequest: (req: autocannon.Request) => ({ ...req, body: r.body() }),
      onResponse: (status: number, body: string) => {
        const kind = byKind[r.name];
        kind.requests++;
        if (!r.check(status, body)) {
          kind.errors++;
          bad++;
          firstError ??= `${r.name}: ${status} ${body.slice(0, 300)}`;
        }
      },
    })),
  });
  const socketErrors = result.errors + result.timeouts + result.non2xx;
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.total / options.seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: Math.max(bad, result.non2xx) + result.errors + result.timeouts,
    byKind,
    firstError:
      firstError ??
      (socketErrors > 0
        ? `${result.errors} socket errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`
        : undefined),
  };
}

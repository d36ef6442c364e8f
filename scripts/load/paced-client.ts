import { Agent, request } from 'node:http';

export interface PacedFigures {
  readonly rate: number;
  readonly requests: number;
  readonly errors: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** How far behind its schedule the sender ever was (its own pacing error). */
  readonly maxSendLagMs: number;
  readonly firstError?: string;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * An evenly paced load: request i is due at start + i / rate, sent on a pool of keep-alive
 * connections, and its latency counts from when it was due, not from when it went out, so a
 * stalled server cannot hide its stall by slowing the sender (coordinated omission). The first
 * `warmupSeconds` at the same pace are not counted.
 */
export async function runPaced(
  url: string,
  body: () => string,
  check: (status: number, body: string) => boolean,
  options: {
    rate: number;
    seconds: number;
    warmupSeconds?: number;
    connections?: number;
    headers?: Record<string, string>;
  },
): Promise<PacedFigures> {
  const agent = new Agent({
    keepAlive: true,
    maxSockets: options.connections ?? 64,
    maxFreeSockets: options.connections ?? 64,
  });
  const interval = 1000 / options.rate;
  const warmup = Math.round((options.warmupSeconds ?? 1) * options.rate);
  const total = warmup + Math.round(options.seconds * options.rate);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let maxSendLag = 0;
  const target = new URL(url);
  const headers = { 'content-type': 'application/json', ...options.headers };

  const fire = (i: number, dueAt: number): Promise<void> =>
    new Promise((resolve) => {
      const payload = body();
      const finish = (ok: boolean, detail?: string) => {
        if (i >= warmup) {
          latencies.push(performance.now() - dueAt);
          if (!ok) {
            errors++;
            firstError ??= detail;
          }
        }
        resolve();
      };
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { ...headers, 'content-length': Buffer.byteLength(payload) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const ok = check(res.statusCode ?? 0, text);
            finish(ok, ok ? undefined : `${res.statusCode} ${text.slice(0, 300)}`);
          });
        },
      );
      req.on('error', (err) => finish(false, err.message));
      req.end(payload);
    });

  const inflight: Promise<void>[] = [];
  const start = performance.now();
  let next = 0;
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) {
        const dueAt = start + next * interval;
        maxSendLag = Math.max(maxSendLag, now - dueAt);
        inflight.push(fire(next, dueAt));
        next++;
      }
      if (next >= total) return done();
      // Sleep until the next request is due; setTimeout wakes up to ~1 ms late, which the loop absorbs.
      setTimeout(tick, Math.max(0, start + next * interval - performance.now() - 0.5));
    };
    tick();
  });
  await Promise.all(inflight);
  agent.destroy();
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    rate: options.rate,
    requests: latencies.length,
    errors,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1] ?? NaN),
    maxSendLagMs: round(maxSendLag),
    firstError,
  };
}

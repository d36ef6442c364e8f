import { type Server, type Socket, connect, createServer } from 'node:net';
import { Client } from 'pg';
import { createApp } from '../../src/app';
import { FEED_APPLICATION_NAME } from '../../src/services/change-feed/pg-change-feed';
import { PG_URL, testDatabases } from '../support/databases';
import { testConfig } from '../support/test-app';

const pg = testDatabases().find((d) => d.kind === 'postgres');

/**
 * A TCP proxy in front of PostgreSQL that can hold new connections (accepted, not yet forwarded),
 * so a test can catch the change feed's reconnect while its connection is being opened.
 */
class HoldingProxy {
  hold = false;
  readonly held: Socket[] = [];
  /** The proxy's own local ports towards PostgreSQL: how pg_stat_activity shows what came through it. */
  readonly upstreamPorts = new Set<number>();
  readonly open = new Set<Socket>();
  private readonly server: Server;
  private readonly target = new URL(PG_URL);

  constructor() {
    this.server = createServer((socket) => {
      this.track(socket);
      if (this.hold) this.held.push(socket);
      else this.forward(socket);
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as { port: number };
    const url = new URL(PG_URL);
    url.host = `127.0.0.1:${port}`;
    return url.toString();
  }

  /** Forwards what was held; a connection its client already closed is not forwarded. */
  release(): void {
    this.hold = false;
    for (const socket of this.held.splice(0)) if (!socket.destroyed) this.forward(socket);
  }

  async close(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private forward(client: Socket): void {
    const upstream = connect(Number(this.target.port || 5432), this.target.hostname);
    this.track(upstream);
    upstream.on('connect', () => this.upstreamPorts.add(upstream.localPort!));
    client.pipe(upstream).pipe(client);
    const end = () => (client.destroy(), upstream.destroy());
    client.on('close', end);
    upstream.on('close', end);
  }

  private track(socket: Socket): void {
    this.open.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.open.delete(socket));
  }
}

async function until(ms: number, probe: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const started = Date.now();
  while (!(await probe())) {
    if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

(pg ? describe : describe.skip)('stopping the change feed while it reconnects', () => {
  it('ends the connection being opened: nothing opens after close, nothing keeps the process alive', async () => {
    const db = await pg!.create();
    const proxy = new HoldingProxy();
    const admin = new Client({ connectionString: PG_URL });
    await admin.connect();
    const log: string[] = [];
    const note = (_obj: object, msg: string) => void log.push(msg);
    try {
      const url = await proxy.listen();
      const app = await createApp(testConfig({ ...db.config, url } as typeof db.config, { seedOnStart: false }), {
        logger: { info: note, warn: note, error: note },
      });
      // This app's feed connection, and only it (other test processes may run feeds on this server).
      const feed = await admin.query(
        'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND client_port = ANY($2::int[])',
        [FEED_APPLICATION_NAME, [...proxy.upstreamPorts]],
      );
      expect(feed.rowCount).toBe(1);
      proxy.hold = true;
      await admin.query('SELECT pg_terminate_backend($1)', [feed.rows[0].pid]);
      await until(5000, () => log.includes('change feed: connection lost; reconnecting'), 'connection lost');
      // The reconnect has begun: its connection is accepted but held, so it is not listening yet.
      await until(5000, () => proxy.held.length > 0, 'reconnect attempt');
      await app.close();
      proxy.release();
      await until(2000, () => proxy.open.size === 0, 'every connection through the proxy closed');
      expect(log).not.toContain('change feed: reconnected; rebuilding the ranking index');
      const left = await admin.query(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND client_port = ANY($2::int[])',
        [FEED_APPLICATION_NAME, [...proxy.upstreamPorts]],
      );
      expect(left.rows[0].n).toBe(0);
    } finally {
      proxy.release();
      await proxy.close();
      await admin.end();
      await db.drop();
    }
  });
});

import { connect } from 'node:net';
import { keepAliveAgent, postGraphQL, succeeded, type GraphQLReply } from './http-client';
import type { SqliteFixture } from './fixtures';
import { Checks, type ScenarioResult } from './scenario';
import { startServiceProcess } from './service-process';

const EXIT_WITHIN_MS = 10_000;
const CREATE = `mutation Create($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`;
const RANK = `query Rank($w: WeightsInput) { rankCandidates(postingId: "1", first: 20, weights: $w) { totalCount edges { node { score } } } }`;

/**
 * SIGTERM while `inFlight` requests (writes queued on the write lock, uncached rankings) are being
 * served, each on its own established connection. Holds when every one of them succeeds, new
 * connections are refused at once, and the process exits 0 within 10 s.
 */
export async function sigtermDrains(db: SqliteFixture, inFlight = 100): Promise<ScenarioResult> {
  const checks = new Checks();
  const service = await startServiceProcess(db.env);
  const agent = keepAliveAgent(inFlight);
  const auth = { authorization: `Bearer ${db.adminKey}` };
  try {
    // One established connection per request: what the server has accepted is what must finish.
    await Promise.all(
      Array.from({ length: inFlight }, () => postGraphQL(agent, service.url, { query: '{ __typename }' }, auth)),
    );
    let answered = 0;
    const pending: Promise<GraphQLReply>[] = Array.from({ length: inFlight }, (_, i) => {
      const op =
        i % 3 === 2
          ? {
              query: RANK,
              variables: { w: { requiredWeight: 0.5 + (i % 40) / 100, preferredWeight: 0.3, educationWeight: 0.2 } },
            }
          : {
              query: CREATE,
              variables: {
                input: {
                  name: `Drain ${i}`,
                  skills: [
                    { name: 'Go', months: 12 },
                    { name: 'SQL', months: i },
                  ],
                },
              },
            };
      return postGraphQL(agent, service.url, op, auth).then((r) => {
        answered++;
        return r;
      });
    });
    while (answered === 0) await new Promise((r) => setTimeout(r, 1));
    const stillRunning = inFlight - answered;
    const signalledAt = Date.now();
    service.child.kill('SIGTERM');

    // Once the service has taken the signal, nobody new gets in.
    while (!service.logs.some((l) => String(l.msg).startsWith('shutting down')) && service.child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 5));
    }
    const late = await postGraphQL(keepAliveAgent(1), service.url, { query: '{ __typename }' }, auth);
    const replies = await Promise.all(pending);
    const exit = await service.exited;
    const failed = replies.filter((r) => !succeeded(r));

    checks.add(
      'SIGTERM came while requests were in flight',
      stillRunning > 0,
      `${stillRunning} of ${inFlight} still running at SIGTERM`,
    );
    checks.add(
      'every in-flight request succeeded',
      failed.length === 0,
      `${inFlight - failed.length}/${inFlight} ok${failed.length ? `; first failure: ${failed[0].error ?? failed[0].text.slice(0, 200)}` : ''}`,
    );
    checks.add(
      'a new connection after SIGTERM is refused',
      late.status === 0,
      late.error ?? `answered ${late.status}: ${late.text.slice(0, 300)}`,
    );
    const took = exit.at - signalledAt;
    checks.add(
      'the process exits 0 within 10 s',
      exit.code === 0 && took <= EXIT_WITHIN_MS,
      `exit ${exit.code ?? exit.signal} after ${took} ms`,
    );
    const stopped = service.logs.find((l) => l.msg === 'stopped');
    checks.add('it logs that it drained', stopped?.drained === true, JSON.stringify(stopped ?? null));
  } finally {
    agent.destroy();
    await service.dispose();
  }
  return checks.result('SIGTERM drain');
}

/**
 * SIGTERM while a client holds a request half-sent (headers never finished). Holds when the
 * process still exits within 10 s: the grace period ends and the connection is cut.
 */
export async function sigtermDeadline(db: SqliteFixture): Promise<ScenarioResult> {
  const checks = new Checks();
  const service = await startServiceProcess(db.env);
  const { hostname, port } = new URL(service.url);
  const socket = connect(Number(port), hostname);
  try {
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    socket.on('error', () => undefined);
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
    );
    await new Promise((r) => setTimeout(r, 200));
    const signalledAt = Date.now();
    service.child.kill('SIGTERM');
    const exit = await service.exited;
    const took = exit.at - signalledAt;
    checks.add(
      'with a request stuck half-sent, the process still exits within 10 s',
      took <= EXIT_WITHIN_MS && exit.code === 0,
      `exit ${exit.code ?? exit.signal} after ${took} ms`,
    );
    const stopped = service.logs.find((l) => l.msg === 'stopped');
    checks.add(
      'it logs the request it had to abandon',
      stopped?.drained === false && stopped?.abandoned === 1,
      JSON.stringify(stopped ?? null),
    );
  } finally {
    socket.destroy();
    await service.dispose();
  }
  return checks.result('SIGTERM deadline');
}

import 'reflect-metadata';
import sqlite3 from 'sqlite3';
import { keepAliveAgent, postGraphQL, succeeded } from './http-client';
import type { SqliteFixture } from './fixtures';
import { Checks, type ScenarioResult } from './scenario';
import { startServiceProcess } from './service-process';

const SCORING = [
  (i: number) => ({ query: `{ match(postingId: ${1 + (i % 2)}, candidateId: ${1 + (i % 20)}) { score } }` }),
  (i: number) => ({ query: `{ rankCandidates(postingId: ${1 + (i % 2)}, first: ${5 + (i % 7)}) { totalCount } }` }),
  (i: number) => ({
    query: `{ scoreCandidates(postingId: 1, candidateIds: [${1 + (i % 20)}, ${2 + (i % 20)}]) { score } }`,
  }),
];

/**
 * SIGKILL while scoring requests pour in: every scoring answer the clients received must have its
 * audit record in the database afterwards (a record may exist for an answer the kill cut off on
 * its way out, never the other way round).
 */
export async function killUnderScoringLoad(
  db: SqliteFixture,
  connections: number,
  killAfterAcks: number,
): Promise<ScenarioResult> {
  const checks = new Checks();
  const service = await startServiceProcess(db.env);
  const agent = keepAliveAgent(connections);
  const auth = { authorization: `Bearer ${db.adminKey}` };
  let acked = 0;
  let sent = 0;
  let killed = false;
  try {
    const before = await auditRecords(db.path);
    const client = async (c: number): Promise<void> => {
      for (let i = c; !killed; i += connections) {
        sent++;
        const reply = await postGraphQL(agent, service.url, SCORING[i % SCORING.length](i), auth);
        if (succeeded(reply)) acked++;
        if (acked >= killAfterAcks && !killed) {
          killed = true;
          service.child.kill('SIGKILL');
        }
        if (reply.status === 0) return;
      }
    };
    await Promise.all(Array.from({ length: connections }, (_, c) => client(c)));
    const exit = await service.exited;
    checks.add(
      'the service was killed with SIGKILL under load',
      exit.signal === 'SIGKILL',
      `${exit.signal ?? exit.code}; ${sent} requests sent, ${acked} answered`,
    );
    const stored = (await auditRecords(db.path)) - before;
    checks.add(
      'every acknowledged scoring answer has its audit record',
      stored >= acked,
      `acked ${acked}, stored ${stored}`,
    );
    // At most the requests in flight when the kill came were committed without being answered.
    checks.add(
      'no more records than answers plus requests in flight',
      stored <= acked + connections,
      `stored ${stored} <= ${acked} + ${connections}`,
    );
  } finally {
    agent.destroy();
    await service.dispose();
  }
  return checks.result('kill under scoring load');
}

/** Audit records in the file, read with a connection of our own after the service is gone. */
function auditRecords(path: string): Promise<number> {
  const conn = new sqlite3.Database(path);
  return new Promise<number>((resolve, reject) =>
    conn.get('SELECT COUNT(*) AS n FROM audit_record', (err, row: { n: number }) => {
      conn.close();
      if (err) reject(err);
      else resolve(row.n);
    }),
  );
}

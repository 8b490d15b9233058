import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { passwordToken, postGql, startApiProcess, stopAllApiProcesses, type ApiProcess } from '../support/api-process';
import { createCluster, dropCluster, startCluster, stopCluster, type PgCluster, type StopMode } from '../support/pg-cluster';

// The API against a PostgreSQL of its own (a throwaway cluster on 5443), which the test stops and starts.
const CLUSTER = { name: 'pnyx_restart', port: 5443 };
const SPACES = '{ spaces { key } }';
/** Guards, not claims about speed: each request must answer (not hang) while the database is down. */
const ANSWER_TIMEOUT_MS = 30_000;
const RECOVERY_DEADLINE_MS = 90_000;

async function health(api: ApiProcess): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
  return { status: response.status, body: await response.json() };
}

describe('the API while its PostgreSQL restarts', () => {
  let cluster: PgCluster;
  let api: ApiProcess;
  let token: string;

  beforeAll(async () => {
    cluster = await createCluster(CLUSTER);
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE pnyx');
    await admin.end();
    api = await startApiProcess({ DATABASE_URL: cluster.urlFor('pnyx'), LOG_LEVEL: 'warn' });
    token = await passwordToken(api.issuer, 'alice');
  });
  afterEach(async () => {
    // A failed test must not leave the next one without its database ("already running" is fine).
    await startCluster(CLUSTER.name).catch(() => undefined);
  });
  afterAll(async () => {
    await stopAllApiProcesses();
    await dropCluster(CLUSTER.name);
  });

  it.each<StopMode>(['fast', 'immediate'])('reports a database stopped (-m %s) as down, answers GraphQL with SERVICE_UNAVAILABLE, and recovers by itself', async (mode) => {
    const before = await postGql<{ spaces: { key: string }[] }>(api.url, token, SPACES);
    expect(before.body.errors).toBeUndefined();

    await stopCluster(CLUSTER.name, mode);

    // /health says so (a pooled connection that died with the server may fail the first probe differently: poll).
    await expect.poll(() => health(api), { timeout: ANSWER_TIMEOUT_MS, interval: 100 }).toEqual({ status: 503, body: { status: 'error', database: 'down' } });

    // A read and a write, each answered (not hung) while the database is still down, with the retryable code.
    const statuses: number[] = [];
    for (const query of [SPACES, 'mutation { createSpace(input: { key: "DOWN", name: "Written while down", visibility: PUBLIC }) { key } }']) {
      const answer = await postGql(api.url, token, query, {}, { timeoutMs: ANSWER_TIMEOUT_MS });
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      // 503 when the request fails before its resolvers (authentication), 200 with the field's error after.
      expect([200, 503]).toContain(answer.status);
      statuses.push(answer.status);
      expect(answer.body.errors?.[0]?.message).toBe('The service is briefly unavailable; try again');
      expect(JSON.stringify(answer.body)).not.toMatch(/ECONNREFUSED|5443|terminat|stack/i);
    }
    expect((await health(api)).status).toBe(503);
    expect(api.child.exitCode).toBeNull();

    process.stdout.write(`[postgres-restart] stop -m ${mode}: /health 503 database down; read and write answered SERVICE_UNAVAILABLE (HTTP ${statuses.join(', ')})\n`);

    const startIssued = Date.now();
    await startCluster(CLUSTER.name);
    const started = Date.now();
    let good = false;
    while (!good && Date.now() - started < RECOVERY_DEADLINE_MS) {
      const [h, q] = await Promise.all([health(api), postGql<{ spaces: { key: string }[] }>(api.url, token, SPACES, {}, { timeoutMs: ANSWER_TIMEOUT_MS })]);
      good = h.status === 200 && q.status === 200 && q.body.errors === undefined && Array.isArray(q.body.data?.spaces);
      if (!good) await new Promise((r) => setTimeout(r, 50));
    }
    const recoveryMs = Date.now() - started;
    process.stdout.write(
      `[postgres-restart] stop -m ${mode}: first good /health + GraphQL answer ${recoveryMs} ms after the database accepted connections (${recoveryMs + started - startIssued} ms after pg_ctlcluster start was issued)\n`,
    );
    expect(good).toBe(true);

    // Writes work again too, and nothing from the outage was written.
    const key = `UP${mode.slice(0, 3).toUpperCase()}`;
    const created = await postGql(api.url, token, `mutation { createSpace(input: { key: "${key}", name: "After the restart", visibility: PUBLIC }) { key } }`);
    expect(created.body).toEqual({ data: { createSpace: { key } } });
    const after = await postGql<{ spaces: { key: string }[] }>(api.url, token, SPACES);
    expect(after.body.data?.spaces.map((s) => s.key)).not.toContain('DOWN');
    expect(api.child.exitCode).toBeNull();
  });
});

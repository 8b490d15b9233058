import { connect as tcpConnect } from 'node:net';
import { createFreshDatabase, type FreshDatabase } from '@pnyx/api/core/testing';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { passwordToken, postGql, startApiProcess, stopAllApiProcesses, type ApiProcess } from '../support/api-process';

/** Guards against a hung step, not claims about speed. */
const WAIT = { timeout: 20_000, interval: 25 };

/** Whether a new TCP connection to the port is accepted (true) or refused (false); any other error rejects. */
function accepts(port: number): Promise<boolean> {
  return new Promise((done, fail) => {
    const socket = tcpConnect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNREFUSED' ? done(false) : fail(error)));
  });
}

/** The API's request connections (not its job workers') waiting for a lock on `space`: the requests the test holds. */
async function waitingOnSpace(admin: pg.Client): Promise<number> {
  const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity s ON s.pid = l.pid
      WHERE NOT l.granted AND l.relation = 'space'::regclass AND s.datname = current_database() AND s.application_name = 'pnyx-api'`);
  return rows[0].n as number;
}

describe('SIGTERM', () => {
  let db: FreshDatabase;
  let api: ApiProcess;
  let admin: pg.Client;
  let locker: pg.Client;
  let ws: Client | null = null;

  beforeAll(async () => {
    db = await createFreshDatabase('pnyx_sigterm');
    api = await startApiProcess({ DATABASE_URL: db.url, RATE_LIMIT_ENABLED: 'false' });
    admin = new pg.Client({ connectionString: db.url });
    locker = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await locker.connect();
  });
  afterAll(async () => {
    await ws?.dispose();
    await locker?.end().catch(() => undefined);
    await admin?.end().catch(() => undefined);
    await stopAllApiProcesses();
    await db?.drop();
  });

  it('refuses new connections, finishes the requests in flight, closes WebSockets with 1001 and exits 0', async () => {
    const token = await passwordToken(api.issuer, 'alice');
    const made = await postGql(api.url, token, 'mutation { createSpace(input: { key: "BEFORE", name: "Before the signal", visibility: PUBLIC }) { key } }');
    expect(made.body).toEqual({ data: { createSpace: { key: 'BEFORE' } } });

    // A subscriber over graphql-ws, connected (acknowledged) before the signal.
    let closed: { code: number; reason: string } | null = null;
    let acknowledged = false;
    ws = createClient({
      url: `${api.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      connectionParams: { Authorization: `Bearer ${token}` },
      on: {
        connected: () => (acknowledged = true),
        closed: (event) => (closed = { code: (event as CloseEvent).code, reason: (event as CloseEvent).reason }),
      },
    });
    const subscription = { completed: false, error: undefined as unknown };
    ws.subscribe({ query: 'subscription { notificationAdded { id } }' }, { next: () => undefined, error: (e) => (subscription.error = e), complete: () => (subscription.completed = true) });
    await expect.poll(() => acknowledged, WAIT).toBe(true);

    // The background work of the space (feed, search) is done, so no job is left to wait on the lock.
    await expect
      .poll(async () => (await admin.query(`SELECT (SELECT count(*) FROM outbox_event WHERE published_at IS NULL) + (SELECT count(*) FROM graphile_worker.jobs WHERE task_identifier = 'deliver-event') AS n`)).rows[0].n, WAIT)
      .toBe('0');

    // Two requests made slow deterministically: the test holds `space` exclusively, so their SQL waits.
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE space IN ACCESS EXCLUSIVE MODE');
    const read = postGql<{ spaces: { key: string }[] }>(api.url, token, '{ spaces { key } }');
    const write = postGql<{ createSpace: { key: string } }>(api.url, token, 'mutation { createSpace(input: { key: "INFLIGHT", name: "In flight at SIGTERM", visibility: PUBLIC }) { key } }');
    let settled = 0;
    void read.finally(() => settled++);
    void write.finally(() => settled++);
    await expect.poll(() => waitingOnSpace(admin), WAIT).toBe(2);

    api.child.kill('SIGTERM');

    // New connections are refused while both requests are still in flight (the lock is still held).
    await expect.poll(() => accepts(api.port), WAIT).toBe(false);
    expect(settled).toBe(0);
    expect(await waitingOnSpace(admin)).toBe(2);
    // The socket was closed by the server, cleanly: 1001 Going Away.
    await expect.poll(() => closed, WAIT).not.toBeNull();
    process.stdout.write(`[sigterm] graphql-ws close frame: ${JSON.stringify(closed)}; subscription ${subscription.completed ? 'completed' : subscription.error ? 'errored' : 'open'}\n`);
    expect(closed).toEqual({ code: 1001, reason: expect.any(String) });

    await locker.query('ROLLBACK');

    const [readAnswer, writeAnswer] = await Promise.all([read, write]);
    expect(readAnswer.status).toBe(200);
    expect(readAnswer.body).toEqual({ data: { spaces: [{ key: 'BEFORE' }] } });
    expect(writeAnswer.status).toBe(200);
    expect(writeAnswer.body).toEqual({ data: { createSpace: { key: 'INFLIGHT' } } });
    const exitCode = await api.exited;
    process.stdout.write(`[sigterm] in-flight read and write answered 200 with data after the lock was released; exit code ${exitCode}\n`);
    expect(exitCode).toBe(0);
    expect(api.output()).toContain('SIGTERM: shutting down');
    // The write that was in flight committed.
    const { rows } = await admin.query(`SELECT key FROM space WHERE key IN ('BEFORE', 'INFLIGHT') ORDER BY key`);
    expect(rows.map((r) => r.key)).toEqual(['BEFORE', 'INFLIGHT']);
  });
});

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@pnyx/api/core/database';
import { EventConsumers, OutboxRelay, type PublishedEvent } from '@pnyx/api/core/events';
import { DeadRunners, JobQueue } from '@pnyx/api/core/jobs';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { buildSpace, uniqueKey } from '../support/factories';
import { errorOf, startTestApi, type TestApi } from '../support/test-api';

/** The space key of a space.created event, else undefined. */
const spaceKey = (event: PublishedEvent) => (event.type === 'space.created' ? event.payload.key : undefined);

/** Polls until `check` returns a value that is not undefined/false; never asserts on elapsed time. */
async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, deadlineMs = 60_000): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const SIDE_EFFECTS = `CREATE TABLE IF NOT EXISTS jobs_spec_run (id bigserial PRIMARY KEY, key text NOT NULL, runner text NOT NULL, value int)`;

/** The jobs the test's own side-effect table recorded for `key`. */
async function runsOf(api: TestApi, key: string): Promise<{ runner: string; value: number | null }[]> {
  return api.dataSource.query('SELECT runner, value FROM jobs_spec_run WHERE key = $1 ORDER BY id', [key]);
}

/** A task that records each run in jobs_spec_run. */
function defineRecorder(api: TestApi, task: string, runner: string): void {
  api.app.get(JobQueue).define<{ key: string; value?: number }>(task, async ({ key, value }) => {
    await api.dataSource.query('INSERT INTO jobs_spec_run (key, runner, value) VALUES ($1, $2, $3)', [key, runner, value ?? null]);
  });
}

async function jobByKey(api: TestApi, key: string): Promise<{ id: string; run_at: Date; attempts: number } | undefined> {
  const [row] = await api.dataSource.query('SELECT id, run_at, attempts FROM graphile_worker.jobs WHERE key = $1', [key]);
  return row;
}

const DEAD_LETTERS = `query($first: Int, $after: String) {
  deadLetters(first: $first, after: $after) { nodes { id consumer eventId eventType attempts lastError failedAt } pageInfo { hasNextPage endCursor } }
}`;

interface DeadLetter {
  id: string;
  consumer: string;
  eventId: string;
  eventType: string | null;
  attempts: number;
  lastError: string | null;
  failedAt: string;
}

async function deadLettersOf(api: TestApi, consumer: string): Promise<DeadLetter[]> {
  const result = await api.gql<{ deadLetters: { nodes: DeadLetter[] } }>(await api.token('admin'), DEAD_LETTERS, { first: 100 });
  expect(result.errors).toBeUndefined();
  return (result.data?.deadLetters.nodes ?? []).filter((d) => d.consumer === consumer);
}

async function outboxIdOf(api: TestApi, key: string): Promise<string> {
  const [row] = await api.dataSource.query(`SELECT id FROM outbox_event WHERE type = 'space.created' AND payload->>'key' = $1`, [key]);
  return String(row.id);
}

describe('background jobs (graphile-worker)', () => {
  let api: TestApi;
  let jobs: JobQueue;

  beforeAll(async () => {
    api = await startTestApi({ JOBS_POLL_INTERVAL_MS: '200' });
    jobs = api.app.get(JobQueue);
    await api.dataSource.query(SIDE_EFFECTS);
  });
  afterAll(() => api?.close());

  it('lets one consumer fail without delaying another, dead-letters it after its attempts, and shows and retries it for admins only', async () => {
    const consumers = api.app.get(EventConsumers);
    const key = uniqueKey('dl');
    const healthy: string[] = [];
    let failing = true;
    let calls = 0;
    const firstAttempt = deferred();
    const mine = (event: PublishedEvent) => spaceKey(event) === key;
    consumers.register({
      name: 'jobs-spec-failing',
      types: ['space.created'],
      maxAttempts: 3,
      handle: async (event) => {
        if (!mine(event)) return;
        calls++;
        if (calls === 1) await firstAttempt.promise; // stuck until the test lets go
        if (failing) throw new Error(`search index down for ${key}\n    at handle (consumer.ts:1:1)\n    at deliver (event-delivery.ts:2:2)`);
      },
    });
    consumers.register({ name: 'jobs-spec-healthy', types: ['space.created'], handle: async (event) => void (mine(event) && healthy.push(key)) });

    await buildSpace(api, { key });
    // The healthy consumer gets the event while the failing one is still stuck in its first attempt.
    await waitFor('the healthy consumer', async () => healthy.length === 1);
    expect(calls).toBe(1);
    const eventId = await outboxIdOf(api, key);

    firstAttempt.resolve();
    await api.app.get(OutboxRelay).drain(); // runs the retries now instead of after their backoff
    expect(calls).toBe(3);
    expect(healthy).toEqual([key]);

    const [letter] = await deadLettersOf(api, 'jobs-spec-failing');
    expect(letter).toMatchObject({ consumer: 'jobs-spec-failing', eventId, eventType: 'space.created', attempts: 3, lastError: `search index down for ${key}` });
    expect(Number.isNaN(Date.parse(letter.failedAt))).toBe(false);
    expect(await deadLettersOf(api, 'jobs-spec-healthy')).toEqual([]);

    const alice = await api.token('alice');
    expect(errorOf(await api.gql(alice, DEAD_LETTERS, {})).code).toBe('FORBIDDEN');
    expect(errorOf(await api.gql(alice, 'mutation($id: ID!) { retryDeadLetter(id: $id) }', { id: letter.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await api.gql(null, DEAD_LETTERS, {})).code).toBe('UNAUTHENTICATED');

    const admin = await api.token('admin');
    expect(errorOf(await api.gql(admin, 'mutation($id: ID!) { retryDeadLetter(id: $id) }', { id: '999999999' })).code).toBe('NOT_FOUND');
    failing = false;
    const retried = await api.gql<{ retryDeadLetter: boolean }>(admin, 'mutation($id: ID!) { retryDeadLetter(id: $id) }', { id: letter.id });
    expect(retried.data?.retryDeadLetter).toBe(true);
    await waitFor('the retried dead letter to run', async () => calls === 4);
    await jobs.settle();
    expect(await deadLettersOf(api, 'jobs-spec-failing')).toEqual([]);
  });

  it('pages dead letters newest first with an opaque cursor', async () => {
    const consumers = api.app.get(EventConsumers);
    const keys = [uniqueKey('pg'), uniqueKey('pg'), uniqueKey('pg')];
    consumers.register({
      name: 'jobs-spec-always-failing',
      types: ['space.created'],
      maxAttempts: 1,
      handle: async (event) => {
        if (keys.includes(String(spaceKey(event)))) throw new Error('x'.repeat(2_000));
      },
    });
    for (const key of keys) await buildSpace(api, { key });
    await api.app.get(OutboxRelay).drain();
    const admin = await api.token('admin');
    const seen: DeadLetter[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const result: { data?: { deadLetters: { nodes: DeadLetter[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } =
        await api.gql(admin, DEAD_LETTERS, { first: 1, after });
      const connection = result.data?.deadLetters;
      if (!connection) throw new Error('no deadLetters');
      seen.push(...connection.nodes);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const mine = seen.filter((d) => d.consumer === 'jobs-spec-always-failing');
    expect(mine).toHaveLength(3);
    expect(mine.map((d) => Number(d.id))).toEqual([...mine.map((d) => Number(d.id))].sort((a, b) => b - a));
    expect(new Set(seen.map((d) => d.id)).size).toBe(seen.length);
    expect(mine.every((d) => d.lastError?.length === 500)).toBe(true);
    expect(errorOf(await api.gql(admin, DEAD_LETTERS, { after: 'not a cursor' })).field).toBe('after');
    expect(errorOf(await api.gql(admin, DEAD_LETTERS, { first: 101 })).field).toBe('first');
  });

  it('adds a job with the caller’s transaction: committed it runs, rolled back it never exists', async () => {
    defineRecorder(api, 'jobs-spec-tx', 'main');
    const committed = uniqueKey('tx');
    const rolledBack = uniqueKey('tx');
    await api.dataSource.transaction((tx) => jobs.addIn(tx, 'jobs-spec-tx', { key: committed }, { jobKey: committed }));
    await expect(
      api.dataSource.transaction(async (tx) => {
        await jobs.addIn(tx, 'jobs-spec-tx', { key: rolledBack }, { jobKey: rolledBack });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    await waitFor('the committed job', async () => (await runsOf(api, committed)).length === 1);
    await jobs.settle();
    expect(await runsOf(api, rolledBack)).toEqual([]);
    expect(await jobByKey(api, rolledBack)).toBeUndefined();
  });

  it('moves a keyed job when it is added again, and cancels it when removed', async () => {
    defineRecorder(api, 'jobs-spec-keyed', 'main');
    const key = uniqueKey('keyed');
    const later = new Date(Date.now() + 3_600_000);
    await jobs.add('jobs-spec-keyed', { key, value: 1 }, { jobKey: key, runAt: later });
    const first = await jobByKey(api, key);
    expect(first?.run_at.getTime()).toBe(later.getTime());

    await jobs.add('jobs-spec-keyed', { key, value: 2 }, { jobKey: key, runAt: new Date(Date.now() - 1_000) });
    await waitFor('the moved job', async () => (await runsOf(api, key)).length === 1);
    await jobs.settle();
    expect(await runsOf(api, key)).toEqual([{ runner: 'main', value: 2 }]);
    expect(await jobByKey(api, key)).toBeUndefined();

    const cancelled = uniqueKey('keyed');
    await jobs.add('jobs-spec-keyed', { key: cancelled }, { jobKey: cancelled, runAt: later });
    expect(await jobByKey(api, cancelled)).toBeDefined();
    expect(await jobs.remove(cancelled)).toBe(true);
    expect(await jobByKey(api, cancelled)).toBeUndefined(); // gone from the queue: it can never run
    expect(await jobs.remove(cancelled)).toBe(false);
    expect(await runsOf(api, cancelled)).toEqual([]);
  });

  it('runs a keyed job scheduled in the past exactly once with two API processes started at the same time', { timeout: 180_000 }, async () => {
    const keys = Array.from({ length: 20 }, () => uniqueKey('once'));
    for (const key of keys) await jobs.add('jobs-spec-once', { key }, { jobKey: key, runAt: new Date(Date.now() - 60_000) });
    // This process does not know the task; the two new ones do, and race for the jobs.
    const [one, two] = await Promise.all([startTestApi({ JOBS_POLL_INTERVAL_MS: '100' }), startTestApi({ JOBS_POLL_INTERVAL_MS: '100' })]);
    try {
      defineRecorder(one, 'jobs-spec-once', 'one');
      defineRecorder(two, 'jobs-spec-once', 'two');
      for (const key of keys) await waitFor(`job ${key}`, async () => (await jobByKey(api, key)) === undefined);
      await one.app.get(JobQueue).settle();
      await two.app.get(JobQueue).settle();
      for (const key of keys) expect((await runsOf(api, key)).length, key).toBe(1);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('keeps a scheduled job across a restart', { timeout: 180_000 }, async () => {
    const key = uniqueKey('restart');
    const before = await startTestApi({ JOBS_POLL_INTERVAL_MS: '100' });
    await before.app.get(JobQueue).add('jobs-spec-restart', { key }, { jobKey: key, runAt: new Date(Date.now() + 2_000) });
    await before.close();
    expect(await jobByKey(api, key)).toBeDefined();
    expect(await runsOf(api, key)).toEqual([]);

    const after = await startTestApi({ JOBS_POLL_INTERVAL_MS: '100' });
    try {
      defineRecorder(after, 'jobs-spec-restart', 'after');
      await waitFor('the job after the restart', async () => (await runsOf(api, key)).length === 1);
      await after.app.get(JobQueue).settle();
      expect(await runsOf(api, key)).toEqual([{ runner: 'after', value: null }]);
    } finally {
      await after.close();
    }
  });
});

describe('jobs of a process that died (kill -9): handed back by the others', () => {
  let api: TestApi;
  let pool: pg.Pool;

  /** A due job of `task`, locked by `runner` since `lockedAgo`, as a process killed while holding it leaves it. */
  async function lockedJob(task: string, key: string, runner: string, lockedAgo: string): Promise<void> {
    await api.app.get(JobQueue).add(task, { key }, { jobKey: key, runAt: new Date(Date.now() + 3_600_000) });
    await api.dataSource.query(
      `UPDATE graphile_worker._private_jobs SET locked_by = $2, locked_at = now() - CAST($3 AS interval), run_at = now() - interval '1 second' WHERE key = $1`,
      [key, runner, lockedAgo],
    );
  }
  const lockOf = async (key: string) =>
    (await api.dataSource.query(`SELECT locked_by AS "lockedBy" FROM graphile_worker._private_jobs WHERE key = $1`, [key]))[0] as { lockedBy: string | null } | undefined;

  beforeAll(async () => {
    // This process's own sweeper waits an hour, so only the test's sweeps below free anything.
    api = await startTestApi({ JOBS_POLL_INTERVAL_MS: '200', JOBS_DEAD_RUNNER_AFTER_S: '3600' });
    await api.dataSource.query(SIDE_EFFECTS);
    pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
  });
  afterAll(async () => {
    await pool?.end();
    await api?.close();
  });

  it('frees the jobs of a runner silent for longer than the limit, keeps those of a runner that beats and locks younger than the limit', async () => {
    const [dead, alive, young] = [uniqueKey('dead'), uniqueKey('alive'), uniqueKey('young')];
    // No process defines this task, so nothing runs what is freed: the test sees the locks alone.
    await lockedJob('jobs-spec-unrun', dead, 'runner-killed-an-hour-ago', '1 hour');
    await lockedJob('jobs-spec-unrun', alive, 'runner-still-beating', '1 hour');
    await lockedJob('jobs-spec-unrun', young, 'runner-just-started', '1 second');
    await api.dataSource.query(`INSERT INTO job_runner_heartbeat (runner_id, seen_at) VALUES ('runner-still-beating', now()) ON CONFLICT (runner_id) DO UPDATE SET seen_at = now()`);

    const sweeper = new DeadRunners(pool, { deadAfterMs: 60_000, runnerId: () => null });
    await sweeper.tick();
    expect(await lockOf(dead)).toEqual({ lockedBy: null });
    expect(await lockOf(alive)).toEqual({ lockedBy: 'runner-still-beating' });
    expect(await lockOf(young)).toEqual({ lockedBy: 'runner-just-started' });
    expect(sweeper.freed).toBeGreaterThanOrEqual(1);
  });

  it('a running API process says it is alive, and runs a job a dead process had locked once the limit has passed', async () => {
    const key = uniqueKey('orphan');
    await lockedJob('jobs-spec-orphan', key, 'runner-of-a-killed-process', '1 hour');
    const survivor = await startTestApi({ JOBS_POLL_INTERVAL_MS: '200', JOBS_DEAD_RUNNER_AFTER_S: '5' });
    try {
      defineRecorder(survivor, 'jobs-spec-orphan', 'survivor');
      await waitFor('the orphaned job to run', async () => (await runsOf(api, key)).length === 1);
      expect(await runsOf(api, key)).toEqual([{ runner: 'survivor', value: null }]);
      expect(survivor.app.get(JobQueue).freedFromDeadRunners).toBeGreaterThanOrEqual(1);
      const beats = await api.dataSource.query(`SELECT runner_id FROM job_runner_heartbeat WHERE seen_at > now() - interval '1 minute' AND runner_id NOT LIKE 'runner-%'`);
      expect(beats.length).toBeGreaterThanOrEqual(2);
    } finally {
      await survivor.close();
    }
  });
});

describe('background jobs on the embedded PostgreSQL (PGlite)', () => {
  let embedded: EmbeddedPostgres;
  let api: TestApi;
  const logLines: string[] = [];

  beforeAll(async () => {
    const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
      logLines.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof process.stdout.write);
    embedded = await startEmbeddedPostgres(null, 40);
    api = await startTestApi({ DATABASE_URL: embedded.url, JOBS_POLL_INTERVAL_MS: '200' });
    await api.dataSource.query(SIDE_EFFECTS);
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await embedded?.close();
    vi.restoreAllMocks();
  });

  it('delivers events, runs keyed and transactional jobs, and dead-letters, without logging errors', { timeout: 120_000 }, async () => {
    const jobs = api.app.get(JobQueue);
    const consumers = api.app.get(EventConsumers);
    const key = uniqueKey('pglite');
    const delivered: string[] = [];
    consumers.register({ name: 'jobs-spec-pglite', types: ['space.created'], handle: async (event) => void delivered.push(String(spaceKey(event))) });
    consumers.register({
      name: 'jobs-spec-pglite-failing',
      types: ['space.created'],
      maxAttempts: 2,
      handle: async (event) => {
        if (spaceKey(event) === key) throw new Error('embedded consumer down');
      },
    });

    await buildSpace(api, { key });
    await waitFor('delivery on the embedded database', async () => delivered.includes(key));

    defineRecorder(api, 'jobs-spec-pglite', 'embedded');
    const keyed = `pglite-${randomBytes(4).toString('hex')}`;
    await jobs.add('jobs-spec-pglite', { key: keyed, value: 1 }, { jobKey: keyed, runAt: new Date(Date.now() + 3_600_000) });
    await jobs.add('jobs-spec-pglite', { key: keyed, value: 2 }, { jobKey: keyed, runAt: new Date(Date.now() - 1_000) });
    const inTx = `pglite-${randomBytes(4).toString('hex')}`;
    await api.dataSource.transaction((tx) => jobs.addIn(tx, 'jobs-spec-pglite', { key: inTx }));
    // Found by polling: notifications do not cross connections through pglite-socket.
    await waitFor('the keyed job', async () => (await runsOf(api, keyed)).length === 1);
    await waitFor('the transactional job', async () => (await runsOf(api, inTx)).length === 1);

    await api.app.get(OutboxRelay).drain();
    const [letter] = await deadLettersOf(api, 'jobs-spec-pglite-failing');
    expect(letter).toMatchObject({ eventType: 'space.created', attempts: 2, lastError: 'embedded consumer down' });
    expect(await runsOf(api, keyed)).toEqual([{ runner: 'embedded', value: 2 }]);

    const errors = logLines.filter((line) => line.includes('"level":"error"') && !line.includes('no attempts left'));
    expect(errors).toEqual([]);
  });

  it('keeps each parameterised statement whole while other connections run transactions and workers poll', { timeout: 60_000 }, async () => {
    // pglite-socket used to run another connection's messages between one statement's Parse and Sync.
    const pool = new pg.Pool({ connectionString: embedded.url, max: 8 });
    const failures: string[] = [];
    let checked = 0;
    try {
      for (let round = 0; round < 40; round++) {
        await Promise.all(
          Array.from({ length: 8 }, async (_, i) => {
            const client = await pool.connect();
            try {
              if (i % 3 === 0) {
                await client.query('BEGIN');
                await client.query('SELECT $1::text AS v', [`tx-${i}`]);
                await client.query('COMMIT');
              } else {
                const { rows } = await client.query('SELECT $1::int AS v', [round * 10 + i]);
                if (rows[0]?.v !== round * 10 + i) failures.push(`round ${round}: got ${JSON.stringify(rows)}`);
                checked++;
              }
            } catch (error) {
              failures.push(String(error));
            } finally {
              client.release();
            }
          }),
        );
      }
    } finally {
      await pool.end();
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});

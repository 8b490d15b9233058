import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ReadReplicas } from '@pnyx/api/core/database';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildSpace } from '../support/factories';
import { createCluster, createReplica, dropCluster, startCluster, stopCluster, type PgCluster } from '../support/pg-cluster';
import { startTestApi, type GqlResult, type TestApi } from '../support/test-api';

const PRIMARY = { name: 'pnyx_rr_primary', port: 5441 };
const REPLICA = { name: 'pnyx_rr_replica', port: 5442 };
const REDIS_URL = 'redis://127.0.0.1:6379';
const SPACES = '{ spaces { id key } }';

/** Runs one statement on a cluster with a connection of its own. */
async function sql<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Polls `check` until it answers something truthy; fails naming `what` after `timeoutMs`. */
async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function served(api: TestApi): Record<string, number> {
  return api.app.get(ReadReplicas).servedReads();
}

/** Which pools answered the reads of `work` (an operation on `api`), as differences of the per-pool counters. */
async function poolsOf<T>(api: TestApi, work: () => Promise<T>): Promise<{ result: T; primary: number; replica: number }> {
  const before = served(api);
  const result = await work();
  const after = served(api);
  return { result, primary: after['primary'] - before['primary'], replica: after['replica-1'] - before['replica-1'] };
}

describe('read replicas: a real streaming replica, read-your-writes', () => {
  let primary: PgCluster;
  let replica: PgCluster;
  let database: string;
  let api: TestApi;
  let other: TestApi;
  const clients: Client[] = [];

  const as = async <T = Record<string, unknown>>(target: TestApi, username: string, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> =>
    target.gql<T>(await target.token(username), query, variables);
  const spaceKeys = async (target: TestApi, username: string) => {
    const result = await as<{ spaces: { key: string }[] }>(target, username, SPACES);
    expect(result.errors).toBeUndefined();
    return result.data!.spaces.map((space) => space.key);
  };
  /** Waits until the replica has replayed everything the primary has written so far. */
  const caughtUp = async () => {
    const [{ lsn }] = await sql<{ lsn: string }>(primary.urlFor(database), 'SELECT pg_current_wal_lsn()::text AS lsn');
    await until('the replica to catch up', async () => (await sql<{ ok: boolean }>(replica.urlFor(database), 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok', [lsn]))[0].ok);
  };
  const pauseReplay = async () => {
    await sql(replica.urlFor(database), 'SELECT pg_wal_replay_pause()');
    await until('replay paused', async () => (await sql<{ state: string }>(replica.urlFor(database), 'SELECT pg_get_wal_replay_pause_state() AS state'))[0].state === 'paused');
  };
  const resumeReplay = () => sql(replica.urlFor(database), 'SELECT pg_wal_replay_resume()');

  beforeAll(async () => {
    primary = await createCluster(PRIMARY);
    replica = await createReplica({ ...REPLICA, primary });
    database = `pnyx_rr_${randomBytes(4).toString('hex')}`;
    await sql(primary.url, `CREATE DATABASE ${database}`);
    await until('the database on the replica', async () => (await sql(replica.url, 'SELECT 1 FROM pg_database WHERE datname = $1', [database])).length > 0);
    // Two API processes on one primary and one replica, sharing Redis: a user's commit on one is known to the other.
    const env = {
      DATABASE_URL: primary.urlFor(database),
      DATABASE_REPLICA_URLS: replica.urlFor(database),
      REDIS_URL,
      DB_POOL_SIZE: '5',
      JOBS_CONCURRENCY: '2',
    };
    api = await startTestApi(env);
    other = await startTestApi({ ...env, SEED_DEMO: 'false' });
    // Each user's first request writes their user row; after that reads are plain reads.
    for (const username of ['alice', 'bob', 'carol']) {
      await spaceKeys(api, username);
      await spaceKeys(other, username);
    }
    await caughtUp();
  });

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await other?.close().catch(() => undefined);
    await api?.close().catch(() => undefined);
    await dropCluster(REPLICA.name).catch(() => undefined);
    await dropCluster(PRIMARY.name);
  });

  it('a user reads their own write at once (primary) while another user’s reads come from the lagging replica; after replay both see it, from the replica', async () => {
    await pauseReplay();
    let key = '';
    try {
      const space = await buildSpace(api, { owner: 'alice', visibility: 'PUBLIC' }); // the mutation's own result
      key = space.key;
      expect(key).toMatch(/^T-/);

      const alices = await poolsOf(api, () => spaceKeys(api, 'alice'));
      expect(alices.result).toContain(key);
      expect(alices).toMatchObject({ replica: 0 });
      expect(alices.primary).toBeGreaterThan(0);

      // Alice through the other API process: her position came through Redis.
      const elsewhere = await poolsOf(other, () => spaceKeys(other, 'alice'));
      expect(elsewhere.result).toContain(key);
      expect(elsewhere).toMatchObject({ replica: 0 });

      const bobs = await poolsOf(api, () => spaceKeys(api, 'bob'));
      expect(bobs.result).not.toContain(key); // the replica has not replayed it
      expect(bobs).toMatchObject({ primary: 0 });
      expect(bobs.replica).toBeGreaterThan(0);
      // …and not because that process could not ask Redis (which would send everyone to the primary): bob reads its replica.
      const bobElsewhere = await poolsOf(other, () => spaceKeys(other, 'bob'));
      expect(bobElsewhere.result).not.toContain(key);
      expect(bobElsewhere).toMatchObject({ primary: 0 });
      expect(bobElsewhere.replica).toBeGreaterThan(0);
    } finally {
      await resumeReplay();
    }

    await until('bob to see the space', async () => (await spaceKeys(api, 'bob')).includes(key));
    await until('alice’s reads to come from the replica again', async () => {
      const reads = await poolsOf(api, () => spaceKeys(api, 'alice'));
      return reads.result.includes(key) && reads.replica > 0 && reads.primary === 0;
    });
  });

  it('subscriptions check on the primary: a lagging replica does not hold back a live item', async () => {
    const token = await api.token('bob');
    const client = createClient({ url: `${api.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { Authorization: `Bearer ${token}` } });
    clients.push(client);
    const received: string[] = [];
    client.subscribe<{ feedItemAdded: { subject: { id: string } } }>(
      { query: 'subscription { feedItemAdded { id subject { ... on Post { id } } } }' },
      { next: (r) => r.data && received.push(r.data.feedItemAdded.subject.id), error: () => undefined, complete: () => undefined },
    );
    // Live once the subscription answers an item: carol posts until bob's stream shows one.
    const warm = await as<{ createPost: { id: string } }>(api, 'carol', 'mutation { createPost(input: { body: "warming up the stream" }) { id } }');
    await until('the subscription to be live', async () => received.includes(warm.data!.createPost.id));
    await caughtUp();

    await pauseReplay();
    try {
      const post = await as<{ createPost: { id: string } }>(api, 'carol', 'mutation { createPost(input: { body: "live while the replica lags" }) { id } }');
      const id = post.data!.createPost.id;
      await until('the live item while replay is paused', async () => received.includes(id));
      const bobReads = await poolsOf(api, () => as<{ post: { id: string } | null }>(api, 'bob', 'query($id: ID!) { post(id: $id) { id } }', { id }));
      expect(bobReads.result.data?.post ?? null).toBeNull(); // still not on the replica: the item did not come from it
      expect(bobReads.replica).toBeGreaterThan(0);
    } finally {
      await resumeReplay();
    }
  });

  it('a stopped replica: queries still answer, from the primary, and the replica is used again once it is back', async () => {
    await caughtUp();
    await stopCluster(REPLICA.name, 'fast');
    try {
      for (let i = 0; i < 5; i++) {
        const reads = await poolsOf(api, () => as<{ spaces: { key: string }[] }>(api, 'bob', SPACES));
        expect(reads.result.errors).toBeUndefined();
        expect(reads.result.data?.spaces.length).toBeGreaterThan(0);
        expect(reads.replica).toBe(0);
        expect(reads.primary).toBeGreaterThan(0);
      }
    } finally {
      await startCluster(REPLICA.name);
    }
    await until('reads from the restarted replica', async () => (await poolsOf(api, () => spaceKeys(api, 'bob'))).replica > 0);
  });

  it('costs: statements and time of query and mutation operations with a replica and without', async () => {
    // The same settings (Redis included) without the replica: the difference is the replica routing alone.
    const none = await startTestApi({ DATABASE_URL: primary.urlFor(database), REDIS_URL, SEED_DEMO: 'false', DB_POOL_SIZE: '5', JOBS_CONCURRENCY: '2' });
    try {
      await caughtUp();
      const tokens = new Map([
        [api, await api.token('bob')],
        [none, await none.token('bob')],
      ]);
      const once = async (target: TestApi, query: string) => {
        const started = performance.now();
        const response = await fetch(`${target.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(target)}`, 'x-debug-statements': '1' },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as GqlResult<unknown>;
        expect(body.errors).toBeUndefined();
        return { ms: performance.now() - started, statements: Number(response.headers.get('x-db-statements')) };
      };
      /** Alternating between the two processes, so load on the machine falls on both alike. */
      const compare = async (query: string, runs: number) => {
        const samples = { without: [] as { ms: number; statements: number }[], with: [] as { ms: number; statements: number }[] };
        for (let i = 0; i < runs; i++) {
          samples.without.push(await once(none, query));
          samples.with.push(await once(api, query));
        }
        const summary = (list: { ms: number; statements: number }[]) => {
          const ms = list.map((s) => s.ms).sort((x, y) => x - y);
          const statements = list.map((s) => s.statements);
          return {
            medianMs: Number(ms[Math.floor(ms.length / 2)].toFixed(2)),
            meanMs: Number((ms.reduce((x, y) => x + y, 0) / ms.length).toFixed(2)),
            statements: { min: Math.min(...statements), max: Math.max(...statements), mean: statements.reduce((x, y) => x + y, 0) / statements.length },
          };
        };
        return { without: summary(samples.without), with: summary(samples.with) };
      };
      await compare(SPACES, 20); // warm both
      const reads = await compare(SPACES, 300);
      const writes = await compare('mutation { createPost(input: { body: "cost probe" }) { id } }', 50);
      process.stdout.write(`read replicas cost, { spaces } as bob: ${JSON.stringify(reads)}\n`);
      process.stdout.write(`read replicas cost, createPost as bob: ${JSON.stringify(writes)}\n`);
      // A query: the same statements, plus at most one replay-position check (cached for a few ms).
      expect(reads.with.statements.min).toBe(reads.without.statements.min);
      expect(reads.with.statements.max).toBeLessThanOrEqual(reads.without.statements.max + 1);
      // A mutation: one more, the commit's WAL position.
      expect(writes.with.statements.min).toBe(writes.without.statements.min + 1);
    } finally {
      await none.close();
    }
  });
});

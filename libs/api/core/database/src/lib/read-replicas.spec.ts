import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { CommitPositions } from './commit-positions';
import { parseLsn } from './lsn';
import { replicaReadsGuard, withReadRoute, type ReadRoute } from './read-route';
import { ReadReplicas } from './read-replicas';
import { Replica } from './replica';
import { UserWritePositions } from './write-positions';

const POSITION_SQL = 'SELECT pg_last_wal_replay_lsn()::text AS lsn';

/** A stand-in pool: answers the replay-position statement with `lsn`, other reads with its name; `fail` makes it throw. */
function fakeServer(name: string, lsn = '0/100') {
  const server = {
    name,
    lsn,
    fail: null as null | { code?: string; message: string },
    positionChecks: 0,
    reads: 0,
    isInitialized: false,
    subscribers: [new CommitPositions()],
    async initialize() {
      server.isInitialized = true;
    },
    async destroy() {
      server.isInitialized = false;
    },
    async query(sql: string) {
      if (server.fail) throw Object.assign(new Error(server.fail.message), { code: server.fail.code });
      if (sql === POSITION_SQL) {
        server.positionChecks++;
        return [{ lsn: server.lsn }];
      }
      server.reads++;
      return [{ from: name }];
    },
  };
  return server;
}

function setUp(replicaCount = 1) {
  let now = 1_000_000;
  const clock = { advance: (ms: number) => (now += ms), now: () => now };
  const primary = fakeServer('primary');
  const servers = Array.from({ length: replicaCount }, (_, i) => fakeServer(`replica-${i + 1}`));
  const replicas = servers.map((server) => new Replica(server.name, server as unknown as DataSource, { positionCacheMs: 20, retryAfterMs: 5_000 }, clock.now));
  const positions = new UserWritePositions(null, 'test:', 300, clock.now);
  const routing = new ReadReplicas(primary as unknown as DataSource, replicas, positions);
  return { routing, primary, servers, clock };
}

function queryRoute(userId: string | null): ReadRoute {
  return { replicaAllowed: true, userId: () => userId, committedLsn: 0n };
}

/** Where one read of `userId`'s query went. */
async function readAs(routing: ReadReplicas, userId: string | null): Promise<string> {
  return withReadRoute(queryRoute(userId), async () => {
    const rows: { from: string }[] = await routing.reader().query('SELECT 1');
    return rows[0].from;
  });
}

describe('ReadReplicas', () => {
  it('gives the primary’s manager outside an HTTP query, a replica reader inside one', async () => {
    const { routing, primary } = setUp();
    expect(routing.enabled).toBe(true);
    const manager = (primary as unknown as { manager: unknown }).manager;
    expect(routing.reader()).toBe(manager);
    expect(withReadRoute({ ...queryRoute('u'), replicaAllowed: false }, () => routing.reader())).toBe(manager);
    expect(await readAs(routing, 'u')).toBe('replica-1');
  });

  it('sends a user’s reads to the primary until the replica has replayed their last commit; other users meanwhile read the replica', async () => {
    const { routing, servers, clock } = setUp();
    await routing.recordCommit(queryRoute('alice'), parseLsn('0/200'));
    expect(await readAs(routing, 'alice')).toBe('primary');
    expect(await readAs(routing, 'bob')).toBe('replica-1');
    expect(await readAs(routing, null)).toBe('replica-1');
    servers[0].lsn = '0/200';
    clock.advance(1);
    expect(await readAs(routing, 'alice')).toBe('replica-1');
    expect(routing.servedReads()).toEqual({ primary: 1, 'replica-1': 3 });
  });

  it('a request that committed reads what it wrote, even before its user is known', async () => {
    const { routing } = setUp();
    const route = { ...queryRoute(null), committedLsn: parseLsn('1/0') };
    const from = await withReadRoute(route, async () => ((await routing.reader().query('SELECT 1')) as { from: string }[])[0].from);
    expect(from).toBe('primary');
  });

  it('uses a known position at once, refreshes it in the background after a few ms, and asks again when it is behind the reader', async () => {
    const { routing, servers, clock } = setUp();
    expect(await readAs(routing, 'bob')).toBe('replica-1');
    expect(await readAs(routing, 'bob')).toBe('replica-1');
    expect(servers[0].positionChecks).toBe(1);
    clock.advance(25);
    servers[0].fail = { message: 'gone', code: 'ECONNREFUSED' };
    expect(await readAs(routing, 'bob')).toBe('primary'); // the read did not wait for the refresh; its own failure sent it to the primary
    servers[0].fail = null;
    clock.advance(5_000);
    expect(await readAs(routing, 'bob')).toBe('replica-1');
    expect(servers[0].positionChecks).toBe(2); // the failed one threw before counting
    clock.advance(25);
    await readAs(routing, 'bob');
    await expect.poll(() => servers[0].positionChecks).toBe(3);
    await routing.recordCommit(queryRoute('alice'), parseLsn('0/300'));
    await readAs(routing, 'alice');
    await readAs(routing, 'alice');
    expect(servers[0].positionChecks).toBe(5); // behind alice: asked each time, never trusted from the cache
  });

  it('rotates among the replicas that are caught up', async () => {
    const { routing, servers } = setUp(3);
    servers[1].lsn = '0/50';
    await routing.recordCommit(queryRoute('alice'), parseLsn('0/80'));
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await readAs(routing, 'alice'));
    expect(seen).toEqual(['replica-1', 'replica-3', 'replica-1', 'replica-3']);
    expect(await readAs(routing, 'bob')).toBe('replica-1'); // bob needs nothing: the next in turn
  });

  it('a replica that fails: that read and the next ones go to the primary; it is tried again after the pause', async () => {
    const { routing, servers, clock } = setUp();
    expect(await readAs(routing, 'bob')).toBe('replica-1');
    servers[0].fail = { message: 'connect ECONNREFUSED 127.0.0.1:5442', code: 'ECONNREFUSED' };
    expect(await readAs(routing, 'bob')).toBe('primary');
    servers[0].fail = null;
    clock.advance(4_000);
    expect(await readAs(routing, 'bob')).toBe('primary');
    clock.advance(1_001);
    expect(await readAs(routing, 'bob')).toBe('replica-1');
  });

  it('a replica that is unreachable from the start is skipped, not an error', async () => {
    const { routing, servers } = setUp();
    servers[0].fail = { message: 'timeout expired' };
    await routing.onModuleInit();
    expect(await readAs(routing, 'bob')).toBe('primary');
  });

  it('a "read" that writes (25006) or a recovery conflict (40001) is retried on the primary; a broken statement is not', async () => {
    const { routing, servers } = setUp();
    expect(await readAs(routing, 'bob')).toBe('replica-1'); // its position is known (and cached)
    servers[0].fail = { message: 'cannot execute INSERT in a read-only transaction', code: '25006' };
    expect(await readAs(routing, 'bob')).toBe('primary');
    servers[0].fail = { message: 'canceling statement due to conflict with recovery', code: '40001' };
    expect(await readAs(routing, 'bob')).toBe('primary');
    servers[0].fail = null;
    expect(await readAs(routing, 'bob')).toBe('replica-1'); // neither put the replica aside
    servers[0].fail = { message: 'syntax error', code: '42601' };
    await expect(readAs(routing, 'bob')).rejects.toThrow('syntax error');
  });

  it('names its pools for the gauges', () => {
    const { routing } = setUp(2);
    expect(routing.namedPools().map((pool) => pool.name)).toEqual(['primary', 'replica-1', 'replica-2']);
  });

  it('without replicas is disabled and leaves the commit subscriber idle', () => {
    const primary = fakeServer('primary');
    const routing = new ReadReplicas(primary as unknown as DataSource, [], new UserWritePositions(null, 'test:'));
    expect(routing.enabled).toBe(false);
    expect(primary.subscribers[0].sink).toBeNull();
  });
});

describe('replicaReadsGuard', () => {
  it.each([
    ['query', 'http', true],
    ['mutation', 'http', false],
    ['subscription', 'http', false],
    ['query', 'websocket', false],
  ] as const)('%s over %s may read a replica: %s', (operation, transport, allowed) => {
    const route = { ...queryRoute('u'), replicaAllowed: false };
    withReadRoute(route, () => replicaReadsGuard({ operation: { operation }, transport }));
    expect(route.replicaAllowed).toBe(allowed);
  });
});

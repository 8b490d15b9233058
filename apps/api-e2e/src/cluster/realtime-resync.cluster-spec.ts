import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createFreshDatabase, type FreshDatabase } from '@pnyx/api/core/testing';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { demoTokens, gqlCaller, REDIS_URL, startApiProcess, stopAllApiProcesses, type ApiProcess } from '../support/api-process';

/** Guards against a hung step, not claims about speed (a busy 2-core machine runs both processes and PostgreSQL). */
const WAIT = { timeout: 60_000, interval: 50 };
const PAGE_SAVED = 'subscription($id: ID!) { pageSaved(pageId: $id) { id version } }';
const RESYNC = { message: 'Live updates were interrupted; refetch and subscribe again', extensions: { code: 'RESYNC' } };

interface PageSaved {
  pageSaved: { id: string; version: number };
}

/** One subscription: its results, then its error or completion. */
function watch(client: Client, pageId: string) {
  const seen = { results: [] as ExecutionResult<PageSaved>[], error: undefined as unknown, completed: false };
  client.subscribe<PageSaved>(
    { query: PAGE_SAVED, variables: { id: pageId } },
    { next: (result) => seen.results.push(result), error: (error) => (seen.error = error), complete: () => (seen.completed = true) },
  );
  return seen;
}

/** The local ports of the TCP connections process `pid` holds to Redis (ss; our own child process). */
function redisPortsOf(pid: number): Set<string> {
  const lines = execFileSync('ss', ['-Htnp', 'state', 'established', '( dport = :6379 )']).toString().split('\n');
  return new Set(lines.filter((line) => line.includes(`pid=${pid},`)).map((line) => line.trim().split(/\s+/)[2]?.split(':').pop() ?? ''));
}

/**
 * Redis pub/sub loses what is published while a subscriber is away, so a
 * subscription that may have missed an event ends with RESYNC (the client
 * refetches and subscribes again) rather than going on with a hole. Two
 * built API processes on one database and the shared Redis: A serves the
 * WebSocket subscriber, B takes the writes.
 */
describe('Live updates resync across two API processes (Redis)', () => {
  let db: FreshDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  let probe: Redis;
  let channel: string;
  const clients: Client[] = [];

  /** The demo users' tokens, from A's identity provider (B trusts them too). */
  const token = demoTokens(() => a.issuer);
  const as = gqlCaller(token);
  /** A page of alice's in a new public space that bob is a member of (so he may save it). */
  const page = async (): Promise<string> => {
    const space = await as<{ createSpace: { id: string } }>(a, 'alice', 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }', {
      input: { key: `R-${randomBytes(4).toString('hex')}`, name: 'Resync', description: null, visibility: 'PUBLIC' },
    });
    await as(a, 'alice', 'mutation($input: AddSpaceMemberInput!) { addSpaceMember(input: $input) { id } }', {
      input: { spaceId: space.createSpace.id, username: 'bob', role: 'MEMBER' },
    });
    const created = await as<{ createPage: { id: string } }>(a, 'alice', 'mutation($input: CreatePageInput!) { createPage(input: $input) { id } }', {
      input: { spaceId: space.createSpace.id, parentId: null, title: `Page ${randomBytes(3).toString('hex')}`, body: 'Text.', labels: null, isTemplate: null },
    });
    return created.createPage.id;
  };
  const save = (pageId: string, baseVersion: number) =>
    as(b, 'bob', 'mutation($input: UpdatePageInput!) { updatePage(input: $input) { version } }', { input: { id: pageId, baseVersion, body: `Version ${baseVersion + 1}` } });
  /** How many processes receive the topic (A, while it has a subscriber to it; B never has one). */
  const receivers = async (): Promise<number> => ((await probe.pubsub('NUMSUB', channel)) as [string, number])[1];
  const subscriber = async (pageId: string) => {
    const client = createClient({ url: `${a.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { Authorization: `Bearer ${await token('alice')}` } });
    clients.push(client);
    return { client, seen: watch(client, pageId) };
  };

  beforeAll(async () => {
    db = await createFreshDatabase('pnyx_resync');
    // A migrates and runs the embedded identity provider; B trusts A's tokens (the signing keys live in the shared database).
    a = await startApiProcess({ DATABASE_URL: db.url, REDIS_URL, RATE_LIMIT_ENABLED: 'false' });
    b = await startApiProcess({ DATABASE_URL: db.url, REDIS_URL, RATE_LIMIT_ENABLED: 'false', OIDC_ISSUER_URL: a.issuer });
    probe = new Redis(REDIS_URL, { connectionName: 'pnyx-resync-spec-probe' });
    channel = `pnyx:${db.name}:page.saved`;
    // A user exists once signed in: bob, whose saves alice watches.
    for (const username of ['alice', 'bob']) await as(b, username, '{ me { id } }');
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await expect.poll(receivers, WAIT).toBe(0);
  });
  afterAll(async () => {
    probe?.disconnect();
    await stopAllApiProcesses();
    await db?.drop();
  });

  it("ends a live subscription with RESYNC when A's subscriber connection to Redis is lost; subscribed again, it gets new saves", async () => {
    const pageId = await page();
    const { client, seen } = await subscriber(pageId);
    await expect.poll(receivers, WAIT).toBe(1);
    await save(pageId, 1);
    await expect.poll(() => seen.results.length, WAIT).toBe(1);

    // A's own subscriber connection, and nobody else's: named pnyx-subscribe-<origin>, held by A's pid.
    const ports = redisPortsOf(a.child.pid as number);
    const mine = ((await probe.client('LIST')) as string)
      .split('\n')
      .filter((line) => / name=pnyx-subscribe-\S+ /.test(line) && ports.has(line.match(/ addr=[^ ]+:(\d+) /)?.[1] ?? ''));
    expect(mine).toHaveLength(1);
    const id = mine[0]?.match(/^id=(\d+) /)?.[1] as string;
    expect(await probe.client('KILL', 'ID', id)).toBe(1);

    await expect.poll(() => seen.error, WAIT).toBeDefined();
    expect(seen.error).toEqual([RESYNC]);
    expect(JSON.stringify(seen.error)).not.toMatch(/stack|redis|ioredis|ECONN|at \w+ \(/i);
    expect(seen.results).toHaveLength(1);
    // Ended, so A left the channel; subscribed again, it is back on it.
    await expect.poll(receivers, WAIT).toBe(0);
    const again = watch(client, pageId);
    await expect.poll(receivers, WAIT).toBe(1);
    await save(pageId, 2);
    await expect.poll(() => again.results.length, WAIT).toBe(1);
    expect(again.results[0]).toEqual({ data: { pageSaved: { id: pageId, version: 3 } } });
    expect(again.error).toBeUndefined();
  });

  it('ends a live subscription with RESYNC when an origin skips a number on the Redis channel', async () => {
    const pageId = await page();
    const { seen } = await subscriber(pageId);
    await expect.poll(receivers, WAIT).toBe(1);
    const origin = randomUUID();
    // About another page: the subscriber is sent nothing for it, but the numbering counts.
    const message = (seq: number) =>
      JSON.stringify({ topic: 'page.saved', origin, seq, publishedAt: Date.now(), data: { pageId: randomUUID(), spaceId: randomUUID(), version: seq, actorId: randomUUID() } });
    for (const seq of [1, 2, 4]) expect(await probe.publish(channel, message(seq))).toBe(1);
    await expect.poll(() => seen.error, WAIT).toBeDefined();
    expect(seen.error).toEqual([RESYNC]);
    expect(seen.results).toEqual([]);
  });

  it('keeps a subscription whose events arrive without holes, from both processes', async () => {
    const pageId = await page();
    const { seen } = await subscriber(pageId);
    await expect.poll(receivers, WAIT).toBe(1);
    await save(pageId, 1);
    await expect.poll(() => seen.results.length, WAIT).toBe(1);
    await as(a, 'alice', 'mutation($input: UpdatePageInput!) { updatePage(input: $input) { version } }', { input: { id: pageId, baseVersion: 2, body: 'Through A' } });
    await expect.poll(() => seen.results.length, WAIT).toBe(2);
    expect(seen.results.map((r) => r.data?.pageSaved.version)).toEqual([2, 3]);
    expect(seen.error).toBeUndefined();
  });
});

import { PubSub, RedisPubSub } from '@pnyx/api/core/realtime';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildPage, savePage } from '../support/page-factories';
import { startTestApi, type TestApi } from '../support/test-api';

const REDIS_URL = 'redis://127.0.0.1:6379';
const WAIT = { timeout: 15_000, interval: 20 };
const PAGE_SAVED = 'subscription($id: ID!) { pageSaved(pageId: $id) { id version } }';
const RESYNC = { message: 'Live updates were interrupted; refetch and subscribe again', extensions: { code: 'RESYNC' } };

interface PageSaved {
  pageSaved: { id: string; version: number };
}

function pubSubOf(api: TestApi): RedisPubSub {
  const pubSub = api.app.get(PubSub);
  if (!(pubSub instanceof RedisPubSub)) throw new Error('expected the API to run with REDIS_URL');
  return pubSub;
}

/** A graphql-ws client as a browser connects (no retries: what the server sends shows as it is). */
function connect(api: TestApi, token: string): Client {
  return createClient({
    url: `${api.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { Authorization: `Bearer ${token}` },
  });
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

/**
 * Redis pub/sub loses what is published while a subscriber is away, so a
 * subscription that may have missed an event ends with RESYNC (the client
 * refetches and subscribes again) rather than going on with a hole. Two API
 * processes on one database and one Redis: A serves the subscriber, B writes.
 */
describe('Live updates resync across API processes (Redis)', () => {
  let a: TestApi;
  let b: TestApi;
  let probe: Redis;
  const clients: Client[] = [];

  async function live(count: number): Promise<void> {
    await expect.poll(() => pubSubOf(a).listenerCount('page.saved'), WAIT).toBe(count);
  }

  async function subscriber(pageId: string) {
    const client = connect(a, await a.token('alice'));
    clients.push(client);
    return { client, seen: watch(client, pageId) };
  }

  beforeAll(async () => {
    a = await startTestApi({ REDIS_URL, SEED_DEMO: 'false' });
    b = await startTestApi({ REDIS_URL, SEED_DEMO: 'false', OIDC_ISSUER_URL: a.issuer });
    probe = new Redis(REDIS_URL, { connectionName: 'pnyx-resync-spec-probe' });
    // A user exists once signed in: bob, whose saves the subscriber watches.
    for (const username of ['alice', 'bob']) expect((await a.gql(await a.token(username), '{ me { id } }')).errors).toBeUndefined();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await live(0);
  });
  afterAll(async () => {
    probe?.disconnect();
    await b?.close();
    await a?.close();
  });

  it("ends a live subscription with RESYNC when A's subscriber connection to Redis is lost; subscribed again, it gets new saves", async () => {
    const page = await buildPage(a, { members: ['bob'] });
    const { client, seen } = await subscriber(page.id);
    await live(1);
    expect((await savePage(b, 'bob', page.id, 1, { body: 'before' })).errors).toBeUndefined();
    await expect.poll(() => seen.results.length, WAIT).toBe(1);

    // Only A's own subscriber connection, found by its name; everyone else's stays.
    const name = `pnyx-subscribe-${pubSubOf(a).origin}`;
    const line = ((await probe.client('LIST')) as string).split('\n').find((l) => l.includes(` name=${name} `));
    const id = line?.match(/^id=(\d+) /)?.[1];
    expect(id, `no connection named ${name}`).toBeDefined();
    expect(await probe.client('KILL', 'ID', id as string)).toBe(1);

    await expect.poll(() => seen.error, WAIT).toBeDefined();
    expect(seen.error).toEqual([RESYNC]);
    expect(JSON.stringify(seen.error)).not.toMatch(/stack|redis|ioredis|at \w+ \(/i);
    expect(seen.results).toHaveLength(1);
    // A reconnected under the same name.
    await expect.poll(async () => ((await probe.client('LIST')) as string).includes(` name=${name} `), WAIT).toBe(true);

    const again = watch(client, page.id);
    await live(1);
    expect((await savePage(b, 'bob', page.id, 2, { body: 'after' })).errors).toBeUndefined();
    await expect.poll(() => again.results.length, WAIT).toBe(1);
    expect(again.results[0]).toEqual({ data: { pageSaved: { id: page.id, version: 3 } } });
    expect(again.error).toBeUndefined();
  });

  it('ends a live subscription with RESYNC when an origin skips a number on the Redis channel', async () => {
    const page = await buildPage(a);
    const { seen } = await subscriber(page.id);
    await live(1);
    const channel = `${pubSubOf(a).channelPrefix}page.saved`;
    // About another page: the subscriber is sent nothing for it, but the numbering counts.
    const message = (seq: number) =>
      JSON.stringify({ topic: 'page.saved', origin: 'crafted-origin', seq, publishedAt: Date.now(), data: { pageId: '00000000-0000-4000-8000-000000000000', version: seq } });
    expect(await probe.publish(channel, message(1))).toBeGreaterThan(0);
    expect(await probe.publish(channel, message(2))).toBeGreaterThan(0);
    expect(await probe.publish(channel, message(4))).toBeGreaterThan(0);
    await expect.poll(() => seen.error, WAIT).toBeDefined();
    expect(seen.error).toEqual([RESYNC]);
    expect(seen.results).toEqual([]);
    await live(0);
  });

  it('keeps a subscription whose events arrive without holes, from both processes', async () => {
    const page = await buildPage(a, { members: ['bob'] });
    const { seen } = await subscriber(page.id);
    await live(1);
    expect((await savePage(b, 'bob', page.id, 1, { body: 'through B' })).errors).toBeUndefined();
    await expect.poll(() => seen.results.length, WAIT).toBe(1);
    expect((await savePage(a, 'alice', page.id, 2, { body: 'through A' })).errors).toBeUndefined();
    await expect.poll(() => seen.results.length, WAIT).toBe(2);
    expect(seen.results.map((r) => r.data?.pageSaved.version)).toEqual([2, 3]);
    expect(seen.error).toBeUndefined();
  });
});

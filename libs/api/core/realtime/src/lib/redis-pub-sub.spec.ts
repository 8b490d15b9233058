import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { RedisPubSub } from './redis-pub-sub';
import { RESYNC_MESSAGE } from './resync';

// Needs the Redis the integration suites use; skipped where none answers.
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1_000 });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const available = await redisAnswers();

describe.skipIf(!available)('RedisPubSub', () => {
  const started: RedisPubSub[] = [];
  const prefix = `pnyx-spec:${randomBytes(4).toString('hex')}:`;

  async function start(channelPrefix = prefix): Promise<RedisPubSub> {
    const pubSub = new RedisPubSub(REDIS_URL, channelPrefix);
    started.push(pubSub);
    await pubSub.onModuleInit();
    return pubSub;
  }

  afterEach(async () => {
    await Promise.all(started.splice(0).map((p) => p.onApplicationShutdown()));
  });

  it('carries messages between two processes, each keeping its own origin and numbering', async () => {
    const a = await start();
    const b = await start();
    const onA = await a.subscribe<{ n: number }>('t');
    const onB = await b.subscribe<{ n: number }>('t');
    await b.publish('t', { n: 1 });
    await a.publish('t', { n: 2 });
    const seenByA = [(await onA.next()).value, (await onA.next()).value];
    const seenByB = [(await onB.next()).value, (await onB.next()).value];
    for (const seen of [seenByA, seenByB]) {
      expect(seen).toEqual([
        expect.objectContaining({ topic: 't', origin: b.origin, seq: 1, data: { n: 1 } }),
        expect.objectContaining({ topic: 't', origin: a.origin, seq: 1, data: { n: 2 } }),
      ]);
    }
  });

  it('keeps deployments with another channel prefix apart', async () => {
    const a = await start();
    const elsewhere = await start(`${prefix}other:`);
    const onElsewhere = await elsewhere.subscribe('t');
    const onA = await a.subscribe('t');
    await a.publish('t', { mine: true });
    await elsewhere.publish('t', { theirs: true });
    expect((await onA.next()).value?.data).toEqual({ mine: true });
    expect((await onElsewhere.next()).value?.data).toEqual({ theirs: true });
  });

  it('ignores malformed messages on its channels', async () => {
    const a = await start();
    const onA = await a.subscribe('t');
    const raw = new Redis(REDIS_URL);
    try {
      await raw.publish(`${prefix}t`, 'not json');
      await raw.publish(`${prefix}t`, JSON.stringify({ topic: 'other', origin: 'x', seq: 1, publishedAt: 0, data: {} }));
    } finally {
      raw.disconnect();
    }
    await a.publish('t', { ok: true });
    expect((await onA.next()).value?.data).toEqual({ ok: true });
  });

  it('unsubscribes from the channel when the last subscriber leaves, and closes its connections at shutdown', async () => {
    const a = await start();
    const it = await a.subscribe('t');
    const probe = new Redis(REDIS_URL);
    try {
      expect(await probe.client('LIST')).toContain(`name=pnyx-subscribe-${a.origin}`);
      expect(await probe.pubsub('NUMSUB', `${prefix}t`)).toEqual([`${prefix}t`, 1]);
      await it.return?.();
      await expect.poll(() => probe.pubsub('NUMSUB', `${prefix}t`)).toEqual([`${prefix}t`, 0]);
      const pending = (await a.subscribe('t')).next();
      await a.onApplicationShutdown();
      expect(await pending).toEqual({ done: true, value: undefined });
      const clients = (await probe.client('LIST')) as string;
      expect(clients).not.toContain(a.origin);
    } finally {
      probe.disconnect();
    }
  });

  it('ends its subscriptions with RESYNC when its subscriber connection was lost and came back; a new one is live again', async () => {
    const a = await start();
    const publisher = await start();
    const probe = new Redis(REDIS_URL);
    try {
      const before = await a.subscribe('t');
      const pending = before.next().then(
        () => 'resolved',
        (error: unknown) => error,
      );
      // Only this spec's own connection, found by its name.
      const list = (await probe.client('LIST')) as string;
      const line = list.split('\n').find((l) => l.includes(` name=pnyx-subscribe-${a.origin} `));
      const id = line?.match(/^id=(\d+)/)?.[1];
      expect(id).toBeDefined();
      expect(await probe.client('KILL', 'ID', id as string)).toBe(1);
      expect(await pending).toMatchObject({ code: 'RESYNC', message: RESYNC_MESSAGE });
      expect(a.listenerCount('t')).toBe(0);

      const after = await a.subscribe<{ n: number }>('t');
      await expect.poll(() => probe.pubsub('NUMSUB', `${prefix}t`)).toEqual([`${prefix}t`, 1]);
      await publisher.publish('t', { n: 1 });
      expect((await after.next()).value).toMatchObject({ origin: publisher.origin, data: { n: 1 } });
    } finally {
      probe.disconnect();
    }
  });

  it('ends its subscriptions with RESYNC when an origin skips a number on the channel', async () => {
    const a = await start();
    const it = await a.subscribe('t');
    const raw = new Redis(REDIS_URL);
    const message = (seq: number) => JSON.stringify({ topic: 't', origin: 'crafted', seq, publishedAt: Date.now(), data: { seq } });
    try {
      // Received before the hole is published: a gap drops what is still buffered (the client refetches anyway).
      await raw.publish(`${prefix}t`, message(1));
      expect((await it.next()).value).toMatchObject({ origin: 'crafted', seq: 1 });
      await raw.publish(`${prefix}t`, message(3));
    } finally {
      raw.disconnect();
    }
    await expect(it.next()).rejects.toMatchObject({ code: 'RESYNC' });
  });

  it('refuses to start when Redis does not answer', async () => {
    const dead = new RedisPubSub('redis://127.0.0.1:1', prefix);
    await expect(dead.onModuleInit()).rejects.toThrow(/Cannot reach Redis at REDIS_URL/);
  });
});

import { DomainException, formatError } from '@pnyx/api/core/graphql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LocalPubSub } from './local-pub-sub';
import { PushIterator } from './push-iterator';
import { RESYNC_MESSAGE, resyncError, type ResyncReason } from './resync';

/** A LocalPubSub that receives messages as a transport would hand them over (other origins, any seq). */
class TestPubSub extends LocalPubSub {
  receive(origin: string, seq: number, topic = 't'): void {
    this.deliver({ topic, origin, seq, publishedAt: Date.now(), data: { seq } });
  }

  lost(reason: ResyncReason): void {
    this.resyncAll(reason);
  }
}

async function rejection(iterator: AsyncIterator<unknown>): Promise<unknown> {
  return iterator.next().then(
    (result) => ({ resolved: result }),
    (error: unknown) => error,
  );
}

function expectResync(error: unknown): void {
  expect(error).toBeInstanceOf(DomainException);
  expect(error).toMatchObject({ code: 'RESYNC', message: RESYNC_MESSAGE });
}

describe('PubSub resync: a subscription that may have missed messages ends with RESYNC', () => {
  it('ends every subscriber of the topic when an origin skips a number, and no other topic', async () => {
    const pubSub = new TestPubSub();
    const a = await pubSub.subscribe('t');
    const b = await pubSub.subscribe('t');
    const other = await pubSub.subscribe('u');
    pubSub.receive('x', 1);
    pubSub.receive('x', 2);
    expect((await a.next()).value).toMatchObject({ seq: 1 });
    pubSub.receive('x', 4);
    // a's buffered seq 2 is not handed out: the stream ends at once.
    expectResync(await rejection(a));
    expectResync(await rejection(b));
    expect(await a.next()).toEqual({ done: true, value: undefined });
    expect(pubSub.listenerCount('t')).toBe(0);
    pubSub.receive('x', 9, 'u');
    expect((await other.next()).value).toMatchObject({ seq: 9 });
    expect(pubSub.listenerCount('u')).toBe(1);
  });

  it('rejects a next() that was already waiting', async () => {
    const pubSub = new TestPubSub();
    const a = await pubSub.subscribe('t');
    pubSub.receive('x', 1);
    await a.next();
    const pending = rejection(a);
    pubSub.receive('x', 3);
    expectResync(await pending);
  });

  it('takes a new origin (a restarted publisher) and the first message seen from one as the start, not a gap', async () => {
    const pubSub = new TestPubSub();
    const a = await pubSub.subscribe('t');
    pubSub.receive('old', 17);
    pubSub.receive('new', 1);
    pubSub.receive('old', 18);
    pubSub.receive('new', 2);
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push((await a.next()).value);
    expect(seen.map((m) => `${m?.origin}:${m?.seq}`)).toEqual(['old:17', 'new:1', 'old:18', 'new:2']);
  });

  it('counts a topic afresh after its last subscriber left: what was published meanwhile is no gap', async () => {
    const pubSub = new TestPubSub();
    const first = await pubSub.subscribe('t');
    pubSub.receive('x', 1);
    await first.return?.();
    const again = await pubSub.subscribe('t');
    pubSub.receive('x', 5);
    expect((await again.next()).value).toMatchObject({ seq: 5 });
  });

  it('numbers its own messages without holes: publishing never looks like a gap', async () => {
    const pubSub = new LocalPubSub();
    const a = await pubSub.subscribe('t');
    for (let n = 0; n < 5; n++) await pubSub.publish('t', { n });
    for (let n = 0; n < 5; n++) expect((await a.next()).value).toMatchObject({ seq: n + 1 });
  });

  it('ends only the subscriber whose buffer is full, keeping those that keep up', async () => {
    const pubSub = new TestPubSub();
    const slow = await pubSub.subscribe('t');
    const fast = await pubSub.subscribe('t');
    const received: unknown[] = [];
    const reading = (async () => {
      for (;;) {
        const result = await fast.next();
        if (result.done) return;
        received.push(result.value);
      }
    })();
    // The default buffer holds 1,000; one more overflows it.
    for (let seq = 1; seq <= 1_001; seq++) {
      pubSub.receive('x', seq);
      if (seq % 100 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    expectResync(await rejection(slow));
    expect(pubSub.listenerCount('t')).toBe(1);
    pubSub.receive('x', 1_002);
    await expect.poll(() => received.length).toBe(1_002);
    await fast.return?.();
    await reading;
  });

  it('ends every subscription of the process on resyncAll (a lost subscriber connection came back)', async () => {
    const pubSub = new TestPubSub();
    const iterators = await Promise.all(['t', 't', 'u'].map((topic) => pubSub.subscribe(topic)));
    pubSub.receive('x', 1);
    pubSub.lost('reconnect');
    for (const iterator of iterators) expectResync(await rejection(iterator));
    expect(pubSub.listenerCount('t') + pubSub.listenerCount('u')).toBe(0);
    // Counting starts afresh: a new subscriber is not ended by what the old count expected.
    const again = await pubSub.subscribe('t');
    pubSub.receive('x', 7);
    expect((await again.next()).value).toMatchObject({ seq: 7 });
  });
});

describe('PushIterator.fail', () => {
  it('rejects the next next() once, then is done, and calls onClose once', async () => {
    let closed = 0;
    const it = new PushIterator<number>(() => closed++);
    it.push(1);
    it.fail(new Error('boom'));
    it.fail(new Error('again'));
    it.push(2);
    await expect(it.next()).rejects.toThrow('boom');
    expect(await it.next()).toEqual({ done: true, value: undefined });
    expect(closed).toBe(1);
  });

  it('is full at its limit only while nobody waits', async () => {
    const it = new PushIterator<number>(undefined, 1);
    const waiting = it.next();
    expect(it.isFull).toBe(false);
    it.push(1);
    expect(await waiting).toEqual({ done: false, value: 1 });
    it.push(2);
    expect(it.isFull).toBe(true);
    it.end();
    expect(it.isFull).toBe(false);
  });
});


describe('resyncError', () => {
  it('reaches the client through the GraphQL formatter as RESYNC with its message only, as graphql-ws wraps an event stream error', () => {
    const logged: unknown[] = [];
    const wrapped = new GraphQLError(RESYNC_MESSAGE, { originalError: resyncError() });
    const formatted = formatError(wrapped.toJSON(), wrapped.originalError, (error) => logged.push(error));
    expect(formatted).toEqual({ message: RESYNC_MESSAGE, extensions: { code: 'RESYNC' } });
    expect(logged).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { LocalPubSub } from './local-pub-sub';
import { channelPrefix } from './realtime.module';

describe('LocalPubSub', () => {
  it('delivers to every subscriber of the topic, numbered per topic, with its origin', async () => {
    const pubSub = new LocalPubSub();
    const a = await pubSub.subscribe<{ n: number }>('t');
    const b = await pubSub.subscribe<{ n: number }>('t');
    const other = await pubSub.subscribe('u');
    await pubSub.publish('u', {});
    await pubSub.publish('t', { n: 1 });
    await pubSub.publish('t', { n: 2 });
    for (const it of [a, b]) {
      const first = (await it.next()).value;
      const second = (await it.next()).value;
      expect(first).toMatchObject({ topic: 't', origin: pubSub.origin, seq: 1, data: { n: 1 } });
      expect(second).toMatchObject({ seq: 2, data: { n: 2 } });
      expect(typeof first?.publishedAt).toBe('number');
    }
    expect((await other.next()).value).toMatchObject({ topic: 'u', seq: 1 });
  });

  it('passes data through JSON, as Redis would', async () => {
    const pubSub = new LocalPubSub();
    const it = await pubSub.subscribe<{ at: string }>('t');
    const data = { at: new Date(0) };
    await pubSub.publish('t', data);
    const received = (await it.next()).value?.data;
    expect(received).toEqual({ at: '1970-01-01T00:00:00.000Z' });
  });

  it('unsubscribes when the iterator is closed, and ends every iterator at shutdown', async () => {
    const pubSub = new LocalPubSub();
    const a = await pubSub.subscribe('t');
    const b = await pubSub.subscribe('t');
    expect(pubSub.listenerCount('t')).toBe(2);
    await a.return?.();
    expect(pubSub.listenerCount('t')).toBe(1);
    const pending = b.next();
    await pubSub.onApplicationShutdown();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(pubSub.listenerCount('t')).toBe(0);
    await expect(pubSub.publish('t', {})).rejects.toThrow(/shut down/);
  });
});

describe('channelPrefix', () => {
  it.each([
    [null, 'pnyx:embedded:'],
    ['postgres://postgres@127.0.0.1:5432/pnyx', 'pnyx:pnyx:'],
    ['postgres://postgres@127.0.0.1:5432/pnyx_test_17_ab12cd', 'pnyx:pnyx_test_17_ab12cd:'],
    ['postgres://postgres@127.0.0.1:5432', 'pnyx:default:'],
  ])('names the channels of %s after its database: %s', (databaseUrl, prefix) => {
    expect(channelPrefix({ databaseUrl })).toBe(prefix);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ATTEMPTS, deliveryJobs } from './delivery';
import type { EventConsumer } from './event-consumers';

const consumer = (name: string, types: EventConsumer['types'], maxAttempts?: number): EventConsumer => ({ name, types, maxAttempts, handle: async () => undefined });

describe('deliveryJobs', () => {
  const search = consumer('search', ['page.created', 'page.updated']);
  const feed = consumer('feed', '*', 8);
  const audit = consumer('audit', ['space.created'], 2);

  it.each([
    ['an event every consumer wants', [{ id: '1', type: 'page.created' }], ['search:1', 'feed:1']],
    ['an event only the catch-all wants', [{ id: '2', type: 'follow.added' }], ['feed:2']],
    ['several events, in event order', [{ id: '3', type: 'space.created' }, { id: '4', type: 'page.updated' }], ['feed:3', 'audit:3', 'search:4', 'feed:4']],
    ['no events', [], []],
  ])('makes one job per interested consumer for %s', (_name, events, expected) => {
    const jobs = deliveryJobs(events, [search, feed, audit]);
    expect(jobs.map((j) => `${j.payload.consumer}:${j.payload.eventId}`)).toEqual(expected);
  });

  it("uses each consumer's attempts, 5 by default", () => {
    const jobs = deliveryJobs([{ id: '9', type: 'space.created' }], [search, feed, audit, consumer('plain', '*')]);
    expect(jobs.map((j) => [j.payload.consumer, j.maxAttempts])).toEqual([
      ['feed', 8],
      ['audit', 2],
      ['plain', DEFAULT_MAX_ATTEMPTS],
    ]);
  });

  it('makes no jobs without consumers', () => {
    expect(deliveryJobs([{ id: '1', type: 'page.created' }], [])).toEqual([]);
  });
});

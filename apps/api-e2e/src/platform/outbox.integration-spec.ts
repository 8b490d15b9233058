import { EventConsumers, OutboxRelay, type PublishedEvent } from '@pnyx/api/core/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpace, uniqueKey } from '../support/factories';
import { startTestApi, type TestApi } from '../support/test-api';

/** The space key of a space.created event, else undefined. */
const spaceKey = (event: PublishedEvent) => (event.type === 'space.created' ? event.payload.key : undefined);

describe('domain-event outbox', () => {
  let api: TestApi;
  let relay: OutboxRelay;
  let consumers: EventConsumers;
  const seen: PublishedEvent[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    relay = api.app.get(OutboxRelay);
    consumers = api.app.get(EventConsumers);
    consumers.register({ name: 'outbox-spec-seen', types: ['space.created'], handle: async (event) => void seen.push(event) });
  });
  afterAll(() => api?.close());

  it('hands a committed write to consumers exactly once, marked published', async () => {
    const space = await buildSpace(api);
    await relay.drain();
    const mine = seen.filter((e) => spaceKey(e) === space.key);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ type: 'space.created', aggregateType: 'Space' });
    const [row] = await api.dataSource.query(`SELECT published_at FROM outbox_event WHERE payload->>'key' = $1`, [space.key]);
    expect(row.published_at).toBeInstanceOf(Date);
    await relay.drain();
    expect(seen.filter((e) => spaceKey(e) === space.key)).toHaveLength(1);
  });

  it('records no event for a write that rolled back', async () => {
    const taken = await buildSpace(api);
    await relay.drain();
    const before = seen.length;
    const result = await api.gql(await api.token('bob'), 'mutation($i: CreateSpaceInput!) { createSpace(input: $i) { id } }', {
      i: { key: taken.key, name: 'Duplicate', visibility: 'PUBLIC' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await relay.drain();
    expect(seen.length).toBe(before);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM outbox_event WHERE payload->>'name' = 'Duplicate'`);
    expect(count).toBe(0);
  });

  it('keeps an event whose consumer failed, and delivers it on a retry', async () => {
    let failOnce = true;
    const delivered: string[] = [];
    consumers.register({
      name: 'outbox-spec-flaky',
      types: ['space.created'],
      handle: async (event) => {
        if (failOnce && spaceKey(event) === key) {
          failOnce = false;
          throw new Error('consumer down');
        }
        delivered.push(String(spaceKey(event)));
      },
    });
    const key = uniqueKey('retry');
    await buildSpace(api, { key });
    await relay.drain(); // the first attempt fails; drain runs the retry without waiting for its backoff
    await relay.drain();
    expect(failOnce).toBe(false);
    expect(delivered).toContain(key);
    const [row] = await api.dataSource.query(`SELECT published_at FROM outbox_event WHERE payload->>'key' = $1`, [key]);
    expect(row.published_at).toBeInstanceOf(Date);
  });
});

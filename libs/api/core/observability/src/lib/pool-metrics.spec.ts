import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { PoolMetrics } from './pool-metrics';

describe('PoolMetrics', () => {
  it('reads every registered pool at scrape time', async () => {
    const registry = new Registry();
    const pools = new PoolMetrics(registry);
    const primary = { totalCount: 3, idleCount: 2, waitingCount: 0 };
    pools.register('primary', primary);
    pools.register('replica-1', { totalCount: 1, idleCount: 1, waitingCount: 4 });
    primary.totalCount = 5; // changed after registering: the scrape sees the pool as it is now
    const text = await registry.metrics();
    expect(text).toContain('pnyx_db_pool_connections{pool="primary",state="total"} 5');
    expect(text).toContain('pnyx_db_pool_connections{pool="primary",state="idle"} 2');
    expect(text).toContain('pnyx_db_pool_connections{pool="primary",state="waiting"} 0');
    expect(text).toContain('pnyx_db_pool_connections{pool="replica-1",state="waiting"} 4');
    pools.unregister('replica-1');
    expect(await registry.metrics()).not.toContain('replica-1');
  });
});

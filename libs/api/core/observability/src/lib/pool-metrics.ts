import { Gauge, type Registry } from 'prom-client';

/** What a pg Pool tells about itself (node-postgres' `Pool` has these counters). */
export interface PoolLike {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

/**
 * `pnyx_db_pool_connections{pool,state}` (state total, idle, waiting), read
 * from each registered pool when /metrics is scraped, so it costs nothing
 * between scrapes. The primary pool is registered at boot (platform-metrics.ts);
 * another pool (a read replica, say) is one `register(name, pool)`.
 */
export class PoolMetrics {
  private readonly pools = new Map<string, PoolLike>();

  constructor(registry: Registry) {
    const pools = this.pools;
    new Gauge({
      name: 'pnyx_db_pool_connections',
      help: 'Database pool connections by pool and state (total, idle, waiting clients), at scrape time',
      labelNames: ['pool', 'state'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const [name, pool] of pools) {
          this.set({ pool: name, state: 'total' }, pool.totalCount);
          this.set({ pool: name, state: 'idle' }, pool.idleCount);
          this.set({ pool: name, state: 'waiting' }, pool.waitingCount);
        }
      },
    });
  }

  /** Reports `pool` under `name` from the next scrape on; a second pool of the same name replaces the first. */
  register(name: string, pool: PoolLike): void {
    this.pools.set(name, pool);
  }

  /** Stops reporting `name` (a pool that was closed). */
  unregister(name: string): void {
    this.pools.delete(name);
  }
}

/**
 * A pool that may not exist yet (a replica's is made on first use, the job
 * runner's at module init), read afresh at each scrape; 0 while there is none.
 */
export function lazyPool(current: () => PoolLike | null): PoolLike {
  return {
    get totalCount() {
      return current()?.totalCount ?? 0;
    },
    get idleCount() {
      return current()?.idleCount ?? 0;
    },
    get waitingCount() {
      return current()?.waitingCount ?? 0;
    },
  };
}

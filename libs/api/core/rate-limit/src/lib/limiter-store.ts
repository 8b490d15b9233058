import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** One counter: at most `points` per `durationSeconds` per key. */
export interface LimiterSpec {
  /** Names the counter in its keys, e.g. `operations-user`. */
  name: string;
  points: number;
  durationSeconds: number;
  /** Once a key goes over `points`, refuse it for this long (from then). */
  blockSeconds?: number;
}

/** Where counters live: this process's memory, or Redis shared by all replicas. */
export interface LimiterStore {
  limiter(spec: LimiterSpec): RateLimiterAbstract;
  connect(): Promise<void>;
  close(): Promise<void>;
}

function options(spec: LimiterSpec, keyPrefix: string) {
  return { keyPrefix, points: spec.points, duration: spec.durationSeconds, blockDuration: spec.blockSeconds ?? 0 };
}

/** Counters in this process only: the default, and what a single process needs. */
export class MemoryLimiterStore implements LimiterStore {
  constructor(private readonly prefix = 'rate-limit:') {}

  limiter(spec: LimiterSpec): RateLimiterAbstract {
    return new RateLimiterMemory(options(spec, `${this.prefix}${spec.name}`));
  }

  async connect(): Promise<void> {
    // Nothing to connect.
  }

  async close(): Promise<void> {
    // Nothing to release: expired keys are dropped by their own timers.
  }
}

const QUIT_TIMEOUT_MS = 2_000;

/**
 * Counters in Redis, shared by every replica, keys `<prefix><name>:<key>`.
 * Should Redis become unreachable after start, each counter falls back to one
 * in this process's memory (rate-limiter-flexible's insurance limiter) until
 * it answers again: limits stay, per process.
 */
export class RedisLimiterStore implements LimiterStore {
  private readonly logger = new Logger('RateLimits');
  private readonly client: Redis;
  private lastError = '';

  constructor(
    url: string,
    /** Keeps apart deployments (and test runs) that share one Redis. */
    readonly prefix: string,
  ) {
    this.client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5_000, connectionName: 'pnyx-rate-limit' });
    this.client.on('error', (error: Error) => {
      if (error.message === this.lastError) return;
      this.lastError = error.message;
      this.logger.warn(`Redis connection problem (counting in memory meanwhile): ${error.message}`);
    });
    this.client.on('ready', () => (this.lastError = ''));
  }

  limiter(spec: LimiterSpec): RateLimiterAbstract {
    const keyPrefix = `${this.prefix}${spec.name}`;
    return new RateLimiterRedis({
      ...options(spec, keyPrefix),
      storeClient: this.client,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options(spec, keyPrefix)),
    });
  }

  /** At start: a REDIS_URL that does not answer stops the process, as a bad DATABASE_URL does. */
  async connect(): Promise<void> {
    try {
      await this.client.connect();
    } catch (error) {
      this.client.disconnect();
      throw new Error(`Cannot reach Redis at REDIS_URL: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async close(): Promise<void> {
    if (this.client.status === 'ready') {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, QUIT_TIMEOUT_MS)));
      await Promise.race([this.client.quit().then(() => undefined, () => undefined), timeout]);
      clearTimeout(timer);
    }
    this.client.disconnect();
  }
}

import type { IncomingMessage } from 'node:http';
import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '@pnyx/api/core/config';
import { channelPrefix } from '@pnyx/api/core/realtime';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { clientIpResolver } from './client-ip';
import { consume, retryAfterSeconds } from './consume';
import { MemoryLimiterStore, RedisLimiterStore, type LimiterStore } from './limiter-store';
import { LoginThrottle, type Sleep } from './login-throttle';

export type RateLimitSettings = AppConfig['rateLimit'];

/** Why an operation was refused, and when to come back. */
export interface RateLimitRefusal {
  scope: 'user' | 'address';
  retryAfterSeconds: number;
}

const MINUTE = 60;

/**
 * The process's rate limits: GraphQL operations per user and per client
 * address per minute, and sign-in attempts (`logins`). Counters live in memory,
 * or in Redis shared by all replicas when REDIS_URL is set. With
 * RATE_LIMIT_ENABLED=false nothing is counted or refused.
 */
export class RateLimits implements OnModuleInit, OnApplicationShutdown {
  readonly logins: LoginThrottle;
  /** The client address of a request, by TRUST_PROXY (as express's `req.ip`). */
  readonly clientIp: (request: IncomingMessage) => string;
  private readonly perUser: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(
    private readonly settings: RateLimitSettings,
    trustProxy: AppConfig['trustProxy'],
    private readonly store: LimiterStore = new MemoryLimiterStore(),
    options: { sleep?: Sleep } = {},
  ) {
    this.clientIp = clientIpResolver(trustProxy);
    this.perUser = store.limiter({ name: 'operations-user', points: settings.userPerMinute, durationSeconds: MINUTE });
    this.perAddress = store.limiter({ name: 'operations-address', points: settings.ipPerMinute, durationSeconds: MINUTE });
    this.logins = new LoginThrottle({ enabled: settings.enabled, ...settings.login }, store, this.clientIp, options.sleep);
  }

  get enabled(): boolean {
    return this.settings.enabled;
  }

  /**
   * Counts one GraphQL operation of `userId` (null: not signed in) from
   * `address`; null when it may run, else the refusal.
   */
  async checkOperation(userId: string | null, address: string): Promise<RateLimitRefusal | null> {
    if (!this.settings.enabled) return null;
    const [byAddress, byUser] = await Promise.all([
      consume(this.perAddress, address),
      userId === null ? null : consume(this.perUser, userId),
    ]);
    if (byUser && !byUser.allowed) return { scope: 'user', retryAfterSeconds: retryAfterSeconds(byUser.msBeforeNext) };
    if (!byAddress.allowed) return { scope: 'address', retryAfterSeconds: retryAfterSeconds(byAddress.msBeforeNext) };
    return null;
  }

  /**
   * Counts one request from `address` to a public HTTP endpoint outside
   * GraphQL (the e-mail unsubscribe link): the same per-address budget as
   * GraphQL operations, shared between replicas like it.
   */
  async checkAddress(address: string): Promise<RateLimitRefusal | null> {
    if (!this.settings.enabled) return null;
    const byAddress = await consume(this.perAddress, address);
    return byAddress.allowed ? null : { scope: 'address', retryAfterSeconds: retryAfterSeconds(byAddress.msBeforeNext) };
  }

  async onModuleInit(): Promise<void> {
    await this.store.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/**
 * Redis keys are named after the database, like the realtime channels: the
 * replicas of one deployment share counters, other deployments and test runs
 * on the same Redis never see each other's.
 */
export function createRateLimits(config: Pick<AppConfig, 'rateLimit' | 'trustProxy' | 'redisUrl' | 'databaseUrl'>): RateLimits {
  const store =
    config.redisUrl && config.rateLimit.enabled
      ? new RedisLimiterStore(config.redisUrl, `${channelPrefix(config)}rate-limit:`)
      : new MemoryLimiterStore();
  return new RateLimits(config.rateLimit, config.trustProxy, store);
}

import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RedisLimiterStore, type LimiterStore } from './limiter-store';
import { createRateLimits, RateLimits, type RateLimitSettings } from './rate-limits';

const SETTINGS: RateLimitSettings = {
  enabled: true,
  userPerMinute: 3,
  ipPerMinute: 5,
  login: { slowAfterFailures: 1, maxFailures: 2, ipMaxFailures: 100, windowSeconds: 60, lockSeconds: 60, delayMs: 0 },
};

async function operations(limits: RateLimits, userId: string | null, address: string, count: number) {
  const answers = [];
  for (let i = 0; i < count; i++) answers.push(await limits.checkOperation(userId, address));
  return answers;
}

describe('RateLimits.checkOperation (in memory)', () => {
  // The clock stands still unless a test moves it: the seconds announced are exact.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refuses a user past their operations per minute, with the seconds until the window ends', async () => {
    const limits = new RateLimits(SETTINGS, ['loopback']);
    const answers = await operations(limits, 'alice', '10.0.0.1', 4);
    expect(answers.slice(0, 3)).toEqual([null, null, null]);
    expect(answers[3]).toEqual({ scope: 'user', retryAfterSeconds: 60 });
    expect(await limits.checkOperation('bob', '10.0.0.1')).toBeNull();
  });

  it('refuses an address past its operations per minute, signed in or not', async () => {
    const limits = new RateLimits(SETTINGS, ['loopback']);
    await operations(limits, null, '10.0.0.2', 3);
    await operations(limits, 'carol', '10.0.0.2', 2);
    expect(await limits.checkOperation('dave', '10.0.0.2')).toMatchObject({ scope: 'address' });
    expect(await limits.checkOperation(null, '10.0.0.3')).toBeNull();
  });

  it('starts counting afresh in the next minute', async () => {
    const limits = new RateLimits(SETTINGS, ['loopback']);
    await operations(limits, 'alice', '10.0.0.1', 3);
    vi.advanceTimersByTime(30_000);
    expect(await limits.checkOperation('alice', '10.0.0.1')).toEqual({ scope: 'user', retryAfterSeconds: 30 });
    vi.advanceTimersByTime(30_000);
    expect(await limits.checkOperation('alice', '10.0.0.1')).toBeNull();
  });

  it('refuses nothing when switched off', async () => {
    const limits = new RateLimits({ ...SETTINGS, enabled: false }, ['loopback']);
    const answers = await operations(limits, 'alice', '10.0.0.1', 50);
    expect(answers.every((answer) => answer === null)).toBe(true);
  });

  it('keeps limiting in memory while Redis is not there (before connect, or gone)', async () => {
    vi.useRealTimers();
    const store = new RedisLimiterStore('redis://127.0.0.1:1', 'pnyx-spec:unreachable:');
    const limits = new RateLimits(SETTINGS, ['loopback'], store);
    const answers = await operations(limits, 'alice', '10.0.0.1', 4);
    expect(answers[2]).toBeNull();
    expect(answers[3]).toMatchObject({ scope: 'user' });
    await store.close();
  });
});

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

describe.skipIf(!(await redisAnswers()))('RateLimits through Redis', () => {
  const database = `pnyx_spec_${randomBytes(4).toString('hex')}`;
  const started: RateLimits[] = [];

  async function replica(databaseName = database): Promise<RateLimits> {
    const limits = createRateLimits({ rateLimit: SETTINGS, trustProxy: ['loopback'], redisUrl: REDIS_URL, databaseUrl: `postgres://db/${databaseName}` });
    started.push(limits);
    await limits.onModuleInit();
    return limits;
  }

  afterAll(async () => {
    await Promise.all(started.map((limits) => limits.onApplicationShutdown()));
  });

  it('shares the counts between replicas of one deployment, not with another deployment', async () => {
    const [a, b, other] = [await replica(), await replica(), await replica(`${database}_other`)];
    expect(await operations(a, 'alice', '10.0.0.1', 2)).toEqual([null, null]);
    expect(await b.checkOperation('alice', '10.0.0.1')).toBeNull();
    expect(await a.checkOperation('alice', '10.0.0.1')).toMatchObject({ scope: 'user' });
    expect(await b.checkOperation('alice', '10.0.0.1')).toMatchObject({ scope: 'user' });
    expect(await other.checkOperation('alice', '10.0.0.1')).toBeNull();
  });

  it('shares sign-in failures between replicas', async () => {
    const [a, b] = [await replica(), await replica()];
    const request = { socket: { remoteAddress: '10.0.0.7' }, headers: {} } as never;
    expect(await a.logins.attempt('bob', request)).toMatchObject({ allowed: true });
    expect(await b.logins.attempt('BOB', request)).toMatchObject({ allowed: true });
    expect(await a.logins.attempt('bob', request)).toMatchObject({ allowed: false, reason: 'account' });
  });

  it('stops the process at start when REDIS_URL does not answer', async () => {
    const store: LimiterStore = new RedisLimiterStore('redis://127.0.0.1:1', 'pnyx-spec:');
    await expect(store.connect()).rejects.toThrow(/REDIS_URL/);
  });
});

import type { IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryLimiterStore } from './limiter-store';
import { LoginThrottle, loginDelayMs, MAX_LOGIN_DELAY_MS, type LoginAttempt, type LoginThrottleSettings } from './login-throttle';

const SETTINGS: LoginThrottleSettings = { slowAfterFailures: 2, maxFailures: 4, ipMaxFailures: 10, windowSeconds: 600, lockSeconds: 60, delayMs: 500 };

function from(address: string): IncomingMessage {
  return { socket: { remoteAddress: address }, headers: {} } as unknown as IncomingMessage;
}

function throttle(settings: Partial<LoginThrottleSettings & { enabled: boolean }> = {}) {
  const waits: number[] = [];
  const subject = new LoginThrottle(
    { enabled: true, ...SETTINGS, ...settings },
    new MemoryLimiterStore(),
    (request) => request.socket.remoteAddress ?? 'unknown',
    async (ms) => void waits.push(ms),
  );
  return { subject, waits };
}

/** `count` wrong passwords in a row (attempts that never call `succeeded`). */
async function fail(subject: LoginThrottle, login: string, count: number, address = '10.0.0.1'): Promise<LoginAttempt[]> {
  const attempts: LoginAttempt[] = [];
  for (let i = 0; i < count; i++) attempts.push(await subject.attempt(login, from(address)));
  return attempts;
}

describe('loginDelayMs', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 500],
    [3, 1_000],
    [7, 3_000],
    [1_000, MAX_LOGIN_DELAY_MS],
  ])('after %i failures waits %i ms', (failures, expected) => {
    expect(loginDelayMs(failures, SETTINGS)).toBe(expected);
  });

  it('waits from the first failure on when slowing starts at 0, and never with no step', () => {
    expect(loginDelayMs(0, { slowAfterFailures: 0, delayMs: 500 })).toBe(0);
    expect(loginDelayMs(1, { slowAfterFailures: 0, delayMs: 500 })).toBe(1_000);
    expect(loginDelayMs(9, { slowAfterFailures: 0, delayMs: 0 })).toBe(0);
  });
});

describe('LoginThrottle', () => {
  // The clock stands still unless a test moves it: the seconds announced are exact.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('slows and then refuses an account after its maximum of failures, even the right password', async () => {
    const { subject, waits } = throttle();
    const attempts = await fail(subject, 'alice', 4);
    expect(attempts.every((attempt) => attempt.allowed)).toBe(true);
    expect(waits).toEqual([500, 1_000]);

    const refused = await subject.attempt('alice', from('10.0.0.1'));
    expect(refused).toEqual({ allowed: false, reason: 'account', retryAfterSeconds: 60 });
  });

  it('counts an account case-insensitively, from any address, and leaves other accounts alone', async () => {
    const { subject } = throttle();
    await fail(subject, 'Alice', 2, '10.0.0.1');
    await fail(subject, ' ALICE ', 2, '10.0.0.2');
    expect(await subject.attempt('alice', from('10.0.0.3'))).toMatchObject({ allowed: false, reason: 'account' });
    expect(await subject.attempt('bob', from('10.0.0.3'))).toMatchObject({ allowed: true, delayedMs: 0 });
  });

  it('lets a successful sign-in clear the account’s failures', async () => {
    const { subject, waits } = throttle();
    await fail(subject, 'alice', 3);
    const right = await subject.attempt('alice', from('10.0.0.1'));
    if (!right.allowed) throw new Error('expected the attempt to be allowed');
    await right.succeeded();

    const next = await fail(subject, 'alice', 4);
    expect(next.every((attempt) => attempt.allowed)).toBe(true);
    expect(waits).toEqual([500, 1_000, 500, 1_000]);
  });

  it('refuses an address after its maximum of failures across accounts, and not for its successes', async () => {
    const { subject } = throttle({ ipMaxFailures: 3 });
    for (let i = 0; i < 5; i++) {
      const attempt = await subject.attempt('alice', from('10.0.0.9'));
      if (attempt.allowed) await attempt.succeeded();
    }
    await fail(subject, 'bob', 1, '10.0.0.9');
    await fail(subject, 'carol', 1, '10.0.0.9');
    await fail(subject, 'dave', 1, '10.0.0.9');
    expect(await subject.attempt('erin', from('10.0.0.9'))).toMatchObject({ allowed: false, reason: 'address' });
    expect(await subject.attempt('erin', from('10.0.0.10'))).toMatchObject({ allowed: true });
  });

  it('cannot be outrun by attempts sent all at once', async () => {
    const { subject } = throttle();
    const attempts = await Promise.all(Array.from({ length: 20 }, () => subject.attempt('alice', from('10.0.0.1'))));
    expect(attempts.filter((attempt) => attempt.allowed)).toHaveLength(4);
  });

  it('lets the account in again once the lock has run out', async () => {
    const { subject } = throttle();
    await fail(subject, 'alice', 5);
    vi.advanceTimersByTime(59_000);
    expect(await subject.attempt('alice', from('10.0.0.1'))).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    vi.advanceTimersByTime(1_000);
    expect(await subject.attempt('alice', from('10.0.0.1'))).toMatchObject({ allowed: true, delayedMs: 0 });
  });

  it('forgets failures older than the window', async () => {
    const { subject } = throttle();
    await fail(subject, 'alice', 3);
    vi.advanceTimersByTime(600_000);
    const attempts = await fail(subject, 'alice', 4);
    expect(attempts.every((attempt) => attempt.allowed)).toBe(true);
  });

  it('counts and refuses nothing when switched off', async () => {
    const { subject, waits } = throttle({ enabled: false });
    const attempts = await fail(subject, 'alice', 50);
    expect(attempts.every((attempt) => attempt.allowed)).toBe(true);
    expect(waits).toEqual([]);
  });
});

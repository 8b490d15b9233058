import type { IncomingMessage } from 'node:http';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consume, retryAfterSeconds } from './consume';
import type { LimiterStore } from './limiter-store';

export interface LoginThrottleSettings {
  /** Failed sign-ins of an account after which each further attempt waits. */
  slowAfterFailures: number;
  /** Failed sign-ins of an account after which its sign-ins are refused, right password or not. */
  maxFailures: number;
  /** Failed sign-ins from one address, any account, after which that address is refused. */
  ipMaxFailures: number;
  /** Failures count over this window (from the first one). */
  windowSeconds: number;
  /** A refusal lasts this long from the attempt that crossed the maximum. */
  lockSeconds: number;
  /** The wait grows by this much per failure past `slowAfterFailures`, up to MAX_LOGIN_DELAY_MS. */
  delayMs: number;
}

/** However many failures: an attempt never waits longer than this. */
export const MAX_LOGIN_DELAY_MS = 3_000;

export type LoginAttempt =
  | {
      allowed: true;
      /** How long this attempt was held back. */
      delayedMs: number;
      /** Call when the password was right: clears the account's failures (and this attempt from the address's). */
      succeeded(): Promise<void>;
    }
  | { allowed: false; reason: 'account' | 'address'; retryAfterSeconds: number };

export type Sleep = (ms: number) => Promise<void>;

const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long an attempt waits after `failures` failed ones of its account. */
export function loginDelayMs(failures: number, settings: Pick<LoginThrottleSettings, 'slowAfterFailures' | 'delayMs'>): number {
  if (failures === 0 || failures < settings.slowAfterFailures) return 0;
  return Math.min(settings.delayMs * (failures - settings.slowAfterFailures + 1), MAX_LOGIN_DELAY_MS);
}

/**
 * Brute-force protection for password sign-ins. Every attempt counts as a
 * failure up front, per account (the login, case-insensitive) and per client
 * address, so attempts sent in parallel cannot slip past the count; a right
 * password then takes its attempt back. Past `slowAfterFailures` an attempt
 * waits a little longer per failure; past `maxFailures` (or `ipMaxFailures`
 * for the address) it is refused for `lockSeconds`, even with the right
 * password. Nobody is locked out for longer than that; afterwards the count
 * starts afresh.
 */
export class LoginThrottle {
  private readonly accounts: RateLimiterAbstract;
  private readonly addresses: RateLimiterAbstract;

  constructor(
    private readonly settings: LoginThrottleSettings & { enabled: boolean },
    store: LimiterStore,
    private readonly clientIp: (request: IncomingMessage) => string,
    /** Injected so that tests neither wait nor time anything. */
    private readonly wait: Sleep = sleep,
  ) {
    const window = { durationSeconds: settings.windowSeconds, blockSeconds: settings.lockSeconds };
    this.accounts = store.limiter({ name: 'login-account', points: settings.maxFailures, ...window });
    this.addresses = store.limiter({ name: 'login-address', points: settings.ipMaxFailures, ...window });
  }

  /** Before checking a password for `login` (a username or email) sent in `request`. */
  async attempt(login: string, request: IncomingMessage): Promise<LoginAttempt> {
    if (!this.settings.enabled) return { allowed: true, delayedMs: 0, succeeded: async () => undefined };
    const account = login.trim().toLowerCase();
    const address = this.clientIp(request);
    const [byAccount, byAddress] = await Promise.all([consume(this.accounts, account), consume(this.addresses, address)]);
    if (!byAccount.allowed) return { allowed: false, reason: 'account', retryAfterSeconds: retryAfterSeconds(byAccount.msBeforeNext) };
    if (!byAddress.allowed) return { allowed: false, reason: 'address', retryAfterSeconds: retryAfterSeconds(byAddress.msBeforeNext) };

    const delayedMs = loginDelayMs(byAccount.consumed - 1, this.settings);
    if (delayedMs > 0) await this.wait(delayedMs);
    return {
      allowed: true,
      delayedMs,
      succeeded: async () => {
        await Promise.all([this.accounts.delete(account), this.addresses.reward(address, 1)]);
      },
    };
  }
}

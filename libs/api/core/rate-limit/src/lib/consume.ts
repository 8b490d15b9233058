import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface Consumed {
  allowed: boolean;
  /** Points used in the current window, this one included. */
  consumed: number;
  /** Until the window (or block) ends. */
  msBeforeNext: number;
}

/** Takes one point for `key`; over the limit is an answer, not an error. */
export async function consume(limiter: RateLimiterAbstract, key: string): Promise<Consumed> {
  try {
    const res = await limiter.consume(key);
    return { allowed: true, consumed: res.consumedPoints, msBeforeNext: res.msBeforeNext };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, consumed: rejection.consumedPoints, msBeforeNext: rejection.msBeforeNext };
    }
    throw rejection;
  }
}

/** Whole seconds until a refused caller may try again (at least one). */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1_000));
}

import { describe, expect, it } from 'vitest';
import { nextCleanupAt } from './idempotency-cleanup';

describe('nextCleanupAt', () => {
  it.each([
    ['before 03:00 UTC: today', '2026-11-30T01:59:00Z', '2026-11-30T03:00:00.000Z'],
    ['at 03:00 UTC: tomorrow', '2026-11-30T03:00:00Z', '2026-12-01T03:00:00.000Z'],
    ['later in the day: tomorrow', '2026-12-31T23:10:00Z', '2027-01-01T03:00:00.000Z'],
  ])('%s', (_name, now, next) => {
    expect(nextCleanupAt(new Date(now)).toISOString()).toBe(next);
  });
});

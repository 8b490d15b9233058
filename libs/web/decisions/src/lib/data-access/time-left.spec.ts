import { describe, expect, it } from 'vitest';
import { closingSoon, formatRelative, relativeTime } from './time-left';

const now = new Date('2026-03-10T12:00:00Z');
const at = (ms: number): Date => new Date(now.getTime() + ms);
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe('relativeTime', () => {
  it.each([
    [10 * 1000, { value: 1, unit: 'minute' }],
    [59 * MIN, { value: 59, unit: 'minute' }],
    [H, { value: 1, unit: 'hour' }],
    [H + 29 * MIN, { value: 1, unit: 'hour' }],
    [47 * H + 29 * MIN, { value: 47, unit: 'hour' }],
    [2 * D - MIN, { value: 2, unit: 'day' }],
    [2 * D, { value: 2, unit: 'day' }],
    [3 * D - MIN, { value: 3, unit: 'day' }],
    [2 * D + 11 * H, { value: 2, unit: 'day' }],
    [6 * D + 23 * H, { value: 7, unit: 'day' }],
    [-5 * MIN, { value: -5, unit: 'minute' }],
    [-3 * D, { value: -3, unit: 'day' }],
  ])('%i ms → %j', (ms, expected) => {
    expect(relativeTime(at(ms), now)).toEqual(expected);
  });
});

describe('formatRelative', () => {
  it('speaks English and German', () => {
    expect(formatRelative(at(3 * D), now, 'en-GB')).toBe('in 3 days');
    expect(formatRelative(at(3 * D), now, 'de-DE')).toBe('in 3 Tagen');
    expect(formatRelative(at(-2 * H), now, 'en-GB')).toBe('2 hours ago');
  });
});

describe('closingSoon', () => {
  it('is true only within the next 24 hours', () => {
    expect(closingSoon(at(23 * H), now)).toBe(true);
    expect(closingSoon(at(25 * H), now)).toBe(false);
    expect(closingSoon(at(-H), now)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { closingProblem, closingTime, extensionProblem, parseLocalDateTime, toLocalDateTimeInput } from './closing-time';

const now = new Date(2026, 2, 10, 9, 30, 0); // 10 March 2026, 09:30 local time

describe('closing-time presets', () => {
  // Fixed durations of 24 h a day (across a daylight-saving change the wall clock moves by an hour).
  it.each([
    ['24h', 1],
    ['3d', 3],
    ['1w', 7],
  ] as const)('%s: %i days after now', (preset, days) => {
    expect(closingTime(preset, now)!.getTime() - now.getTime()).toBe(days * 86_400_000);
  });

  it('reads the custom date-time input in local time', () => {
    expect(closingTime('custom', now, '2026-03-12T17:05')).toEqual(new Date(2026, 2, 12, 17, 5));
    expect(closingTime('custom', now, '')).toBeNull();
    expect(closingTime('custom', now, null)).toBeNull();
  });
});

describe('parseLocalDateTime / toLocalDateTimeInput', () => {
  it('round-trips to the minute', () => {
    const value = toLocalDateTimeInput(new Date(2026, 0, 5, 7, 3, 59));
    expect(value).toBe('2026-01-05T07:03');
    expect(parseLocalDateTime(value)).toEqual(new Date(2026, 0, 5, 7, 3));
  });

  it.each(['2026-02-30T10:00', '2026-13-01T10:00', '10:00', 'tomorrow', '2026-03-01 10:00'])('refuses %s', (value) => {
    expect(parseLocalDateTime(value)).toBeNull();
  });

  it('accepts seconds', () => {
    expect(parseLocalDateTime('2026-03-01T10:00:30')).toEqual(new Date(2026, 2, 1, 10, 0, 30));
  });
});

describe('closingProblem', () => {
  it.each([
    [null, '', 'required'],
    [null, 'garbage', 'invalid'],
    [new Date(now.getTime() - 60_000), undefined, 'past'],
    [new Date(now.getTime()), undefined, 'past'],
    [new Date(now.getTime() + 60_000), undefined, null],
    [new Date(now.getTime() + 90 * 86_400_000), undefined, null],
    [new Date(now.getTime() + 90 * 86_400_000 + 1), undefined, 'tooFar'],
  ] as const)('%s (%s) → %s', (closesAt, raw, expected) => {
    expect(closingProblem(closesAt, now, raw)).toBe(expected);
  });
});

describe('extensionProblem', () => {
  const current = new Date(now.getTime() + 86_400_000);

  it('needs a time after the current closing time', () => {
    expect(extensionProblem(new Date(current.getTime() - 1), current, now)).toBe('past');
    expect(extensionProblem(current, current, now)).toBe('past');
    expect(extensionProblem(new Date(current.getTime() + 60_000), current, now)).toBeNull();
  });

  it('keeps the limits of a new closing time', () => {
    expect(extensionProblem(null, current, now, '')).toBe('required');
    expect(extensionProblem(new Date(now.getTime() + 91 * 86_400_000), current, now)).toBe('tooFar');
  });
});

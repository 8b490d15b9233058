/** How far ahead a proposal may close (the API refuses later times). */
export const MAX_DAYS_AHEAD = 90;

export const CLOSING_PRESETS = ['24h', '3d', '1w', 'custom'] as const;
export type ClosingPreset = (typeof CLOSING_PRESETS)[number];

const HOUR_MS = 3_600_000;
const PRESET_MS: Readonly<Record<Exclude<ClosingPreset, 'custom'>, number>> = {
  '24h': 24 * HOUR_MS,
  '3d': 3 * 24 * HOUR_MS,
  '1w': 7 * 24 * HOUR_MS,
};

/** Why a closing time cannot be used; null when it can. */
export type ClosingProblem = 'required' | 'invalid' | 'past' | 'tooFar' | null;

/**
 * The value of an `<input type="datetime-local">` ("2026-03-01T14:30") as the moment it
 * names in the browser's time zone; null for anything else.
 */
export function parseLocalDateTime(value: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const date = new Date(y, mo - 1, d, h, mi, s || 0, 0);
  // Reject rolled-over dates (Feb 30th) instead of silently moving them.
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d || date.getHours() !== h) return null;
  return date;
}

/** A moment as the value an `<input type="datetime-local">` shows, in the browser's time zone, to the minute. */
export function toLocalDateTimeInput(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** When a proposal opened `now` with this preset closes; `custom` reads the date-time input. */
export function closingTime(preset: ClosingPreset, now: Date, custom?: string | null): Date | null {
  if (preset === 'custom') return parseLocalDateTime(custom);
  return new Date(now.getTime() + PRESET_MS[preset]);
}

/** In the future and at most MAX_DAYS_AHEAD days ahead, as the API requires. */
export function closingProblem(closesAt: Date | null, now: Date, rawInput?: string | null): ClosingProblem {
  if (!closesAt) return rawInput?.trim() ? 'invalid' : 'required';
  if (closesAt.getTime() <= now.getTime()) return 'past';
  if (closesAt.getTime() > now.getTime() + MAX_DAYS_AHEAD * 24 * HOUR_MS) return 'tooFar';
  return null;
}

/**
 * A later closing time for "extend": in the future, after `current`, at most MAX_DAYS_AHEAD
 * days from now. 'past' also covers "not later than the current closing time".
 */
export function extensionProblem(closesAt: Date | null, current: Date, now: Date, rawInput?: string | null): ClosingProblem {
  const problem = closingProblem(closesAt, now, rawInput);
  if (problem) return problem;
  return closesAt!.getTime() <= current.getTime() ? 'past' : null;
}

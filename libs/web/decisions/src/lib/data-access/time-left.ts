/** A relative time as `Intl.RelativeTimeFormat` takes it, rounded the way people say it. */
export interface RelativeTime {
  readonly value: number;
  readonly unit: 'minute' | 'hour' | 'day';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * From `now` to `target`: minutes under an hour (rounded down, at least one), hours under
 * two days, days beyond (both rounded: a proposal opened "for 3 days" a minute ago still
 * closes "in 3 days"). Negative in the past.
 */
export function relativeTime(target: Date, now: Date): RelativeTime {
  const ms = target.getTime() - now.getTime();
  const sign = ms < 0 ? -1 : 1;
  const abs = Math.abs(ms);
  if (abs < HOUR) return { value: sign * Math.max(1, Math.floor(abs / MINUTE)), unit: 'minute' };
  const hours = Math.round(abs / HOUR);
  if (hours < 48) return { value: sign * hours, unit: 'hour' };
  return { value: sign * Math.round(abs / DAY), unit: 'day' };
}

/** "in 3 days" / "in 3 Tagen", "2 hours ago" / "vor 2 Stunden". */
export function formatRelative(target: Date, now: Date, locale: string): string {
  const { value, unit } = relativeTime(target, now);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(value, unit);
}

/** Under a day left: the list shows it as urgent. */
export function closingSoon(closesAt: Date, now: Date): boolean {
  const left = closesAt.getTime() - now.getTime();
  return left > 0 && left < DAY;
}

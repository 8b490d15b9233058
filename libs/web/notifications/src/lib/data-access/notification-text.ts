import type { EmailMode, NotificationKind } from '@pnyx/shared/graphql-types';

// Framework-free: its spec runs without Angular.

/** Every kind, in the order the settings table lists them. */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'MENTION',
  'REPLY',
  'COMMENT',
  'VOTE_REQUESTED',
  'ADVICE_REQUESTED',
  'PROPOSAL_CLOSING_SOON',
  'PROPOSAL_CLOSED',
  'PAGE_UPDATED',
];

export const EMAIL_MODES: readonly EmailMode[] = ['OFF', 'IMMEDIATE', 'DAILY'];

const ICONS: Readonly<Record<NotificationKind, string>> = {
  MENTION: 'alternate-email',
  REPLY: 'reply',
  COMMENT: 'comment',
  VOTE_REQUESTED: 'how-to-vote',
  ADVICE_REQUESTED: 'decisions',
  PROPOSAL_CLOSING_SOON: 'schedule',
  PROPOSAL_CLOSED: 'check',
  PAGE_UPDATED: 'edit',
};

/** The icon of a kind (registered by `provideNotifications` or the core set). */
export function kindIcon(kind: NotificationKind): string {
  return ICONS[kind] ?? 'notifications';
}

/** The translation key of a kind's sentence ("{actor} mentioned you in “{title}”"). */
export function kindSentence(kind: NotificationKind): string {
  return `notifications.kind.${kind}`;
}

/** The translation key of a kind's name in the settings table. */
export function kindName(kind: NotificationKind): string {
  return `notifications.kindName.${kind}`;
}

/** The badge on the bell: nothing at 0, the number up to 99, then "99+". */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}

/** A notification's `path` as router commands and fragment: `/decisions/1#vote` → `/decisions/1`, `vote`. */
export function splitPath(path: string): { readonly url: string; readonly fragment: string | undefined } {
  const hash = path.indexOf('#');
  if (hash < 0) return { url: path, fragment: undefined };
  const fragment = path.slice(hash + 1);
  return { url: path.slice(0, hash) || '/', fragment: fragment || undefined };
}

export interface DayGroup<T> {
  /** `today`, `yesterday`, or the local date `YYYY-MM-DD`. */
  readonly key: string;
  readonly items: readonly T[];
}

function localDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Groups items (newest first) by the local calendar day of `createdAt`, as seen at `now`:
 * `today`, `yesterday`, then one group per earlier date. The order of the items is kept.
 */
export function groupByDay<T extends { readonly createdAt: string }>(items: readonly T[], now: number): DayGroup<T>[] {
  const today = localDay(now);
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  const yesterday = localDay(new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate() - 1, 12).getTime());
  const groups: { key: string; items: T[] }[] = [];
  for (const item of items) {
    const day = localDay(new Date(item.createdAt).getTime());
    const key = day === today ? 'today' : day === yesterday ? 'yesterday' : day;
    const last = groups[groups.length - 1];
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}

/** A group's heading: "Today", "Yesterday" (translated by the caller's keys) or the date in `locale`. */
export function dayLabel(key: string, locale: string, t: (key: string) => string): string {
  if (key === 'today') return t('notifications.day.today');
  if (key === 'yesterday') return t('notifications.day.yesterday');
  const [y, m, d] = key.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, d));
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "just now", "5 minutes ago", "vor 2 Stunden": `iso` relative to `now` in `locale`. */
export function relativeTime(iso: string, now: number, locale: string): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return '';
  const seconds = Math.round((then - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** The parameters of a kind's sentence: who (or "Someone", already translated) and about what. */
export function sentenceParams(
  notification: { readonly actor: { readonly displayName: string } | null; readonly title: string },
  someone: string,
): { readonly actor: string; readonly title: string } {
  return { actor: notification.actor?.displayName ?? someone, title: notification.title };
}

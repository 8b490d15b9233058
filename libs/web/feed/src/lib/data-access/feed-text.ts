import type { FeedItemKind } from '@pnyx/shared/graphql-types';

// Framework-free: its spec runs without Angular.

export type FeedTab = 'following' | 'everything';

/** The tab in `?tab=`: anything but `following` is Everything. */
export function tabFrom(query: string | null | undefined): FeedTab {
  return query === 'following' ? 'following' : 'everything';
}

/** The API's filter for a tab. */
export function filterFor(tab: FeedTab): { readonly following: boolean } {
  return { following: tab === 'following' };
}

const VERBS: Readonly<Record<FeedItemKind, string>> = {
  POST_CREATED: 'feed.kind.postCreated',
  BLOG_POST_PUBLISHED: 'feed.kind.blogPostPublished',
  PAGE_CREATED: 'feed.kind.pageCreated',
  PAGE_UPDATED: 'feed.kind.pageUpdated',
  PROPOSAL_OPENED: 'feed.kind.proposalOpened',
  PROPOSAL_CLOSED: 'feed.kind.proposalClosed',
};

/** The translation key of "what happened" ("posted", "published a blog post", …). */
export function kindText(kind: FeedItemKind): string {
  return VERBS[kind] ?? 'feed.kind.other';
}

export const FEED_KINDS = Object.keys(VERBS) as FeedItemKind[];

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

/** `/people/:username`. */
export function profilePath(username: string): string {
  return `/people/${encodeURIComponent(username)}`;
}

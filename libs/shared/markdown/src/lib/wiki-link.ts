import { slugify } from './slugify';

/** One `[[Page title]]`, `[[Page title|label]]` or `[[SPACE:Page title]]` in a body. */
export interface WikiLink {
  /** The space key written before the colon, or null for "this page's space". */
  space: string | null;
  /** The page title as written (whitespace collapsed). */
  title: string;
  /** The text shown; the title unless `|label` was given. */
  label: string;
  /** slugify(title): what the link matches a page's slugs against. */
  key: string;
}

/**
 * Where a link points, decided by the caller: `slug` null means the page does
 * not exist (yet), and the link becomes a "create this page" link.
 */
export interface WikiLinkTarget {
  spaceKey: string;
  slug: string | null;
}

export type WikiLinkResolver = (link: WikiLink) => WikiLinkTarget;

export const MAX_WIKI_LINK_LENGTH = 200;
const SPACE_PREFIX = /^([A-Za-z][A-Za-z0-9-]{1,31}):(?=\S)/;

/**
 * Where the `]]` closing a link whose inside starts at `from` is (`src` up to `max`), or -1.
 * A link's inside has no brackets or line breaks and at most MAX_WIKI_LINK_LENGTH characters,
 * so the search stops at the first of those: it reads at most that many characters, and
 * a text full of `[` costs linear time, not a scan to its end at every `[[`.
 */
export function wikiLinkEnd(src: string, from: number, max = src.length): number {
  const limit = Math.min(max, from + MAX_WIKI_LINK_LENGTH + 1);
  for (let i = from; i < limit; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x5d) return i + 1 < max && src.charCodeAt(i + 1) === 0x5d ? i : -1;
    if (c === 0x5b || c === 0x0a) return -1;
  }
  return -1;
}

/** Parses the inside of `[[...]]`; null when it is not a usable link. */
export function parseWikiLink(inner: string): WikiLink | null {
  if (!inner.trim() || inner.length > MAX_WIKI_LINK_LENGTH || /[[\]\n]/.test(inner)) return null;
  const bar = inner.indexOf('|');
  let target = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
  const label = bar >= 0 ? inner.slice(bar + 1).replace(/\s+/g, ' ').trim() : '';
  let space: string | null = null;
  const prefix = SPACE_PREFIX.exec(target);
  if (prefix) {
    space = prefix[1];
    target = target.slice(prefix[0].length);
  }
  const title = target.replace(/\s+/g, ' ').trim();
  const key = slugify(title);
  if (!title || !key) return null;
  return { space, title, label: label || title, key };
}

/** The app's URL for a resolved or missing page. */
export function wikiLinkHref(target: WikiLinkTarget, title: string): string {
  const space = encodeURIComponent(target.spaceKey);
  return target.slug !== null
    ? `/s/${space}/${encodeURIComponent(target.slug)}`
    : `/s/${space}/new?title=${encodeURIComponent(title)}`;
}

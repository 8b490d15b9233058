import type { WikiLink, WikiLinkTarget } from '@pnyx/shared/markdown';
import type { LinkTarget } from './page-link.repository';

/** Slugs the web app uses as routes under /s/<space>/. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['new', 'decisions']);

/**
 * Where a `[[link]]` on a page of space `fromSpaceId` points in the stored
 * html, which every reader of that page sees. Within the page's own space
 * and into public spaces, a link shows whether its page exists. Into another
 * space that is private (or unknown), it never does: the html would otherwise
 * tell readers which pages exist in a space they cannot read.
 */
export function wikiLinkTarget(fromSpaceId: string, fromSpaceKey: string, link: WikiLink, found: LinkTarget | undefined): WikiLinkTarget {
  if (!found) return { spaceKey: link.space ?? fromSpaceKey, slug: link.key };
  if (found.spaceId === fromSpaceId || found.visibility === 'PUBLIC') return { spaceKey: found.spaceKey, slug: found.slug };
  return { spaceKey: found.spaceKey, slug: link.key };
}

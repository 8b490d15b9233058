import { Injectable } from '@nestjs/common';
import type { Tx } from '@pnyx/api/core/database';
import { parseMarkdown } from '@pnyx/shared/markdown';
import { PageLinkRepository, type LinkKey, type LinkTarget, type StoredLink } from './page-link.repository';
import { wikiLinkTarget } from './wiki-link-target';

export interface SpaceRef {
  id: string;
  key: string;
}

export interface RenderedBody {
  html: string;
  /** Distinct link targets, without links to the page itself. */
  links: StoredLink[];
}

export type ResolveTargets = (pairs: readonly LinkKey[]) => Promise<LinkTarget[]>;

/** Links resolved per body; more are rendered, but not looked up or stored. */
const MAX_LINKS = 500;

/** Renders a body as a page of `space` shows it, resolving its `[[links]]` in one query. */
@Injectable()
export class PageRenderer {
  constructor(private readonly links: PageLinkRepository) {}

  async render(tx: Tx, space: SpaceRef, body: string, selfId: string | null = null): Promise<RenderedBody> {
    return this.renderWith((pairs) => this.links.resolve(tx, pairs), space, body, selfId);
  }

  /**
   * Renders with link targets looked up by `resolve` (e.g. a request's loader,
   * so that many bodies in one response share one query).
   */
  async renderWith(resolve: ResolveTargets, space: SpaceRef, body: string, selfId: string | null = null): Promise<RenderedBody> {
    const parsed = parseMarkdown(body);
    const pairKey = (spaceKey: string | null, key: string) => `${(spaceKey ?? space.key).toLowerCase()}:${key}`;
    const distinct = new Map<string, { spaceKeyLower: string; key: string; title: string }>();
    for (const link of parsed.links) {
      const id = pairKey(link.space, link.key);
      if (!distinct.has(id) && distinct.size < MAX_LINKS) {
        distinct.set(id, { spaceKeyLower: (link.space ?? space.key).toLowerCase(), key: link.key, title: link.title });
      }
    }
    const found = new Map((await resolve([...distinct.values()])).map((t) => [pairKey(t.spaceKeyLower, t.key), t]));
    const html = parsed.render((link) => wikiLinkTarget(space.id, space.key, link, found.get(pairKey(link.space, link.key))));
    const links: StoredLink[] = [];
    for (const [id, pair] of distinct) {
      const toPageId = found.get(id)?.pageId ?? null;
      if (selfId && toPageId === selfId) continue;
      links.push({ targetSpaceKey: pair.spaceKeyLower, targetKey: pair.key, targetTitle: pair.title, toPageId });
    }
    return { html, links };
  }
}

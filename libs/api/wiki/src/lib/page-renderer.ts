import { Injectable } from '@nestjs/common';
import type { Tx } from '@pnyx/api/core/database';
import { parseMarkdown, type ParsedMarkdown, type WikiLink } from '@pnyx/shared/markdown';
import { PageLinkRepository, type LinkKey, type LinkTarget, type StoredLink } from './page-link.repository';
import { RevisionHtmlCache } from './revision-html.cache';
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

/** A stored version of a page: its body never changes. */
export interface RevisionRef {
  pageId: string;
  version: number;
  body: string;
}

/** Links resolved per body; more are rendered, but not looked up or stored. */
const MAX_LINKS = 500;

interface LinkPair extends LinkKey {
  title: string;
}

const pairKey = (spaceKeyLower: string, key: string) => `${spaceKeyLower}:${key}`;

/** Renders a body as a page of `space` shows it, resolving its `[[links]]` in one query. */
@Injectable()
export class PageRenderer {
  constructor(
    private readonly links: PageLinkRepository,
    private readonly revisionHtml: RevisionHtmlCache,
  ) {}

  async render(tx: Tx, space: SpaceRef, body: string, selfId: string | null = null): Promise<RenderedBody> {
    return this.renderWith((pairs) => this.links.resolve(tx, pairs), space, body, selfId);
  }

  /**
   * Renders with link targets looked up by `resolve` (e.g. a request's loader,
   * so that many bodies in one response share one query).
   */
  async renderWith(resolve: ResolveTargets, space: SpaceRef, body: string, selfId: string | null = null): Promise<RenderedBody> {
    const parsed = parseMarkdown(body);
    const pairs = this.distinctPairs(space, parsed.links);
    const found = await this.lookUp(resolve, [...pairs.values()]);
    const html = this.renderParsed(space, parsed, found);
    const links: StoredLink[] = [];
    for (const [id, pair] of pairs) {
      const toPageId = found.get(id)?.pageId ?? null;
      if (selfId && toPageId === selfId) continue;
      links.push({ targetSpaceKey: pair.spaceKeyLower, targetKey: pair.key, targetTitle: pair.title, toPageId });
    }
    return { html, links };
  }

  /**
   * A stored version's html with its links resolved as of now: rendered once, then reused from
   * the cache for as long as its links resolve to the same targets (a lookup, through `resolve`).
   * No parsed body is held while the lookup waits: it is about 90 times the body's size, and
   * a response may render many versions, each waiting for the same batched lookup.
   */
  async renderRevision(resolve: ResolveTargets, space: SpaceRef, revision: RevisionRef): Promise<string> {
    const cached = this.revisionHtml.get(revision.pageId, revision.version);
    const pairs = cached?.pairs ?? linkKeys(this.distinctPairs(space, parseMarkdown(revision.body).links));
    const found = await this.lookUp(resolve, pairs);
    const print = fingerprint(space, pairs, found);
    if (cached?.fingerprint === print) {
      this.revisionHtml.stats.hits++;
      return cached.html;
    }
    const html = this.renderParsed(space, parseMarkdown(revision.body), found);
    this.revisionHtml.stats.renders++;
    this.revisionHtml.set(revision.pageId, revision.version, { pairs, fingerprint: print, html });
    return html;
  }

  /** The distinct links to look up, at most MAX_LINKS, by their id. */
  private distinctPairs(space: SpaceRef, links: readonly WikiLink[]): Map<string, LinkPair> {
    const pairs = new Map<string, LinkPair>();
    for (const link of links) {
      const id = this.pairIdOf(space, link);
      if (!pairs.has(id) && pairs.size < MAX_LINKS) pairs.set(id, { spaceKeyLower: (link.space ?? space.key).toLowerCase(), key: link.key, title: link.title });
    }
    return pairs;
  }

  private renderParsed(space: SpaceRef, parsed: ParsedMarkdown, found: ReadonlyMap<string, LinkTarget>): string {
    return parsed.render((link) => wikiLinkTarget(space.id, space.key, link, found.get(this.pairIdOf(space, link))));
  }

  private async lookUp(resolve: ResolveTargets, pairs: readonly LinkKey[]): Promise<Map<string, LinkTarget>> {
    const targets = await resolve(pairs.map(({ spaceKeyLower, key }) => ({ spaceKeyLower, key })));
    return new Map(targets.map((t) => [pairKey(t.spaceKeyLower, t.key), t]));
  }

  private pairIdOf(space: SpaceRef, link: WikiLink): string {
    return pairKey((link.space ?? space.key).toLowerCase(), link.key);
  }
}

function linkKeys(pairs: ReadonlyMap<string, LinkPair>): LinkKey[] {
  return [...pairs.values()].map(({ spaceKeyLower, key }) => ({ spaceKeyLower, key }));
}

/** Everything a rendering depends on besides the body: the space, and where each looked-up link points. */
function fingerprint(space: SpaceRef, pairs: readonly LinkKey[], found: ReadonlyMap<string, LinkTarget>): string {
  const targets = pairs.map((pair) => {
    const target = found.get(pairKey(pair.spaceKeyLower, pair.key));
    return target ? [target.spaceId, target.spaceKey, target.visibility, target.slug] : null;
  });
  return JSON.stringify([space.id, space.key, targets]);
}

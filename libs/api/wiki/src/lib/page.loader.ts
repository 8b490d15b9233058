import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { TransactionRunner } from '@pnyx/api/core/database';
import { byKeys, groupByKeys, loaderFor, viewer, type GraphqlContext } from '@pnyx/api/core/graphql';
import { UserLoader } from '@pnyx/api/identity';
import { SpaceAccess } from '@pnyx/api/spaces';
import { PageLabelRepository } from './page-label.repository';
import { PageLinkRepository, type LinkKey, type LinkTarget } from './page-link.repository';
import type { ResolveTargets } from './page-renderer';
import { PageRevisionRepository, type RevisionSummary } from './page-revision.repository';
import type { PageRevisionEntity } from './page-revision.entity';
import { WITH_CONTENT, type PageContentColumns } from './page-sql';
import type { PageEntity } from './page.entity';
import { PageRepository } from './page.repository';

/** Part of a loader's key: which large columns its batch fetches. */
const contentKey = (content: PageContentColumns) => `${content.body ? 'b' : ''}${content.html ? 'h' : ''}`;

/**
 * Per-request batching for everything a Page resolves. Lists take a window
 * (`limit`, keyset `after`), part of the loader's key so one batch shares it.
 * Except `visible` and `backlinks`, callers pass pages they already know the
 * viewer may read (children, revisions and labels follow their page).
 * Page loaders take which large columns to fetch (`content`: body, html) and
 * the revision list whether to fetch bodies — resolvers ask only for what the
 * query selects, so a page's history costs a few hundred bytes per version.
 */
@Injectable()
export class PageLoader {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly pages: PageRepository,
    private readonly revisionRepo: PageRevisionRepository,
    private readonly linkRepo: PageLinkRepository,
    private readonly labelRepo: PageLabelRepository,
    private readonly users: UserLoader,
    private readonly spaces: SpaceAccess,
  ) {}

  /** Link targets, looked up once per request for every body rendered in it. */
  linkTargets(ctx: GraphqlContext): ResolveTargets {
    const id = (pair: LinkKey) => `${pair.spaceKeyLower}\u0000${pair.key}`;
    const loader = loaderFor(ctx, 'page.linkTargets', () =>
      new DataLoader<LinkKey, LinkTarget | null, string>(async (pairs) => byKeys(pairs.map(id), await this.linkRepo.resolve(this.tx.reader, pairs), id), {
        cacheKeyFn: id,
      }),
    );
    return async (pairs) => (await loader.loadMany(pairs)).filter((t): t is LinkTarget => t !== null && !(t instanceof Error));
  }

  /**
   * The live page if the viewer may read it. `withSpace`: its space and the
   * viewer's role come in the same statement and go to SpaceAccess, so the
   * fields that need them (space, canEdit, …) cost no statement.
   */
  visible(ctx: GraphqlContext, viewerId: string, id: string, content: PageContentColumns = WITH_CONTENT, withSpace = false): Promise<PageEntity | null> {
    return loaderFor(ctx, `page.visible:${viewerId}:${contentKey(content)}${withSpace ? 's' : ''}`, () =>
      new DataLoader<string, PageEntity | null>(async (ids) => {
        if (!withSpace) return byKeys(ids, await this.pages.findVisibleByIds(viewerId, ids, this.tx.reader, content), (p) => p.id);
        const found = await this.pages.findVisibleWithSpaces(viewerId, ids, content);
        for (const { space } of found) this.spaces.prime(ctx, viewer(ctx), space);
        return byKeys(ids, found.map((f) => f.page), (p) => p.id);
      }),
    ).load(id);
  }

  children(ctx: GraphqlContext, parentId: string, limit: number, afterId: string | null, content: PageContentColumns = WITH_CONTENT): Promise<PageEntity[]> {
    return loaderFor(ctx, `page.children:${limit}:${afterId ?? ''}:${contentKey(content)}`, () =>
      new DataLoader<string, PageEntity[]>(async (ids) => groupByKeys(ids, await this.pages.children(ids, limit, afterId, content), (p) => p.parentId as string)),
    ).load(parentId);
  }

  roots(ctx: GraphqlContext, spaceId: string, limit: number, afterId: string | null): Promise<PageEntity[]> {
    return loaderFor(ctx, `page.roots:${limit}:${afterId ?? ''}`, () =>
      new DataLoader<string, PageEntity[]>(async (ids) => groupByKeys(ids, await this.pages.roots(ids, limit, afterId), (p) => p.spaceId)),
    ).load(spaceId);
  }

  async childCount(ctx: GraphqlContext, parentId: string): Promise<number> {
    const row = await loaderFor(ctx, 'page.childCount', () =>
      new DataLoader<string, { parentId: string; count: number } | null>(async (ids) => byKeys(ids, await this.pages.childCounts(ids), (r) => r.parentId)),
    ).load(parentId);
    return row?.count ?? 0;
  }

  /** Ancestors, root first. */
  path(ctx: GraphqlContext, pageId: string, content: PageContentColumns = WITH_CONTENT): Promise<PageEntity[]> {
    return loaderFor(ctx, `page.path:${contentKey(content)}`, () =>
      new DataLoader<string, PageEntity[]>(async (ids) => groupByKeys(ids, await this.pages.ancestors(ids, content), (p) => p.forPageId)),
    ).load(pageId);
  }

  async labels(ctx: GraphqlContext, pageId: string): Promise<string[]> {
    const rows = await loaderFor(ctx, 'page.labels', () =>
      new DataLoader<string, { pageId: string; label: string }[]>(async (ids) => groupByKeys(ids, await this.labelRepo.forPages(ids), (r) => r.pageId)),
    ).load(pageId);
    return rows.map((r) => r.label);
  }

  /**
   * Newest first; bodies only `withBody`. `withAuthors`: the authors come in
   * the same statement and go to UserLoader, so `author` costs no statement.
   */
  revisions(ctx: GraphqlContext, pageId: string, limit: number, beforeVersion: number | null, withBody: boolean, withAuthors: boolean): Promise<RevisionSummary[]> {
    return loaderFor(ctx, `page.revisions:${limit}:${beforeVersion ?? ''}:${withBody ? 'b' : ''}${withAuthors ? 'a' : ''}`, () =>
      new DataLoader<string, RevisionSummary[]>(async (ids) => {
        const rows = await this.revisionRepo.listForPages(ids, limit, beforeVersion, withBody, withAuthors);
        if (withAuthors) this.users.prime(ctx, rows.flatMap((r) => (r.author ? [r.author] : [])));
        return groupByKeys(ids, rows, (r) => r.pageId);
      }),
    ).load(pageId);
  }

  revision(ctx: GraphqlContext, pageId: string, version: number): Promise<PageRevisionEntity | null> {
    return loaderFor(ctx, 'page.revision', () =>
      new DataLoader<string, PageRevisionEntity | null>(async (keys) => {
        const pairs = keys.map((k) => k.split('@') as [string, string]).map(([id, v]) => [id, Number(v)] as const);
        return byKeys(keys, await this.revisionRepo.find(pairs), (r) => `${r.pageId}@${r.version}`);
      }),
    ).load(`${pageId}@${version}`);
  }

  /** Readable pages linking here, by title. */
  backlinks(
    ctx: GraphqlContext,
    viewerId: string,
    pageId: string,
    limit: number,
    afterId: string | null,
    content: PageContentColumns = WITH_CONTENT,
  ): Promise<PageEntity[]> {
    return loaderFor(ctx, `page.backlinks:${viewerId}:${limit}:${afterId ?? ''}:${contentKey(content)}`, () =>
      new DataLoader<string, PageEntity[]>(async (ids) =>
        groupByKeys(ids, await this.linkRepo.backlinks(viewerId, ids, limit, afterId, content), (p) => p.targetId),
      ),
    ).load(pageId);
  }

  /** The most used labels of a readable space. */
  spaceLabels(ctx: GraphqlContext, spaceId: string, limit: number): Promise<{ label: string; count: number }[]> {
    return loaderFor(ctx, `page.spaceLabels:${limit}`, () =>
      new DataLoader<string, { spaceId: string; label: string; count: number }[]>(async (ids) =>
        groupByKeys(ids, await this.labelRepo.countsForSpaces(ids, limit), (r) => r.spaceId),
      ),
    ).load(spaceId);
  }
}

import { Injectable } from '@nestjs/common';
import { DomainException, NodeRegistry, encodeKeyset, keysetQuery, uuidOf, type AuthUser, type GraphqlContext, type KeysetSpec } from '@pnyx/api/core/graphql';
import { encodeId } from '@pnyx/shared/contracts';
import { FeedConnectionModel, FeedItemModel, type FeedFilterInput, type FeedItemKind } from './feed.model';
import { FeedRepository, type FeedItemRow } from './feed.repository';

/** Newest first by the item's sequence number. */
export const FEED_ORDER: KeysetSpec = { columns: [{ sql: 'f.seq', type: 'int' }], direction: 'DESC' };

/** A feed page holds 20 items unless `first` says otherwise (at most 100). */
export const FEED_PAGE_SIZE = 20;

/** Pinned announcements shown above a space's feed. */
const MAX_PINNED = 3;

export interface FeedScope {
  following: boolean;
  spaceId: string | null;
}

/** The subject of an item that still shows: gone (null), a deleted post or a withdrawn proposal does not. */
function shows(subject: object | null): subject is object {
  if (subject === null) return false;
  if ((subject as { deleted?: boolean }).deleted === true) return false;
  return (subject as { status?: string }).status !== 'WITHDRAWN';
}

@Injectable()
export class FeedService {
  constructor(
    private readonly feed: FeedRepository,
    private readonly nodes: NodeRegistry,
  ) {}

  /** Validates the filter: a space id that is not one is NOT_FOUND naming `filter.spaceId`. */
  scopeOf(filter: FeedFilterInput | null | undefined): FeedScope {
    const spaceId = filter?.spaceId ? uuidOf(filter.spaceId, 'Space', 'filter.spaceId', (f) => DomainException.notFound('Space', f)) : null;
    return { following: filter?.following === true, spaceId };
  }

  /**
   * One page: one statement for the items (visibility and filter inside it),
   * then one batch per subject type and per field through the loaders.
   */
  async page(ctx: GraphqlContext, user: AuthUser, size: number | null | undefined, after: string | null | undefined, scope: FeedScope): Promise<FeedConnectionModel> {
    const q = keysetQuery(FEED_ORDER, size ?? FEED_PAGE_SIZE, after);
    const first = after === null || after === undefined;
    const afterSeq = first ? null : String(q.params['keyset0']);
    const [rows, pinnedRows] = await Promise.all([
      scope.following && scope.spaceId === null
        ? this.feed.following(user.id, afterSeq, q.limit)
        : this.feed.everything(user.id, afterSeq, q.limit, scope.spaceId),
      scope.spaceId !== null && first ? this.feed.pinnedIn(user.id, scope.spaceId, MAX_PINNED) : Promise.resolve([]),
    ]);
    const page = rows.slice(0, q.pageSize);
    const [nodes, pinned] = await Promise.all([this.toModels(ctx, page), this.toModels(ctx, pinnedRows)]);
    const last = page[page.length - 1];
    return Object.assign(new FeedConnectionModel(), {
      nodes,
      pinned,
      pageInfo: { hasNextPage: rows.length > q.pageSize, endCursor: last ? encodeKeyset([Number(last.seq)]) : null },
    });
  }

  /** The item for a subscriber, if they may read it and it matches their filter; null otherwise. */
  async itemFor(ctx: GraphqlContext, user: AuthUser, itemId: string, scope: FeedScope): Promise<FeedItemModel | null> {
    const row = await this.feed.visibleItem(user.id, itemId, scope.following && scope.spaceId === null);
    if (!row || (scope.spaceId !== null && row.spaceId !== scope.spaceId)) return null;
    const [model] = await this.toModels(ctx, [row]);
    return model ?? null;
  }

  /** Loads the subjects with their own modules' loaders (batched per type), dropping those gone or hidden since. */
  private async toModels(ctx: GraphqlContext, rows: readonly FeedItemRow[]): Promise<FeedItemModel[]> {
    const subjects = await this.nodes.loadVisibleMany(
      ctx,
      rows.map((row) => ({ type: row.subjectType, id: row.subjectId })),
    );
    const models: FeedItemModel[] = [];
    rows.forEach((row, i) => {
      const subject = subjects[i];
      if (!shows(subject)) return;
      models.push(
        Object.assign(new FeedItemModel(), {
          id: encodeId('FeedItem', row.id),
          seq: row.seq,
          kind: row.kind as FeedItemKind,
          actorId: row.actorId,
          subject,
          createdAt: row.createdAt,
        }),
      );
    });
    return models;
  }
}

import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, loaderFor, type GraphqlContext } from '@pnyx/api/core/graphql';
import type { PostEntity } from './post.entity';
import { PostRepository } from './post.repository';

/** Posts and their threads, batched per request. Except `visible`, callers pass posts the viewer may read. */
@Injectable()
export class PostLoader {
  constructor(private readonly posts: PostRepository) {}

  visible(ctx: GraphqlContext, viewerId: string, id: string): Promise<PostEntity | null> {
    return this.visibleLoader(ctx, viewerId).load(id);
  }

  /** Posts a list statement already read (with the viewer's visibility): `visible` answers them without a query. */
  prime(ctx: GraphqlContext, viewerId: string, posts: readonly PostEntity[]): void {
    const loader = this.visibleLoader(ctx, viewerId);
    for (const p of posts) loader.prime(p.id, p);
  }

  private visibleLoader(ctx: GraphqlContext, viewerId: string): DataLoader<string, PostEntity | null> {
    return loaderFor(ctx, `post.visible:${viewerId}`, () =>
      new DataLoader<string, PostEntity | null>(async (ids) => byKeys(ids, await this.posts.findVisibleByIds(viewerId, ids), (p) => p.id)),
    );
  }

  /** Replies, oldest first, up to `limit` per post (a reply is visible exactly when its parent is). */
  replies(ctx: GraphqlContext, postId: string, limit: number): Promise<PostEntity[]> {
    return loaderFor(ctx, `post.replies:${limit}`, () =>
      new DataLoader<string, PostEntity[]>(async (ids) => groupByKeys(ids, await this.posts.repliesOf(ids, limit), (p) => p.replyToId ?? '')),
    ).load(postId);
  }

  async replyCount(ctx: GraphqlContext, postId: string): Promise<number> {
    const row = await loaderFor(ctx, 'post.replyCount', () =>
      new DataLoader<string, { parentId: string; count: number } | null>(async (ids) => byKeys(ids, await this.posts.replyCounts(ids), (r) => r.parentId)),
    ).load(postId);
    return row?.count ?? 0;
  }
}

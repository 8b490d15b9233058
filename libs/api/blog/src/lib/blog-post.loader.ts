import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, loaderFor, type GraphqlContext } from '@pnyx/api/core/graphql';
import type { BlogPostRevisionEntity } from './blog-post-revision.entity';
import type { BlogPostEntity } from './blog-post.entity';
import { BlogPostRepository } from './blog-post.repository';

/** Blog posts and their versions, batched per request. Except `visible`, callers pass posts the viewer may read. */
@Injectable()
export class BlogPostLoader {
  constructor(private readonly posts: BlogPostRepository) {}

  visible(ctx: GraphqlContext, viewerId: string, id: string): Promise<BlogPostEntity | null> {
    return this.visibleLoader(ctx, viewerId).load(id);
  }

  /** Posts a list statement already read (with the viewer's visibility): `visible` answers them without a query. */
  prime(ctx: GraphqlContext, viewerId: string, posts: readonly BlogPostEntity[]): void {
    const loader = this.visibleLoader(ctx, viewerId);
    for (const p of posts) loader.prime(p.id, p);
  }

  private visibleLoader(ctx: GraphqlContext, viewerId: string): DataLoader<string, BlogPostEntity | null> {
    return loaderFor(ctx, `blogPost.visible:${viewerId}`, () =>
      new DataLoader<string, BlogPostEntity | null>(async (ids) => byKeys(ids, await this.posts.findVisibleByIds(viewerId, ids), (p) => p.id)),
    );
  }

  /** Versions, newest first, up to `limit` per post. */
  revisions(ctx: GraphqlContext, postId: string, limit: number, before: number | null): Promise<BlogPostRevisionEntity[]> {
    return loaderFor(ctx, `blogPost.revisions:${limit}:${before ?? ''}`, () =>
      new DataLoader<string, BlogPostRevisionEntity[]>(async (ids) =>
        groupByKeys(ids, await this.posts.revisionsOf(ids, limit, before), (r) => r.blogPostId),
      ),
    ).load(postId);
  }
}

import { Injectable } from '@nestjs/common';
import type { Tx } from '@pnyx/api/core/database';
import { UnitOfWork, type UseCase } from '@pnyx/api/core/events';
import { DomainException, uuidOf, type AuthUser } from '@pnyx/api/core/graphql';
import { ContentReferences } from '@pnyx/api/social';
import { SpaceAccess } from '@pnyx/api/spaces';
import { encodeId } from '@pnyx/shared/contracts';
import { renderMarkdown } from '@pnyx/shared/markdown';
import type { BlogPostEntity } from './blog-post.entity';
import { blogPostUuid } from './blog-post.mapper';
import type { CreateBlogPostInput, UpdateBlogPostInput } from './blog-post.model';
import { BlogPostRepository } from './blog-post.repository';
import { validateBlogBody, validateBlogTags, validateBlogTitle } from './blog-text';
import { BlogException } from './blog.exception';
import { BlogPolicy } from './blog.policy';

@Injectable()
export class BlogPostService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly posts: BlogPostRepository,
    private readonly spaces: SpaceAccess,
    private readonly references: ContentReferences,
  ) {}

  /** A personal post or one in a space's blog (members only); a draft unless `publish`. Version 1 is kept. */
  create(user: AuthUser, input: CreateBlogPostInput): Promise<BlogPostEntity> {
    const title = validateBlogTitle(input.title);
    const body = validateBlogBody(input.body);
    const tags = validateBlogTags(input.tags);
    const spaceId = input.spaceId ? uuidOf(input.spaceId, 'Space', 'spaceId', (f) => BlogException.spaceNotFound(f)) : null;
    return this.uow.run(user, async (uc) => {
      const { tx, record } = uc;
      if (spaceId) {
        const space = await this.spaces.requireReadable(user, spaceId, tx, 'spaceId');
        if (!BlogPolicy.canWrite(true, space.role)) throw BlogException.notMember();
      }
      const status = input.publish ? 'PUBLISHED' : 'DRAFT';
      const created = await this.posts.insert(tx, { authorId: user.id, spaceId, title, body, html: renderMarkdown(body), tags, status });
      await this.posts.insertRevision(tx, created, user.id);
      const payload = { authorId: user.id, title, tags, version: created.version };
      await record({ type: 'blog_post.created', aggregateType: 'BlogPost', aggregateId: created.id, spaceId, payload: { ...payload, status } });
      if (created.status === 'PUBLISHED') await this.published(uc, created);
      return created;
    });
  }

  /** The author saves a new version; a stale `baseVersion` is CONFLICT and writes nothing. */
  update(user: AuthUser, input: UpdateBlogPostInput): Promise<BlogPostEntity> {
    const id = blogPostUuid(input.id);
    if (!Number.isInteger(input.baseVersion) || input.baseVersion < 1) throw DomainException.badInput('baseVersion', 'baseVersion is a version number (1 or more)');
    const title = input.title == null ? null : validateBlogTitle(input.title);
    const body = input.body == null ? null : validateBlogBody(input.body);
    const tags = input.tags == null ? null : validateBlogTags(input.tags);
    return this.uow.run(user, async ({ tx, record }) => {
      const post = await this.requireAuthor(user, id, tx);
      if (post.version !== input.baseVersion) throw BlogException.staleVersion(input.baseVersion, post.version);
      const text = { title: title ?? post.title, body: body ?? post.body, tags: tags ?? post.tags };
      const updated = await this.posts.update(tx, id, { ...text, html: body === null ? post.html : renderMarkdown(text.body) });
      await this.posts.insertRevision(tx, updated, user.id);
      if (updated.status === 'PUBLISHED') await this.references.replace(tx, referenceSource(updated), updated.body, post.body);
      await record({
        type: 'blog_post.updated',
        aggregateType: 'BlogPost',
        aggregateId: id,
        spaceId: updated.spaceId,
        payload: { authorId: updated.authorId, title: updated.title, tags: updated.tags, version: updated.version, previousVersion: post.version, status: updated.status },
      });
      return updated;
    });
  }

  /** The author publishes a draft, once (again: CONFLICT). */
  publish(user: AuthUser, postId: string): Promise<BlogPostEntity> {
    const id = blogPostUuid(postId);
    return this.uow.run(user, async (uc) => {
      const post = await this.requireAuthor(user, id, uc.tx);
      if (!BlogPolicy.canPublish(user.id, post)) throw BlogException.alreadyPublished();
      const published = await this.posts.publish(uc.tx, id);
      await this.published(uc, published);
      return published;
    });
  }

  /** What publishing adds: the post's links count from now on, and the feed hears of it. */
  private async published(uc: UseCase, post: BlogPostEntity): Promise<void> {
    await this.references.replace(uc.tx, referenceSource(post), post.body, '');
    await uc.record({
      type: 'blog_post.published',
      aggregateType: 'BlogPost',
      aggregateId: post.id,
      spaceId: post.spaceId,
      payload: { authorId: post.authorId, title: post.title, tags: post.tags, version: post.version, publishedAt: (post.publishedAt ?? new Date()).toISOString() },
    });
  }

  /** The post, locked, when the caller may read it (else NOT_FOUND) and wrote it (else FORBIDDEN). */
  private async requireAuthor(user: AuthUser, id: string, tx: Tx): Promise<BlogPostEntity> {
    const post = await this.posts.lockVisible(tx, user.id, id);
    if (!post) throw BlogException.postNotFound();
    if (!BlogPolicy.canEdit(user.id, post)) throw BlogException.notAuthor();
    return post;
  }
}

/** A published blog post as the source of links to other content (a proposal lists it under "Linked from"). */
function referenceSource(p: BlogPostEntity) {
  const id = encodeId('BlogPost', p.id);
  return { type: 'BlogPost', id: p.id, spaceId: p.spaceId, title: p.title, path: `/blog/${id}` };
}

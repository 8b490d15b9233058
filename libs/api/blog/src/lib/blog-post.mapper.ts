import { uuidOf } from '@pnyx/api/core/graphql';
import { encodeId } from '@pnyx/shared/contracts';
import type { BlogPostRevisionEntity } from './blog-post-revision.entity';
import type { BlogPostEntity } from './blog-post.entity';
import { BlogPostModel, BlogPostRevisionModel } from './blog-post.model';
import { BlogException } from './blog.exception';

/** The uuid behind a BlogPost id, or NOT_FOUND naming `field`. */
export function blogPostUuid(id: string, field = 'id'): string {
  return uuidOf(id, 'BlogPost', field, (f) => BlogException.postNotFound(f));
}

export function toBlogPostModel(p: BlogPostEntity): BlogPostModel {
  return Object.assign(new BlogPostModel(), {
    id: encodeId('BlogPost', p.id),
    uuid: p.id,
    authorId: p.authorId,
    spaceId: p.spaceId,
    title: p.title,
    body: p.body,
    html: p.html,
    status: p.status,
    publishedAt: p.publishedAt,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    tags: p.tags,
    version: p.version,
  });
}

export function toBlogPostRevisionModel(r: BlogPostRevisionEntity): BlogPostRevisionModel {
  return Object.assign(new BlogPostRevisionModel(), { version: r.version, title: r.title, body: r.body, tags: r.tags, createdAt: r.createdAt });
}

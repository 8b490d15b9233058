import { uuidOf } from '@pnyx/api/core/graphql';
import { encodeId } from '@pnyx/shared/contracts';
import type { PostEntity } from './post.entity';
import { PostModel } from './post.model';
import { PostsException } from './posts.exception';

/** The uuid behind a Post id, or NOT_FOUND naming `field`. */
export function postUuid(id: string, field = 'id'): string {
  return uuidOf(id, 'Post', field, (f) => PostsException.postNotFound(f));
}

export function toPostModel(p: PostEntity): PostModel {
  return Object.assign(new PostModel(), {
    id: encodeId('Post', p.id),
    uuid: p.id,
    authorId: p.authorId,
    spaceId: p.spaceId,
    replyToUuid: p.replyToId,
    mentionIds: p.mentionIds,
    deletedAt: p.deletedAt,
    body: p.body,
    html: p.html,
    createdAt: p.createdAt,
    editedAt: p.editedAt,
    deleted: p.deletedAt !== null,
    pinned: p.pinnedAt !== null,
    hashtags: p.hashtags,
  });
}

import { Injectable } from '@nestjs/common';
import type { Tx } from '@pnyx/api/core/database';
import { UnitOfWork } from '@pnyx/api/core/events';
import { DomainException, uuidOf, type AuthUser } from '@pnyx/api/core/graphql';
import { UserRepository } from '@pnyx/api/identity';
import { ContentReferences } from '@pnyx/api/social';
import { SpaceAccess, type SpaceWithRole } from '@pnyx/api/spaces';
import { encodeId } from '@pnyx/shared/contracts';
import { renderMarkdown } from '@pnyx/shared/markdown';
import type { PostEntity } from './post.entity';
import { postUuid } from './post.mapper';
import type { CreatePostInput, UpdatePostInput } from './post.model';
import { PostRepository } from './post.repository';
import { extractHashtags, extractMentions, postTitle, validatePostBody } from './post-text';
import { PostsException } from './posts.exception';
import { PostsPolicy } from './posts.policy';

/** The body as stored: Markdown, its sanitised HTML, the mentioned users (resolved now) and the hashtags. */
interface PostText {
  body: string;
  html: string;
  mentionIds: string[];
  hashtags: string[];
}

@Injectable()
export class PostService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly posts: PostRepository,
    private readonly spaces: SpaceAccess,
    private readonly users: UserRepository,
    private readonly references: ContentReferences,
  ) {}

  /** A post to everyone, into a space, or a reply (which lives in its parent's space). */
  create(user: AuthUser, input: CreatePostInput): Promise<PostEntity> {
    const body = validatePostBody(input.body);
    const replyToId = input.replyToId ? postUuid(input.replyToId, 'replyToId') : null;
    const spaceId = input.spaceId ? spaceUuid(input.spaceId) : null;
    return this.uow.run(user, async ({ tx, record }) => {
      let targetSpace = spaceId;
      if (replyToId) {
        const [parent] = await this.posts.findVisibleByIds(user.id, [replyToId], tx);
        if (!parent || parent.deletedAt) throw PostsException.postNotFound('replyToId');
        if (spaceId && spaceId !== parent.spaceId) throw DomainException.badInput('spaceId', "A reply lives in its parent's space");
        targetSpace = parent.spaceId;
      }
      if (targetSpace) {
        const space = await this.readableSpace(user, targetSpace, tx);
        if (!PostsPolicy.canPost(space.space.visibility, space.role)) throw PostsException.cannotPost();
      }
      const text = await this.textOf(body, tx);
      const created = await this.posts.insert(tx, { authorId: user.id, spaceId: targetSpace, replyToId, ...text });
      await this.posts.replaceHashtags(tx, created.id, created.createdAt, text.hashtags);
      await this.references.replace(tx, referenceSource(created), body, '');
      await record({
        type: 'post.created',
        aggregateType: 'Post',
        aggregateId: created.id,
        spaceId: created.spaceId,
        payload: { authorId: user.id, replyToId, mentionedUserIds: text.mentionIds, hashtags: text.hashtags },
      });
      return created;
    });
  }

  /** The author edits the text; `editedAt` shows it. Mentions and hashtags follow the new text. */
  update(user: AuthUser, input: UpdatePostInput): Promise<PostEntity> {
    const id = postUuid(input.id);
    const body = validatePostBody(input.body);
    return this.uow.run(user, async ({ tx, record }) => {
      const post = await this.requireChangeable(user, id, tx);
      const text = await this.textOf(body, tx);
      const updated = await this.posts.update(tx, id, text);
      await this.posts.replaceHashtags(tx, id, updated.createdAt, text.hashtags);
      await this.references.replace(tx, referenceSource(updated), body, post.body);
      const before = new Set(post.mentionIds);
      await record({
        type: 'post.updated',
        aggregateType: 'Post',
        aggregateId: id,
        spaceId: updated.spaceId,
        payload: {
          authorId: updated.authorId,
          replyToId: updated.replyToId,
          mentionedUserIds: text.mentionIds,
          newlyMentionedUserIds: text.mentionIds.filter((m) => !before.has(m)),
          hashtags: text.hashtags,
        },
      });
      return updated;
    });
  }

  /** The author deletes; the post stays in its thread, empty and marked deleted. */
  delete(user: AuthUser, postId: string): Promise<PostEntity> {
    const id = postUuid(postId);
    return this.uow.run(user, async ({ tx, record }) => {
      await this.requireChangeable(user, id, tx);
      const deleted = await this.posts.markDeleted(tx, id);
      await this.posts.replaceHashtags(tx, id, deleted.createdAt, []);
      await this.references.remove(tx, 'Post', id);
      await record({
        type: 'post.deleted',
        aggregateType: 'Post',
        aggregateId: id,
        spaceId: deleted.spaceId,
        payload: { authorId: deleted.authorId, replyToId: deleted.replyToId },
      });
      return deleted;
    });
  }

  /** A manager pins a space's announcement (replacing the one before) or unpins it. */
  setPinned(user: AuthUser, postId: string, pinned: boolean): Promise<PostEntity> {
    const id = postUuid(postId);
    return this.uow.run(user, async ({ tx, record }) => {
      const post = await this.posts.lockVisible(tx, user.id, id);
      if (!post) throw PostsException.postNotFound();
      const space = post.spaceId ? await this.readableSpace(user, post.spaceId, tx, 'id') : null;
      if (!space || !PostsPolicy.canPin(user.roles, space.role, post)) throw PostsException.cannotPin();
      if ((post.pinnedAt !== null) === pinned) return post;
      await this.posts.lockPins(tx, space.space.id);
      const replaced = pinned ? await this.posts.unpinOthers(tx, space.space.id, id) : null;
      const changed = await this.posts.setPinned(tx, id, pinned);
      await record({
        type: 'post.pinned',
        aggregateType: 'Post',
        aggregateId: id,
        spaceId: changed.spaceId,
        payload: { authorId: changed.authorId, pinned, replacedPostId: replaced },
      });
      return changed;
    });
  }

  private async requireChangeable(user: AuthUser, id: string, tx: Tx): Promise<PostEntity> {
    const post = await this.posts.lockVisible(tx, user.id, id);
    if (!post) throw PostsException.postNotFound();
    if (post.deletedAt) throw PostsException.deleted();
    if (!PostsPolicy.canChange(user.id, post)) throw PostsException.notAuthor();
    return post;
  }

  private async readableSpace(user: AuthUser, spaceId: string, tx: Tx, field = 'spaceId'): Promise<SpaceWithRole> {
    return this.spaces.requireReadable(user, spaceId, tx, field);
  }

  /** Renders the body and resolves its mentions to users now (an unknown @name stays plain text). */
  private async textOf(body: string, tx: Tx): Promise<PostText> {
    const names = extractMentions(body);
    const found = names.length ? await this.users.findByUsernames(names, tx) : [];
    const idOf = new Map(found.map((u) => [u.username.toLowerCase(), u.id]));
    const mentionIds = [...new Set(names.map((n) => idOf.get(n)).filter((id): id is string => id !== undefined))];
    return { body, html: renderMarkdown(body), mentionIds, hashtags: extractHashtags(body) };
  }
}

/** The uuid behind a Space id; a malformed one looks like a missing space. */
function spaceUuid(id: string): string {
  return uuidOf(id, 'Space', 'spaceId', (f) => PostsException.spaceNotFound(f));
}

/** A post as the source of links to other content (a proposal lists it under "Linked from"). */
function referenceSource(p: PostEntity) {
  const id = encodeId('Post', p.id);
  return { type: 'Post', id: p.id, spaceId: p.spaceId, title: postTitle(p.body), path: `/posts/${id}` };
}

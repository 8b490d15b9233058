import { Injectable } from '@nestjs/common';
import type { SearchDocumentSource } from '@pnyx/api/search-index';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import type { KeysetQuery, KeysetSpec } from '@pnyx/api/core/graphql';
import type { PostEntity } from './post.entity';
import { postColumns, postReadableSql } from './post-sql';

export type NewPost = Pick<PostEntity, 'authorId' | 'spaceId' | 'replyToId' | 'body' | 'html' | 'mentionIds' | 'hashtags'>;

/** Newest first. */
export const POSTS_NEWEST_FIRST: KeysetSpec = {
  columns: [
    { sql: 'p.created_at', type: 'timestamptz' },
    { sql: 'p.id', type: 'uuid' },
  ],
  direction: 'DESC',
};

/** Posts with a hashtag, newest first (the tag rows carry the post's time). */
export const HASHTAG_POSTS_ORDER: KeysetSpec = {
  columns: [
    { sql: 'h.created_at', type: 'timestamptz' },
    { sql: 'h.post_id', type: 'uuid' },
  ],
  direction: 'DESC',
};

/** A space's posts: its pinned announcement first, then newest first. */
export const SPACE_POSTS_ORDER: KeysetSpec = {
  columns: [{ sql: '(CASE WHEN p.pinned_at IS NULL THEN 0 ELSE 1 END)', type: 'int' }, ...POSTS_NEWEST_FIRST.columns],
  direction: 'DESC',
};

@Injectable()
export class PostRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** A live post as the search index keeps it (its text doubles as title); null when deleted or gone. */
  async searchDocument(tx: Tx, id: string): Promise<Omit<SearchDocumentSource, 'path' | 'title'> | null> {
    const [doc] = await namedQuery<Omit<SearchDocumentSource, 'path' | 'title'>>(
      tx,
      `SELECT p.space_id AS "spaceId", p.author_id AS "authorId", NULL AS "draftOf", p.body AS markdown, p.created_at AS "occurredAt"
         FROM post p WHERE p.id = :id AND p.deleted_at IS NULL`,
      { id },
    );
    return doc ?? null;
  }

  async insert(tx: Tx, post: NewPost): Promise<PostEntity> {
    const [created] = await namedQuery<PostEntity>(
      tx,
      `INSERT INTO post AS p (author_id, space_id, reply_to_id, body, html, mention_ids, hashtags)
       VALUES (:authorId, :spaceId, :replyToId, :body, :html, CAST(:mentionIds AS uuid[]), CAST(:hashtags AS text[]))
       RETURNING ${postColumns('p')}`,
      { ...post },
    );
    return created;
  }

  /** Replaces the post's hashtag rows (none for a deleted post). */
  async replaceHashtags(tx: Tx, postId: string, createdAt: Date, tags: readonly string[]): Promise<void> {
    await namedQuery(
      tx,
      `WITH gone AS (DELETE FROM post_hashtag WHERE post_id = :postId AND tag <> ALL(CAST(:tags AS text[])) RETURNING post_id)
       INSERT INTO post_hashtag (post_id, tag, created_at)
       SELECT :postId, t.tag, :createdAt FROM unnest(CAST(:tags AS text[])) AS t(tag)
       ON CONFLICT DO NOTHING`,
      { postId, tags, createdAt },
    );
  }

  /** The post locked for a change, if the viewer may read it. */
  async lockVisible(tx: Tx, viewerId: string, id: string): Promise<PostEntity | null> {
    const [post] = await namedQuery<PostEntity>(
      tx,
      `SELECT ${postColumns('p')} FROM post p WHERE p.id = :id AND ${postReadableSql('p')} FOR UPDATE OF p`,
      { id, viewerId },
    );
    return post ?? null;
  }

  /** Existence regardless of the viewer (the subject registry tells "hidden" from "missing"). */
  async exists(id: string, tx: Tx = this.tx.reader): Promise<{ spaceId: string | null } | null> {
    const [row] = await namedQuery<{ spaceId: string | null }>(tx, 'SELECT space_id AS "spaceId" FROM post WHERE id = :id', { id });
    return row ?? null;
  }

  findVisibleByIds(viewerId: string, ids: readonly string[], tx: Tx = this.tx.reader): Promise<PostEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return namedQuery(
      tx,
      `SELECT ${postColumns('p')} FROM post p WHERE p.id = ANY(CAST(:ids AS uuid[])) AND ${postReadableSql('p')}`,
      { ids, viewerId },
    );
  }

  async update(tx: Tx, id: string, change: Pick<PostEntity, 'body' | 'html' | 'mentionIds' | 'hashtags'>): Promise<PostEntity> {
    const [row] = await namedQuery<PostEntity>(
      tx,
      `WITH u AS (UPDATE post SET body = :body, html = :html, mention_ids = CAST(:mentionIds AS uuid[]), hashtags = CAST(:hashtags AS text[]), edited_at = now()
                   WHERE id = :id RETURNING *)
       SELECT ${postColumns('u')} FROM u`,
      { id, ...change },
    );
    return row;
  }

  /** Empties the post and marks it deleted; it stays in its thread. */
  async markDeleted(tx: Tx, id: string): Promise<PostEntity> {
    const [row] = await namedQuery<PostEntity>(
      tx,
      `WITH u AS (UPDATE post SET body = '', html = '', mention_ids = '{}', hashtags = '{}', pinned_at = NULL, deleted_at = now()
                   WHERE id = :id RETURNING *)
       SELECT ${postColumns('u')} FROM u`,
      { id },
    );
    return row;
  }

  /** Serialises pinning per space (its own statement: the reads after it depend on it). */
  async lockPins(tx: Tx, spaceId: string): Promise<void> {
    await namedQuery(tx, "SELECT pg_advisory_xact_lock(hashtextextended('post.pin:' || :spaceId, 0))", { spaceId });
  }

  /** Unpins the space's announcement other than `exceptId`; its id, if there was one. */
  async unpinOthers(tx: Tx, spaceId: string, exceptId: string | null): Promise<string | null> {
    const [row] = await namedQuery<{ id: string }>(
      tx,
      `WITH u AS (UPDATE post SET pinned_at = NULL
                   WHERE space_id = :spaceId AND pinned_at IS NOT NULL AND (CAST(:exceptId AS uuid) IS NULL OR id <> CAST(:exceptId AS uuid))
                   RETURNING id)
       SELECT id FROM u`,
      { spaceId, exceptId },
    );
    return row?.id ?? null;
  }

  async setPinned(tx: Tx, id: string, pinned: boolean): Promise<PostEntity> {
    const [row] = await namedQuery<PostEntity>(
      tx,
      `WITH u AS (UPDATE post SET pinned_at = CASE WHEN :pinned THEN coalesce(pinned_at, now()) ELSE NULL END WHERE id = :id RETURNING *)
       SELECT ${postColumns('u')} FROM u`,
      { id, pinned },
    );
    return row;
  }

  /** A space's live top-level posts (the space is readable: the caller checked), pinned first. */
  listInSpace(spaceId: string, q: KeysetQuery): Promise<PostEntity[]> {
    return namedQuery(
      this.tx.reader,
      `SELECT ${postColumns('p')} FROM post p
        WHERE p.space_id = :spaceId AND p.reply_to_id IS NULL AND p.deleted_at IS NULL AND ${q.where}
        ORDER BY ${q.orderBy} LIMIT :limit`,
      { spaceId, limit: q.limit, ...q.params },
    );
  }

  /** A person's live posts (replies too) that the viewer may read, newest first. */
  listByAuthor(viewerId: string, authorId: string, q: KeysetQuery): Promise<PostEntity[]> {
    return namedQuery(
      this.tx.reader,
      `SELECT ${postColumns('p')} FROM post p
        WHERE p.author_id = :authorId AND p.deleted_at IS NULL AND ${postReadableSql('p')} AND ${q.where}
        ORDER BY ${q.orderBy} LIMIT :limit`,
      { viewerId, authorId, limit: q.limit, ...q.params },
    );
  }

  /** Live posts with the (normalised) tag that the viewer may read, newest first. */
  listByHashtag(viewerId: string, tag: string, q: KeysetQuery): Promise<PostEntity[]> {
    return namedQuery(
      this.tx.reader,
      `SELECT ${postColumns('p')} FROM post_hashtag h JOIN post p ON p.id = h.post_id
        WHERE h.tag = :tag AND p.deleted_at IS NULL AND ${postReadableSql('p')} AND ${q.where}
        ORDER BY ${q.orderBy} LIMIT :limit`,
      { viewerId, tag, limit: q.limit, ...q.params },
    );
  }

  /** Up to `limit` replies per parent, oldest first (deleted ones too: a thread has no holes) — one statement for any number of parents. */
  repliesOf(parentIds: readonly string[], limit: number): Promise<PostEntity[]> {
    if (!parentIds.length) return Promise.resolve([]);
    return namedQuery(
      this.tx.reader,
      `SELECT ${postColumns('p')}
         FROM unnest(CAST(:parentIds AS uuid[])) AS parent(id)
         CROSS JOIN LATERAL (SELECT * FROM post r WHERE r.reply_to_id = parent.id ORDER BY r.created_at, r.id LIMIT :limit) p
        ORDER BY p.reply_to_id, p.created_at, p.id`,
      { parentIds, limit },
    );
  }

  async replyCounts(parentIds: readonly string[]): Promise<{ parentId: string; count: number }[]> {
    if (!parentIds.length) return [];
    return namedQuery(
      this.tx.reader,
      `SELECT reply_to_id AS "parentId", count(*)::int AS count FROM post
        WHERE reply_to_id = ANY(CAST(:parentIds AS uuid[])) AND deleted_at IS NULL GROUP BY reply_to_id`,
      { parentIds },
    );
  }
}

import { Injectable } from '@nestjs/common';
import type { SearchDocumentSource } from '@pnyx/api/search-index';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import type { KeysetQuery, KeysetSpec } from '@pnyx/api/core/graphql';
import type { BlogPostRevisionEntity } from './blog-post-revision.entity';
import type { BlogPostEntity } from './blog-post.entity';
import { blogPostColumns, blogPostReadableSql } from './blog-sql';

export type NewBlogPost = Pick<BlogPostEntity, 'authorId' | 'spaceId' | 'title' | 'body' | 'html' | 'tags' | 'status'>;
export type BlogPostText = Pick<BlogPostEntity, 'title' | 'body' | 'html' | 'tags'>;

/** Published posts, newest first by publication. */
export const PUBLISHED_NEWEST_FIRST: KeysetSpec = {
  columns: [
    { sql: 'b.published_at', type: 'timestamptz' },
    { sql: 'b.id', type: 'uuid' },
  ],
  direction: 'DESC',
};

/** Drafts and published posts together: newest first by publication, a draft by its creation. */
export const BLOG_NEWEST_FIRST: KeysetSpec = {
  columns: [
    { sql: 'coalesce(b.published_at, b.created_at)', type: 'timestamptz' },
    { sql: 'b.id', type: 'uuid' },
  ],
  direction: 'DESC',
};

@Injectable()
export class BlogPostRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** A blog post as the search index keeps it (a draft only for its author); null when gone. */
  async searchDocument(tx: Tx, id: string): Promise<Omit<SearchDocumentSource, 'path'> | null> {
    const [doc] = await namedQuery<Omit<SearchDocumentSource, 'path'>>(
      tx,
      `SELECT b.space_id AS "spaceId", b.author_id AS "authorId", CASE WHEN b.status = 'DRAFT' THEN b.author_id END AS "draftOf",
              b.title, b.body AS markdown, coalesce(b.published_at, b.created_at) AS "occurredAt"
         FROM blog_post b WHERE b.id = :id`,
      { id },
    );
    return doc ?? null;
  }

  async insert(tx: Tx, post: NewBlogPost): Promise<BlogPostEntity> {
    const [created] = await namedQuery<BlogPostEntity>(
      tx,
      `INSERT INTO blog_post AS b (author_id, space_id, title, body, html, tags, status, published_at)
       VALUES (:authorId, :spaceId, :title, :body, :html, CAST(:tags AS text[]), :status, CASE WHEN :status = 'PUBLISHED' THEN now() END)
       RETURNING ${blogPostColumns('b')}`,
      { ...post },
    );
    return created;
  }

  /** Keeps the post's current text as its version `version` (the table refuses any later change). */
  async insertRevision(tx: Tx, post: BlogPostEntity, authorId: string): Promise<void> {
    await namedQuery(
      tx,
      `INSERT INTO blog_post_revision (blog_post_id, version, title, body, tags, author_id)
       VALUES (:id, :version, :title, :body, CAST(:tags AS text[]), :authorId)`,
      { id: post.id, version: post.version, title: post.title, body: post.body, tags: post.tags, authorId },
    );
  }

  /** The post locked for a change, if the viewer may read it. */
  async lockVisible(tx: Tx, viewerId: string, id: string): Promise<BlogPostEntity | null> {
    const [post] = await namedQuery<BlogPostEntity>(
      tx,
      `SELECT ${blogPostColumns('b')} FROM blog_post b WHERE b.id = :id AND ${blogPostReadableSql('b')} FOR UPDATE OF b`,
      { id, viewerId },
    );
    return post ?? null;
  }

  /** Existence regardless of the viewer (the subject registry tells "hidden" from "missing"). */
  async exists(id: string, tx: Tx = this.tx.reader): Promise<{ spaceId: string | null } | null> {
    const [row] = await namedQuery<{ spaceId: string | null }>(tx, 'SELECT space_id AS "spaceId" FROM blog_post WHERE id = :id', { id });
    return row ?? null;
  }

  findVisibleByIds(viewerId: string, ids: readonly string[], tx: Tx = this.tx.reader): Promise<BlogPostEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return namedQuery(
      tx,
      `SELECT ${blogPostColumns('b')} FROM blog_post b WHERE b.id = ANY(CAST(:ids AS uuid[])) AND ${blogPostReadableSql('b')}`,
      { ids, viewerId },
    );
  }

  /** A new version: the text changes and `version` moves on by one. */
  async update(tx: Tx, id: string, text: BlogPostText): Promise<BlogPostEntity> {
    const [row] = await namedQuery<BlogPostEntity>(
      tx,
      `WITH u AS (UPDATE blog_post SET title = :title, body = :body, html = :html, tags = CAST(:tags AS text[]),
                         version = version + 1, updated_at = now()
                   WHERE id = :id RETURNING *)
       SELECT ${blogPostColumns('u')} FROM u`,
      { id, ...text },
    );
    return row;
  }

  async publish(tx: Tx, id: string): Promise<BlogPostEntity> {
    const [row] = await namedQuery<BlogPostEntity>(
      tx,
      `WITH u AS (UPDATE blog_post SET status = 'PUBLISHED', published_at = now() WHERE id = :id AND status = 'DRAFT' RETURNING *)
       SELECT ${blogPostColumns('u')} FROM u`,
      { id },
    );
    return row;
  }

  /** A space's published posts (the caller checked the space is readable). */
  listInSpace(spaceId: string, q: KeysetQuery): Promise<BlogPostEntity[]> {
    return namedQuery(
      this.tx.reader,
      `SELECT ${blogPostColumns('b')} FROM blog_post b
        WHERE b.space_id = :spaceId AND b.status = 'PUBLISHED' AND ${q.where}
        ORDER BY ${q.orderBy} LIMIT :limit`,
      { spaceId, limit: q.limit, ...q.params },
    );
  }

  /** Every published post the viewer may read. */
  listPublished(viewerId: string, q: KeysetQuery): Promise<BlogPostEntity[]> {
    return namedQuery(
      this.tx.reader,
      `SELECT ${blogPostColumns('b')} FROM blog_post b
        WHERE b.status = 'PUBLISHED' AND ${blogPostReadableSql('b')} AND ${q.where}
        ORDER BY ${q.orderBy} LIMIT :limit`,
      { viewerId, limit: q.limit, ...q.params },
    );
  }

  /** A person's posts the viewer may read: published ones, and their drafts when the viewer is that person. */
  listByAuthor(viewerId: string, authorId: string, q: KeysetQuery): Promise<BlogPostEntity[]> {
    return namedQuery(
      this.tx.reader,
      `SELECT ${blogPostColumns('b')} FROM blog_post b
        WHERE b.author_id = :authorId AND ${blogPostReadableSql('b')} AND ${q.where}
        ORDER BY ${q.orderBy} LIMIT :limit`,
      { viewerId, authorId, limit: q.limit, ...q.params },
    );
  }

  /** The viewer's own drafts, newest first. */
  listDrafts(viewerId: string, q: KeysetQuery): Promise<BlogPostEntity[]> {
    return namedQuery(
      this.tx.reader,
      `SELECT ${blogPostColumns('b')} FROM blog_post b
        WHERE b.author_id = :viewerId AND b.status = 'DRAFT' AND ${blogPostReadableSql('b')} AND ${q.where}
        ORDER BY ${q.orderBy} LIMIT :limit`,
      { viewerId, limit: q.limit, ...q.params },
    );
  }

  /** Up to `limit` versions per post, newest first, older than `before` if given — one statement for any number of posts. */
  revisionsOf(postIds: readonly string[], limit: number, before: number | null): Promise<BlogPostRevisionEntity[]> {
    if (!postIds.length) return Promise.resolve([]);
    return namedQuery(
      this.tx.reader,
      `SELECT r.blog_post_id AS "blogPostId", r.version, r.title, r.body, r.tags, r.author_id AS "authorId", r.created_at AS "createdAt"
         FROM unnest(CAST(:postIds AS uuid[])) AS post(id)
         CROSS JOIN LATERAL (SELECT * FROM blog_post_revision v
                              WHERE v.blog_post_id = post.id AND (CAST(:before AS int) IS NULL OR v.version < CAST(:before AS int))
                              ORDER BY v.version DESC LIMIT :limit) r
        ORDER BY r.blog_post_id, r.version DESC`,
      { postIds, limit, before },
    );
  }
}

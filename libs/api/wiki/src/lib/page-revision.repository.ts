import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import { joinedUser, joinedUserColumns, type UserEntity } from '@pnyx/api/identity';
import type { PageRevisionEntity } from './page-revision.entity';

/** The columns of `page_revision` under `alias`; the body (kilobytes) only `withBody`. */
const COLUMNS = (a: string, withBody = true) =>
  `${a}.page_id AS "pageId", ${a}.version, ${a}.title,${withBody ? ` ${a}.body,` : ''} ${a}.summary, ${a}.restored_from AS "restoredFrom",
   ${a}.author_id AS "authorId", ${a}.created_at AS "createdAt"`;

/** A revision as lists show it: everything but the body. */
export type RevisionSummary = Omit<PageRevisionEntity, 'body'>;

/** A listed revision: its body only if asked for, its author's row only if asked for. */
export type ListedRevision = RevisionSummary & { body?: string; author?: UserEntity };


/** Page versions: inserted once, never changed (the database refuses UPDATE and DELETE). */
@Injectable()
export class PageRevisionRepository {
  constructor(private readonly tx: TransactionRunner) {}

  async insert(tx: Tx, revision: Omit<PageRevisionEntity, 'createdAt' | 'page' | 'author'>): Promise<void> {
    await namedQuery(
      tx,
      `INSERT INTO page_revision (page_id, version, title, body, summary, restored_from, author_id)
       VALUES (:pageId, :version, :title, :body, :summary, :restoredFrom, :authorId)`,
      {
        pageId: revision.pageId,
        version: revision.version,
        title: revision.title,
        body: revision.body,
        summary: revision.summary,
        restoredFrom: revision.restoredFrom,
        authorId: revision.authorId,
      },
    );
  }

  /**
   * Newest first, `limit` per page, older than `beforeVersion` — one query for
   * any number of pages. Bodies only `withBody` (a history list shows none);
   * `withAuthors`: each with its author's row (joined, for UserLoader).
   */
  async listForPages(pageIds: readonly string[], limit: number, beforeVersion: number | null, withBody: boolean, withAuthors = false): Promise<ListedRevision[]> {
    if (!pageIds.length) return [];
    const rows = await namedQuery<RevisionSummary & Record<string, unknown>>(
      this.tx.reader,
      `SELECT ${COLUMNS('r', withBody)}${withAuthors ? `, ${joinedUserColumns('u')}` : ''} FROM unnest(CAST(:pageIds AS uuid[])) AS k(id)
        CROSS JOIN LATERAL (
          SELECT r.* FROM page_revision r WHERE r.page_id = k.id AND (CAST(:before AS int) IS NULL OR r.version < CAST(:before AS int))
           ORDER BY r.version DESC LIMIT :limit) r
        ${withAuthors ? 'JOIN app_user u ON u.id = r.author_id' : ''}
        ORDER BY r.page_id, r.version DESC`,
      { pageIds, limit, before: beforeVersion },
    );
    if (!withAuthors) return rows;
    const authors = new Map<string, UserEntity>();
    const authorOf = (row: Record<string, unknown>, id: string) => authors.get(id) ?? authors.set(id, joinedUser(row)).get(id);
    return rows.map((row) => ({
      pageId: row.pageId,
      version: row.version,
      title: row.title,
      ...(withBody ? { body: row['body'] as string } : {}),
      summary: row.summary,
      restoredFrom: row.restoredFrom,
      authorId: row.authorId,
      createdAt: row.createdAt,
      author: authorOf(row, row.authorId),
    }));
  }

  /** Specific versions: `keys` are [pageId, version] pairs. */
  find(keys: readonly (readonly [string, number])[], tx: Tx = this.tx.reader): Promise<PageRevisionEntity[]> {
    if (!keys.length) return Promise.resolve([]);
    return namedQuery(
      tx,
      `SELECT ${COLUMNS('r')} FROM unnest(CAST(:pageIds AS uuid[]), CAST(:versions AS int[])) AS k(page_id, version)
         JOIN page_revision r ON r.page_id = k.page_id AND r.version = k.version`,
      { pageIds: keys.map((k) => k[0]), versions: keys.map((k) => k[1]) },
    );
  }
}

import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import type { KeysetQuery, KeysetSpec } from '@pnyx/api/core/graphql';
import { joinedSpace, joinedSpaceColumns, readableSpacesSql, type SpaceWithRole } from '@pnyx/api/spaces';
import type { SpaceRole } from '@pnyx/shared/contracts';
import type { SearchDocumentSource } from '@pnyx/api/search-index';
import type { PageEntity } from './page.entity';
import { SIBLING_ORDER, WITH_CONTENT, WITHOUT_CONTENT, pageColumns, type PageContentColumns } from './page-sql';

/** Pages by title, then id: the order of `pagesWithLabel`. */
export const LABEL_ORDER: KeysetSpec = {
  columns: [
    { sql: 'lower(p.title)', type: 'text' },
    { sql: 'p.id', type: 'uuid' },
  ],
  direction: 'ASC',
};

export type NewPage = Pick<PageEntity, 'id' | 'spaceId' | 'parentId' | 'position' | 'title' | 'slug' | 'body' | 'html' | 'version' | 'isTemplate' | 'createdBy' | 'updatedBy'>;

export interface PageContent {
  title: string;
  body: string;
  html: string;
}

/** A page the viewer may read, with its space and the viewer's role there (for SpaceAccess.prime). */
export interface PageWithSpace {
  page: PageEntity;
  space: SpaceWithRole;
}

/** A live page the viewer may read, with its space's key and the viewer's role there (null: not a member). */
export interface PageWithRole {
  page: PageEntity;
  spaceKey: string;
  role: SpaceRole | null;
}

/** What a new version records besides the page's content. */
export interface RevisionNote {
  summary: string | null;
  restoredFrom: number | null;
}

/** Any fixed prefix: serialises tree changes (slugs, positions, moves) within one space. */
const TREE_LOCK = 'pnyx.page-tree:';

/** Pages and their tree. Reads for a viewer filter by space visibility in SQL. */
@Injectable()
export class PageRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** Live pages the viewer may read, by id (`content`: with body and/or html). */
  /** Per person, the live pages (not templates) they created or last edited that the viewer may read, last edited first. */
  recentByPeople(viewerId: string, personIds: readonly string[], limit: number): Promise<(PageEntity & { personId: string })[]> {
    if (!personIds.length) return Promise.resolve([]);
    return namedQuery(
      this.tx.reader,
      `SELECT x.* FROM unnest(CAST(:personIds AS uuid[])) AS person(id) CROSS JOIN LATERAL (
         SELECT ${pageColumns('p', WITHOUT_CONTENT)}, person.id AS "personId" FROM page p
          WHERE (p.created_by = person.id OR p.updated_by = person.id) AND p.deleted_at IS NULL AND NOT p.is_template
            AND ${readableSpacesSql('p.space_id')}
          ORDER BY p.updated_at DESC, p.id LIMIT :limit) x`,
      { viewerId, personIds, limit },
    );
  }

  findVisibleByIds(viewerId: string, ids: readonly string[], tx: Tx = this.tx.reader, content: PageContentColumns = WITH_CONTENT): Promise<PageEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return namedQuery(
      tx,
      `SELECT ${pageColumns('p', content)} FROM page p
        WHERE p.id = ANY(CAST(:ids AS uuid[])) AND p.deleted_at IS NULL AND ${readableSpacesSql('p.space_id')}`,
      { ids, viewerId },
    );
  }

  /**
   * A live page the viewer may read, its space's key and the viewer's role: a write's policy check in one
   * statement. Not locked: the guarded UPDATE stops a stale save. (Quoted as the bench's capture expects.)
   */
  async findWithRole(tx: Tx, viewerId: string, id: string): Promise<PageWithRole | null> {
    const [row] = await namedQuery<PageEntity & { spaceKey: string; role: SpaceRole | null }>(
      tx,
      `SELECT ${pageColumns('p', WITH_CONTENT, true)},
              "s"."key" AS "spaceKey", "m"."role" AS "role"
         FROM "page" "p"
         JOIN "space" "s" ON "s"."id" = "p"."space_id"
         LEFT JOIN "space_member" "m" ON "m"."space_id" = "p"."space_id" AND "m"."user_id" = :viewerId
        WHERE "p"."id" = :id AND "p"."deleted_at" IS NULL AND ${readableSpacesSql('p.space_id')}`,
      { id, viewerId },
    );
    if (!row) return null;
    const { spaceKey, role, ...page } = row;
    return { page, spaceKey, role: role ?? null };
  }

  /** `findVisibleByIds`, each with its space and the viewer's role: one statement where the space would cost another. */
  async findVisibleWithSpaces(viewerId: string, ids: readonly string[], content: PageContentColumns = WITH_CONTENT): Promise<PageWithSpace[]> {
    if (!ids.length) return [];
    const rows = await namedQuery<PageEntity & Record<string, unknown>>(
      this.tx.reader,
      `SELECT ${pageColumns('p', content)}, ${joinedSpaceColumns('s', 'm')} FROM page p
         JOIN space s ON s.id = p.space_id LEFT JOIN space_member m ON m.space_id = s.id AND m.user_id = :viewerId
        WHERE p.id = ANY(CAST(:ids AS uuid[])) AND p.deleted_at IS NULL AND ${readableSpacesSql('p.space_id')}`,
      { ids, viewerId },
    );
    return rows.map((row) => ({ page: row, space: joinedSpace(row) }));
  }

  /** By any of its slugs (canonical, old or alias), in a space the viewer may read; with that space and the viewer's role. */
  async findVisibleBySlug(viewerId: string, spaceKey: string, slug: string, content: PageContentColumns = WITH_CONTENT): Promise<PageWithSpace | null> {
    const [row] = await namedQuery<PageEntity & Record<string, unknown>>(
      this.tx.reader,
      `SELECT ${pageColumns('p', content)}, ${joinedSpaceColumns('s', 'm')} FROM page_slug ps
         JOIN space s ON s.id = ps.space_id
         JOIN page p ON p.id = ps.page_id
         LEFT JOIN space_member m ON m.space_id = s.id AND m.user_id = :viewerId
        WHERE lower(s.key) = lower(:spaceKey) AND ps.slug = :slug AND p.deleted_at IS NULL
          AND ${readableSpacesSql('p.space_id')}`,
      { spaceKey, slug, viewerId },
    );
    return row ? { page: row, space: joinedSpace(row) } : null;
  }

  /** A live page, no visibility check (the caller checks the space); optionally locked for the transaction. */
  async findLive(tx: Tx, id: string, lock = false): Promise<PageEntity | null> {
    const [page] = await namedQuery<PageEntity>(
      tx,
      `SELECT ${pageColumns('p')} FROM page p WHERE p.id = :id AND p.deleted_at IS NULL${lock ? ' FOR UPDATE' : ''}`,
      { id },
    );
    return page ?? null;
  }

  /** A live page (not a template) as the search index keeps it; null when gone. */
  async searchDocument(tx: Tx, id: string): Promise<SearchDocumentSource | null> {
    const [doc] = await namedQuery<SearchDocumentSource>(
      tx,
      `SELECT p.space_id AS "spaceId", p.created_by AS "authorId", NULL AS "draftOf", p.title, p.body AS markdown,
              '/s/' || s.key || '/' || p.slug AS path, p.updated_at AS "occurredAt"
         FROM page p JOIN space s ON s.id = p.space_id
        WHERE p.id = :id AND p.deleted_at IS NULL AND NOT p.is_template`,
      { id },
    );
    return doc ?? null;
  }

  /** Live pages with their space keys (for re-rendering pages whose links changed). */
  findLiveInSpaces(tx: Tx, ids: readonly string[]): Promise<(PageEntity & { spaceKey: string })[]> {
    if (!ids.length) return Promise.resolve([]);
    return namedQuery(tx, `SELECT ${pageColumns('p')}, s.key AS "spaceKey" FROM page p JOIN space s ON s.id = p.space_id WHERE p.id = ANY(:ids) AND p.deleted_at IS NULL`, { ids });
  }

  /** Holds the space's tree lock until the transaction ends. */
  async lockTree(tx: Tx, spaceId: string): Promise<void> {
    await namedQuery(tx, 'SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))', { key: TREE_LOCK + spaceId });
  }

  async insert(tx: Tx, page: NewPage): Promise<void> {
    await namedQuery(
      tx,
      `INSERT INTO page (id, space_id, parent_id, position, title, slug, body, html, version, is_template, created_by, updated_by)
       VALUES (:id, :spaceId, :parentId, :position, :title, :slug, :body, :html, :version, :isTemplate, :createdBy, :updatedBy)`,
      {
        id: page.id,
        spaceId: page.spaceId,
        parentId: page.parentId,
        position: page.position,
        title: page.title,
        slug: page.slug,
        body: page.body,
        html: page.html,
        version: page.version,
        isTemplate: page.isTemplate,
        createdBy: page.createdBy,
        updatedBy: page.updatedBy,
      },
    );
  }

  /**
   * The lost-update guard: writes the new content only if the page is still at
   * `baseVersion`, and records it whole as that new version's revision — one
   * statement. Returns the page as written (body and html are the ones given,
   * not sent back), or null when someone else saved first (nothing written).
   */
  async updateContent(tx: Tx, id: string, baseVersion: number, content: PageContent, note: RevisionNote, userId: string): Promise<PageEntity | null> {
    const [row] = await namedQuery<PageEntity>(
      tx,
      `WITH updated AS (
         UPDATE page SET title = :title, body = :body, html = :html, version = version + 1, updated_by = :userId, updated_at = now()
          WHERE id = :id AND version = :baseVersion AND deleted_at IS NULL
          RETURNING ${pageColumns(null, WITHOUT_CONTENT)}),
       revision AS (
         INSERT INTO page_revision (page_id, version, title, body, summary, restored_from, author_id)
         SELECT u.id, u.version, u.title, :body, :summary, :restoredFrom, :userId FROM updated u)
       SELECT * FROM updated`,
      { id, baseVersion, userId, ...content, summary: note.summary, restoredFrom: note.restoredFrom },
    );
    return row ? { ...row, body: content.body, html: content.html } : null;
  }

  /** The current version, the row locked until the transaction ends (null: gone). */
  async lockVersion(tx: Tx, id: string): Promise<number | null> {
    const [row] = await namedQuery<{ version: number }>(tx, 'SELECT version FROM page WHERE id = :id AND deleted_at IS NULL FOR UPDATE', { id });
    return row?.version ?? null;
  }

  async currentVersion(tx: Tx, id: string): Promise<number | null> {
    const [row] = await namedQuery<{ version: number }>(tx, 'SELECT version FROM page WHERE id = :id', { id });
    return row?.version ?? null;
  }

  /** Re-rendered html for an unchanged version (links resolved since); skipped if the page moved on. */
  async setHtml(tx: Tx, id: string, version: number, html: string): Promise<void> {
    await namedQuery(tx, 'WITH u AS (UPDATE page SET html = :html WHERE id = :id AND version = :version RETURNING id) SELECT id FROM u', { id, version, html });
  }

  /** Children (not templates) of many parents, `limit` each, after the page `afterId`. */
  children(parentIds: readonly string[], limit: number, afterId: string | null, content: PageContentColumns = WITH_CONTENT): Promise<PageEntity[]> {
    return this.siblingsOf('parent_id', parentIds, limit, afterId, '', content);
  }

  /** Root pages (not templates) of many spaces. */
  roots(spaceIds: readonly string[], limit: number, afterId: string | null): Promise<PageEntity[]> {
    return this.siblingsOf('space_id', spaceIds, limit, afterId, 'AND c.parent_id IS NULL');
  }

  private siblingsOf(column: 'parent_id' | 'space_id', keys: readonly string[], limit: number, afterId: string | null, extra = '', content = WITH_CONTENT): Promise<PageEntity[]> {
    if (!keys.length) return Promise.resolve([]);
    return namedQuery(
      this.tx.reader,
      `SELECT ${pageColumns('c', content)} FROM unnest(CAST(:keys AS uuid[])) AS k(id)
        CROSS JOIN LATERAL (
          SELECT * FROM page c WHERE c.${column} = k.id AND c.deleted_at IS NULL AND NOT c.is_template ${extra}
             AND (CAST(:afterId AS uuid) IS NULL OR (c.position, lower(c.title), c.id) >
                  (SELECT a.position, lower(a.title), a.id FROM page a WHERE a.id = CAST(:afterId AS uuid)))
           ORDER BY ${SIBLING_ORDER('c')} LIMIT :limit) c
        ORDER BY c.${column}, ${SIBLING_ORDER('c')}`,
      { keys, limit, afterId },
    );
  }

  async childCounts(parentIds: readonly string[]): Promise<{ parentId: string; count: number }[]> {
    if (!parentIds.length) return [];
    return namedQuery(
      this.tx.reader,
      `SELECT parent_id AS "parentId", count(*)::int AS count FROM page
        WHERE parent_id = ANY(:parentIds) AND deleted_at IS NULL AND NOT is_template GROUP BY parent_id`,
      { parentIds },
    );
  }

  /** Every ancestor of each page, root first (`forPageId` tells whose). */
  ancestors(pageIds: readonly string[], content: PageContentColumns = WITH_CONTENT): Promise<(PageEntity & { forPageId: string })[]> {
    if (!pageIds.length) return Promise.resolve([]);
    return namedQuery(
      this.tx.reader,
      `WITH RECURSIVE up AS (
         SELECT p.id AS for_page_id, p.parent_id AS ancestor_id, 1 AS depth FROM page p WHERE p.id = ANY(:pageIds)
         UNION ALL
         SELECT up.for_page_id, p.parent_id, up.depth + 1 FROM up JOIN page p ON p.id = up.ancestor_id
          WHERE p.parent_id IS NOT NULL AND up.depth < 200)
       SELECT ${pageColumns('a', content)}, up.for_page_id AS "forPageId" FROM up JOIN page a ON a.id = up.ancestor_id
        ORDER BY up.for_page_id, up.depth DESC`,
      { pageIds },
    );
  }

  /** True when `candidateId` is `pageId` or lies below it: moving `pageId` under it would close a loop. */
  async isSelfOrDescendant(tx: Tx, candidateId: string, pageId: string): Promise<boolean> {
    const rows = await namedQuery(
      tx,
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, 0 AS depth FROM page WHERE id = :candidateId
         UNION ALL
         SELECT p.id, p.parent_id, up.depth + 1 FROM page p JOIN up ON p.id = up.parent_id WHERE up.depth < 200)
       SELECT 1 FROM up WHERE id = :pageId LIMIT 1`,
      { candidateId, pageId },
    );
    return rows.length > 0;
  }

  /** Ids of the live siblings under `parentId` (null: roots), in order, without `exceptId`. */
  async siblingIds(tx: Tx, spaceId: string, parentId: string | null, exceptId: string | null): Promise<string[]> {
    const rows = await namedQuery<{ id: string }>(
      tx,
      `SELECT id FROM page p WHERE p.space_id = :spaceId AND p.parent_id IS NOT DISTINCT FROM CAST(:parentId AS uuid)
          AND p.deleted_at IS NULL AND NOT p.is_template AND p.id IS DISTINCT FROM CAST(:exceptId AS uuid)
        ORDER BY ${SIBLING_ORDER('p')}`,
      { spaceId, parentId, exceptId },
    );
    return rows.map((r) => r.id);
  }

  async nextPosition(tx: Tx, spaceId: string, parentId: string | null): Promise<number> {
    const [row] = await namedQuery<{ next: number }>(
      tx,
      `SELECT COALESCE(max(position) + 1, 0)::int AS next FROM page
        WHERE space_id = :spaceId AND parent_id IS NOT DISTINCT FROM CAST(:parentId AS uuid) AND deleted_at IS NULL AND NOT is_template`,
      { spaceId, parentId },
    );
    return row.next;
  }

  /** Puts `ids` under `parentId` at positions 0, 1, 2, … in the given order. */
  async placeUnder(tx: Tx, parentId: string | null, ids: readonly string[], startAt = 0): Promise<void> {
    if (!ids.length) return;
    await namedQuery(
      tx,
      `WITH u AS (
         UPDATE page SET parent_id = CAST(:parentId AS uuid), position = v.ord - 1 + :startAt
           FROM unnest(CAST(:ids AS uuid[])) WITH ORDINALITY AS v(id, ord)
          WHERE page.id = v.id RETURNING page.id)
       SELECT id FROM u`,
      { parentId, ids, startAt },
    );
  }

  async softDelete(tx: Tx, id: string, userId: string): Promise<void> {
    await namedQuery(tx, 'WITH u AS (UPDATE page SET deleted_at = now(), deleted_by = :userId WHERE id = :id RETURNING id) SELECT id FROM u', { id, userId });
  }

  /** Templates of a space, by title. */
  templates(spaceId: string, limit: number): Promise<PageEntity[]> {
    return namedQuery(
      this.tx.reader,
      `SELECT ${pageColumns('p')} FROM page p WHERE p.space_id = :spaceId AND p.is_template AND p.deleted_at IS NULL
        ORDER BY lower(p.title), p.id LIMIT :limit`,
      { spaceId, limit },
    );
  }

  /** Pages with a label, by title (keyset window from `keysetQuery(LABEL_ORDER, …)`). */
  withLabel(spaceId: string, label: string, window: KeysetQuery): Promise<(PageEntity & { sortKey: string })[]> {
    return namedQuery(
      this.tx.reader,
      `SELECT ${pageColumns('p')}, lower(p.title) AS "sortKey" FROM page_label l JOIN page p ON p.id = l.page_id
        WHERE l.label = :label AND p.space_id = :spaceId AND p.deleted_at IS NULL AND ${window.where}
        ORDER BY ${window.orderBy} LIMIT :limit`,
      { spaceId, label, limit: window.limit, ...window.params },
    );
  }
}

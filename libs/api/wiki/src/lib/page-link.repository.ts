import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import { readableSpacesSql } from '@pnyx/api/spaces';
import type { SpaceVisibility } from '@pnyx/shared/contracts';
import type { PageEntity } from './page.entity';
import { WITH_CONTENT, pageColumns, type PageContentColumns } from './page-sql';

/** A wiki link of the current version, as stored. */
export interface StoredLink {
  targetSpaceKey: string;
  targetKey: string;
  targetTitle: string;
  toPageId: string | null;
}

/** A link's target as written: the (lower-case) space key and the slug-like key. */
export interface LinkKey {
  spaceKeyLower: string;
  key: string;
}

/** What a (space key, slug) pair points at; `pageId` null: no such page (yet). */
export interface LinkTarget {
  spaceKeyLower: string;
  key: string;
  spaceId: string;
  spaceKey: string;
  visibility: SpaceVisibility;
  pageId: string | null;
  slug: string | null;
}

/** Slugs (canonical, old and alias) and wiki links between pages. */
@Injectable()
export class PageLinkRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** Slugs in the space equal to `base` or `base-<n>` (to pick a free one under the tree lock). */
  async slugsLike(tx: Tx, spaceId: string, base: string): Promise<Set<string>> {
    const rows = await namedQuery<{ slug: string }>(
      tx,
      `SELECT slug FROM page_slug WHERE space_id = :spaceId AND (slug = :base OR slug ~ ('^' || :base || '-[0-9]+$'))`,
      { spaceId, base },
    );
    return new Set(rows.map((r) => r.slug));
  }

  /** Adds a slug for the page unless the space already has it; true when added. */
  async addSlug(tx: Tx, spaceId: string, pageId: string, slug: string): Promise<boolean> {
    const rows = await namedQuery(
      tx,
      'INSERT INTO page_slug (space_id, slug, page_id) VALUES (:spaceId, :slug, :pageId) ON CONFLICT DO NOTHING RETURNING slug',
      { spaceId, slug, pageId },
    );
    return rows.length > 0;
  }

  /** Frees every slug of a deleted page. */
  async releaseSlugs(tx: Tx, pageId: string): Promise<void> {
    await namedQuery(tx, 'WITH d AS (DELETE FROM page_slug WHERE page_id = :pageId RETURNING slug) SELECT slug FROM d', { pageId });
  }

  /** Looks up (lower-case space key, slug) pairs; pairs naming no space are left out. */
  resolve(tx: Tx, pairs: readonly LinkKey[]): Promise<LinkTarget[]> {
    if (!pairs.length) return Promise.resolve([]);
    return namedQuery(
      tx,
      `SELECT k.space_key AS "spaceKeyLower", k.key, s.id AS "spaceId", s.key AS "spaceKey", s.visibility,
              p.id AS "pageId", p.slug
         FROM unnest(CAST(:spaceKeys AS text[]), CAST(:keys AS text[])) AS k(space_key, key)
         JOIN space s ON lower(s.key) = k.space_key
         LEFT JOIN page_slug ps ON ps.space_id = s.id AND ps.slug = k.key
         LEFT JOIN page p ON p.id = ps.page_id AND p.deleted_at IS NULL`,
      { spaceKeys: pairs.map((p) => p.spaceKeyLower), keys: pairs.map((p) => p.key) },
    );
  }

  /**
   * Replaces the page's outgoing links with those of `version`, in one
   * statement: links no longer there are deleted, the others inserted or
   * updated in place (the two touch different rows). `links` are distinct
   * targets, as the renderer gives them.
   */
  async replaceLinks(tx: Tx, fromPageId: string, version: number, links: readonly StoredLink[]): Promise<void> {
    await namedQuery(
      tx,
      `WITH next AS (
         SELECT * FROM unnest(CAST(:spaceKeys AS text[]), CAST(:keys AS text[]), CAST(:titles AS text[]), CAST(:toPages AS uuid[]))
                  AS t(space_key, key, title, to_page)),
       gone AS (
         DELETE FROM page_link l WHERE l.from_page_id = :fromPageId
            AND NOT EXISTS (SELECT 1 FROM next n WHERE n.space_key = l.target_space_key AND n.key = l.target_key)
         RETURNING 1)
       INSERT INTO page_link AS l (from_page_id, target_space_key, target_key, target_title, to_page_id, from_version)
       SELECT :fromPageId, n.space_key, n.key, n.title, n.to_page, :version FROM next n
       ON CONFLICT (from_page_id, target_space_key, target_key) DO UPDATE
          SET target_title = EXCLUDED.target_title, to_page_id = EXCLUDED.to_page_id, from_version = EXCLUDED.from_version`,
      {
        fromPageId,
        version,
        spaceKeys: links.map((l) => l.targetSpaceKey),
        keys: links.map((l) => l.targetKey),
        titles: links.map((l) => l.targetTitle),
        toPages: links.map((l) => l.toPageId),
      },
    );
  }

  /** Points dangling links at a page that now has one of `keys`; returns the linking pages. */
  async resolvePending(tx: Tx, spaceKeyLower: string, keys: readonly string[], pageId: string): Promise<string[]> {
    if (!keys.length) return [];
    const rows = await namedQuery<{ id: string }>(
      tx,
      `WITH u AS (
         UPDATE page_link SET to_page_id = :pageId
          WHERE to_page_id IS NULL AND target_space_key = :spaceKeyLower AND target_key = ANY(:keys)
          RETURNING from_page_id)
       SELECT DISTINCT from_page_id AS id FROM u`,
      { spaceKeyLower, keys, pageId },
    );
    return rows.map((r) => r.id);
  }

  /** Marks links to a deleted page as dangling again; returns the linking pages. */
  async unresolve(tx: Tx, pageId: string): Promise<string[]> {
    const rows = await namedQuery<{ id: string }>(
      tx,
      `WITH u AS (UPDATE page_link SET to_page_id = NULL WHERE to_page_id = :pageId RETURNING from_page_id)
       SELECT DISTINCT from_page_id AS id FROM u`,
      { pageId },
    );
    return rows.map((r) => r.id);
  }

  /**
   * Live pages linking to each target that the viewer may read (a private
   * page's links stay hidden from strangers), by title, `limit` per target;
   * `content`: with body and/or html.
   */
  backlinks(
    viewerId: string,
    targetIds: readonly string[],
    limit: number,
    afterId: string | null,
    content: PageContentColumns = WITH_CONTENT,
  ): Promise<(PageEntity & { targetId: string })[]> {
    if (!targetIds.length) return Promise.resolve([]);
    return namedQuery(
      this.tx.reader,
      `SELECT ${pageColumns('b', content)}, k.id AS "targetId" FROM unnest(CAST(:targetIds AS uuid[])) AS k(id)
        CROSS JOIN LATERAL (
          SELECT p.* FROM page p
           WHERE p.id IN (SELECT l.from_page_id FROM page_link l WHERE l.to_page_id = k.id) AND p.deleted_at IS NULL AND ${readableSpacesSql('p.space_id')}
             AND (CAST(:afterId AS uuid) IS NULL OR (lower(p.title), p.id) >
                  (SELECT lower(a.title), a.id FROM page a WHERE a.id = CAST(:afterId AS uuid)))
           ORDER BY lower(p.title), p.id LIMIT :limit) b
        ORDER BY k.id, lower(b.title), b.id`,
      { targetIds, viewerId, limit, afterId },
    );
  }
}

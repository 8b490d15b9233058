import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';

@Injectable()
export class PageLabelRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /** Sets the page's labels to exactly `labels`; true when anything changed. */
  async replace(tx: Tx, pageId: string, labels: readonly string[]): Promise<boolean> {
    const removed = await namedQuery(
      tx,
      `WITH d AS (DELETE FROM page_label WHERE page_id = :pageId AND NOT (label = ANY(CAST(:labels AS text[]))) RETURNING label) SELECT label FROM d`,
      { pageId, labels },
    );
    const added = labels.length
      ? await namedQuery(
          tx,
          `INSERT INTO page_label (page_id, label) SELECT :pageId, unnest(CAST(:labels AS text[])) ON CONFLICT DO NOTHING RETURNING label`,
          { pageId, labels },
        )
      : [];
    return removed.length + added.length > 0;
  }

  async add(tx: Tx, pageId: string, label: string): Promise<boolean> {
    const rows = await namedQuery(tx, 'INSERT INTO page_label (page_id, label) VALUES (:pageId, :label) ON CONFLICT DO NOTHING RETURNING label', { pageId, label });
    return rows.length > 0;
  }

  async remove(tx: Tx, pageId: string, label: string): Promise<boolean> {
    const rows = await namedQuery(tx, 'WITH d AS (DELETE FROM page_label WHERE page_id = :pageId AND label = :label RETURNING label) SELECT label FROM d', { pageId, label });
    return rows.length > 0;
  }

  async count(tx: Tx, pageId: string): Promise<number> {
    const [row] = await namedQuery<{ count: number }>(tx, 'SELECT count(*)::int AS count FROM page_label WHERE page_id = :pageId', { pageId });
    return row.count;
  }

  forPages(pageIds: readonly string[], tx: Tx = this.tx.reader): Promise<{ pageId: string; label: string }[]> {
    if (!pageIds.length) return Promise.resolve([]);
    return namedQuery(tx, 'SELECT page_id AS "pageId", label FROM page_label WHERE page_id = ANY(:pageIds) ORDER BY page_id, label', { pageIds });
  }

  /** The most used labels of each space's live pages (a space is readable whole, so no further filter). */
  countsForSpaces(spaceIds: readonly string[], limit: number): Promise<{ spaceId: string; label: string; count: number }[]> {
    if (!spaceIds.length) return Promise.resolve([]);
    return namedQuery(
      this.tx.reader,
      `SELECT c."spaceId", c.label, c.count FROM unnest(CAST(:spaceIds AS uuid[])) AS k(id)
        CROSS JOIN LATERAL (
          SELECT p.space_id AS "spaceId", l.label, count(*)::int AS count FROM page_label l JOIN page p ON p.id = l.page_id
           WHERE p.space_id = k.id AND p.deleted_at IS NULL AND NOT p.is_template GROUP BY p.space_id, l.label
           ORDER BY count(*) DESC, l.label LIMIT :limit) c`,
      { spaceIds, limit },
    );
  }
}

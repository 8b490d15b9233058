import { Injectable } from '@nestjs/common';
import { TransactionRunner, namedQuery, type Tx } from '@pnyx/api/core/database';
import type { FeedItemEntity } from './feed-item.entity';
import { belowCursorSql, feedColumns, feedReadableSql, followedItemSql } from './feed-sql';

export interface NewFeedItem {
  eventId: string;
  kind: string;
  /** Null (a proposal closed by its schedule): the subject's author, looked up by `authorOf`. */
  actorId: string | null;
  subjectType: string;
  subjectId: string;
  spaceId: string | null;
  createdAt: Date;
  tags: readonly string[];
}

/** An edit is folded into an earlier item of the same subject and actor this recent (kinds listed). */
export interface FoldInto {
  kinds: readonly string[];
  withinSeconds: number;
}

export type FeedItemRow = Pick<FeedItemEntity, 'id' | 'seq' | 'kind' | 'actorId' | 'subjectType' | 'subjectId' | 'spaceId' | 'createdAt'>;

/** Where the actor of an item without one comes from, per subject type. */
const AUTHOR_OF: Record<string, string> = { Proposal: 'SELECT author_id FROM proposal WHERE id = :subjectId' };

@Injectable()
export class FeedRepository {
  constructor(private readonly tx: TransactionRunner) {}

  /**
   * Writes the item and its tags unless it exists (a retried delivery) or an
   * earlier item takes it (`fold`). 'new': written now; 'exists': written
   * before; 'folded' or 'no-actor': not written.
   */
  async add(item: NewFeedItem, fold?: FoldInto): Promise<{ outcome: 'new' | 'exists' | 'folded' | 'no-actor'; id: string | null }> {
    return this.tx.run(async (tx) => {
      const actor = item.actorId === null && AUTHOR_OF[item.subjectType] ? `COALESCE(CAST(:actorId AS uuid), (${AUTHOR_OF[item.subjectType]}))` : 'CAST(:actorId AS uuid)';
      const folded = fold
        ? `AND NOT EXISTS (SELECT 1 FROM feed_item e WHERE e.subject_id = :subjectId AND e.actor_id = CAST(:actorId AS uuid) AND e.event_id <> CAST(:eventId AS bigint)
             AND e.kind = ANY(CAST(:foldKinds AS text[])) AND e.created_at > CAST(:createdAt AS timestamptz) - make_interval(secs => :foldSeconds))`
        : '';
      const rows = await namedQuery<{ id: string; seq: string }>(
        tx,
        `INSERT INTO feed_item (event_id, kind, actor_id, subject_type, subject_id, space_id, created_at)
         SELECT CAST(:eventId AS bigint), :kind, a.actor_id, :subjectType, :subjectId, :spaceId, :createdAt
           FROM (SELECT ${actor} AS actor_id) a
          WHERE a.actor_id IS NOT NULL ${folded}
         ON CONFLICT (event_id) DO NOTHING RETURNING id, seq`,
        { ...item, foldKinds: fold?.kinds ?? [], foldSeconds: fold?.withinSeconds ?? 0 },
      );
      if (rows.length) {
        if (item.tags.length) {
          await namedQuery(tx, 'INSERT INTO feed_item_tag (tag, seq) SELECT t, :seq FROM unnest(CAST(:tags AS text[])) AS t ON CONFLICT DO NOTHING', {
            tags: item.tags,
            seq: rows[0].seq,
          });
        }
        return { outcome: 'new', id: rows[0].id };
      }
      const [existing] = await namedQuery<{ id: string }>(tx, 'SELECT id FROM feed_item WHERE event_id = CAST(:eventId AS bigint)', { eventId: item.eventId });
      if (existing) return { outcome: 'exists', id: existing.id };
      return { outcome: fold ? 'folded' : 'no-actor', id: null };
    });
  }

  /** Removes every item about a subject (deleted post or page, withdrawn proposal); their tags go with them. */
  async removeSubject(subjectId: string): Promise<void> {
    await namedQuery(
      this.tx.reader,
      `WITH gone AS (DELETE FROM feed_item WHERE subject_id = :subjectId RETURNING id), unpinned AS (DELETE FROM feed_pin WHERE subject_id = :subjectId RETURNING subject_id)
       SELECT (SELECT count(*) FROM gone) + (SELECT count(*) FROM unpinned) AS n`,
      { subjectId },
    );
  }

  /**
   * Records a pin or unpin of a post, unless a later change was recorded
   * already: events arrive in any order, also before the post's own item.
   */
  async setPinned(subjectId: string, spaceId: string | null, pinned: boolean, at: Date): Promise<void> {
    if (spaceId === null) return;
    await namedQuery(
      this.tx.reader,
      `INSERT INTO feed_pin AS p (subject_id, space_id, pinned, changed_at) VALUES (:subjectId, :spaceId, :pinned, :at)
       ON CONFLICT (subject_id) DO UPDATE SET pinned = EXCLUDED.pinned, changed_at = EXCLUDED.changed_at WHERE p.changed_at < EXCLUDED.changed_at`,
      { subjectId, spaceId, pinned, at },
    );
  }

  /** Everything the viewer may read (optionally in one space), newest first, below the cursor. */
  everything(viewerId: string, afterSeq: string | null, limit: number, spaceId: string | null, tx: Tx = this.tx.reader): Promise<FeedItemRow[]> {
    return namedQuery(
      tx,
      `SELECT ${feedColumns('f')} FROM feed_item f
        WHERE ${belowCursorSql('f.seq', afterSeq)} AND ${spaceId === null ? 'TRUE' : 'f.space_id = :spaceId'} AND ${feedReadableSql('f')}
        ORDER BY f.seq DESC LIMIT :limit`,
      { viewerId, afterSeq, limit, spaceId },
    );
  }

  /**
   * What the viewer follows, newest first, below the cursor. Each source (own
   * and followed people, own and followed spaces, followed hashtags) reads at
   * most `limit` rows from its own index below the cursor, so a deep page
   * costs what the first does; the union keeps the newest `limit`.
   */
  following(viewerId: string, afterSeq: string | null, limit: number, tx: Tx = this.tx.reader): Promise<FeedItemRow[]> {
    const below = belowCursorSql('f.seq', afterSeq);
    return namedQuery(
      tx,
      `WITH actors AS (
         SELECT CAST(:viewerId AS uuid) AS id
         UNION SELECT subject_id FROM follow WHERE user_id = :viewerId AND subject_type = 'User'
       ), spaces AS (
         SELECT space_id AS id FROM space_member WHERE user_id = :viewerId
         UNION SELECT subject_id FROM follow WHERE user_id = :viewerId AND subject_type = 'Space'
       ), picked AS (
         SELECT x.seq FROM actors a CROSS JOIN LATERAL (
           SELECT f.seq FROM feed_item f WHERE f.actor_id = a.id AND ${below} AND ${feedReadableSql('f')} ORDER BY f.seq DESC LIMIT :limit) x
         UNION
         SELECT x.seq FROM spaces s CROSS JOIN LATERAL (
           SELECT f.seq FROM feed_item f WHERE f.space_id = s.id AND ${below} AND ${feedReadableSql('f')} ORDER BY f.seq DESC LIMIT :limit) x
         UNION
         SELECT x.seq FROM hashtag_follow h CROSS JOIN LATERAL (
           SELECT f.seq FROM feed_item_tag t JOIN feed_item f ON f.seq = t.seq
            WHERE t.tag = h.tag AND ${belowCursorSql('t.seq', afterSeq)} AND ${feedReadableSql('f')} ORDER BY t.seq DESC LIMIT :limit) x
          WHERE h.user_id = :viewerId
       )
       SELECT ${feedColumns('f')} FROM feed_item f
        WHERE f.seq IN (SELECT seq FROM picked ORDER BY seq DESC LIMIT :limit)
        ORDER BY f.seq DESC`,
      { viewerId, afterSeq, limit },
    );
  }

  /** The pinned items of a space the viewer may read (at most `limit`, latest pin first). */
  pinnedIn(viewerId: string, spaceId: string, limit: number): Promise<FeedItemRow[]> {
    return namedQuery(
      this.tx.reader,
      `SELECT ${feedColumns('f')} FROM feed_pin p JOIN feed_item f ON f.subject_id = p.subject_id AND f.space_id = p.space_id
        WHERE p.space_id = :spaceId AND p.pinned AND ${feedReadableSql('f')}
        ORDER BY p.changed_at DESC LIMIT :limit`,
      { viewerId, spaceId, limit },
    );
  }

  /** One item if the viewer may read it (and, with `following`, follows it). */
  async visibleItem(viewerId: string, id: string, following: boolean): Promise<FeedItemRow | null> {
    const [row] = await namedQuery<FeedItemRow>(
      this.tx.reader,
      `SELECT ${feedColumns('f')} FROM feed_item f WHERE f.id = :id AND ${feedReadableSql('f')} AND ${following ? followedItemSql('f') : 'TRUE'}`,
      { viewerId, id },
    );
    return row ?? null;
  }
}

import { readableSpacesSql } from '@pnyx/api/spaces';

/** The columns of `feed_item` under `alias`, named as FeedItemEntity's properties. */
export const feedColumns = (a: string) =>
  `${a}.id, ${a}.seq, ${a}.kind, ${a}.actor_id AS "actorId", ${a}.subject_type AS "subjectType", ${a}.subject_id AS "subjectId",
   ${a}.space_id AS "spaceId", ${a}.created_at AS "createdAt"`;

/** "The viewer (`:viewerId`) may read the item `a`": items outside spaces are for every employee; else the space decides. */
export const feedReadableSql = (a: string) => `(${a}.space_id IS NULL OR ${readableSpacesSql(`${a}.space_id`)})`;

/** The keyset bound below the cursor (`:afterSeq`), or TRUE on the first page. */
export const belowCursorSql = (column: string, afterSeq: string | null) => (afterSeq === null ? 'TRUE' : `${column} < CAST(:afterSeq AS bigint)`);

/**
 * "The viewer follows the item `a`": their own, by someone they follow, in a
 * space they belong to or follow, or with a hashtag they follow.
 */
export const followedItemSql = (a: string) => `(${a}.actor_id = :viewerId
  OR EXISTS (SELECT 1 FROM follow fu WHERE fu.user_id = :viewerId AND fu.subject_type = 'User' AND fu.subject_id = ${a}.actor_id)
  OR EXISTS (SELECT 1 FROM space_member sm WHERE sm.user_id = :viewerId AND sm.space_id = ${a}.space_id)
  OR EXISTS (SELECT 1 FROM follow fs WHERE fs.user_id = :viewerId AND fs.subject_type = 'Space' AND fs.subject_id = ${a}.space_id)
  OR EXISTS (SELECT 1 FROM feed_item_tag ft JOIN hashtag_follow hf ON hf.tag = ft.tag AND hf.user_id = :viewerId WHERE ft.seq = ${a}.seq))`;

import { readableSpacesSql } from '@pnyx/api/spaces';

/** The columns of `post` under `alias`, named as PostEntity's properties. */
export const postColumns = (a: string) =>
  `${a}.id, ${a}.author_id AS "authorId", ${a}.space_id AS "spaceId", ${a}.reply_to_id AS "replyToId", ${a}.body, ${a}.html,
   ${a}.mention_ids AS "mentionIds", ${a}.hashtags, ${a}.created_at AS "createdAt", ${a}.edited_at AS "editedAt",
   ${a}.deleted_at AS "deletedAt", ${a}.pinned_at AS "pinnedAt"`;

/** "The viewer (`:viewerId`) may read the post `a`": posts without a space are for every employee; else the space decides. */
export const postReadableSql = (a: string) => `(${a}.space_id IS NULL OR ${readableSpacesSql(`${a}.space_id`)})`;

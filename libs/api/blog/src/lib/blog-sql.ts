import { readableSpacesSql } from '@pnyx/api/spaces';

/** The columns of `blog_post` under `alias`, named as BlogPostEntity's properties. */
export const blogPostColumns = (a: string) =>
  `${a}.id, ${a}.author_id AS "authorId", ${a}.space_id AS "spaceId", ${a}.title, ${a}.body, ${a}.html, ${a}.tags, ${a}.status,
   ${a}.version, ${a}.published_at AS "publishedAt", ${a}.created_at AS "createdAt", ${a}.updated_at AS "updatedAt"`;

/**
 * "The viewer (`:viewerId`) may read the blog post `a`": a draft only its
 * author; a published post as its space allows (personal posts: every employee).
 * The author of a draft in a space still needs to be able to read the space.
 */
export const blogPostReadableSql = (a: string) =>
  `((${a}.status = 'PUBLISHED' OR ${a}.author_id = :viewerId) AND (${a}.space_id IS NULL OR ${readableSpacesSql(`${a}.space_id`)}))`;

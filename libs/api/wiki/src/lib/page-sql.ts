/** SQL fragments the wiki repositories share (statements go through `namedQuery` from core). */

/** The columns of `page` under `alias`, named as PageEntity's properties. */
export function pageColumns(alias: string): string {
  const a = alias;
  return `${a}.id, ${a}.space_id AS "spaceId", ${a}.parent_id AS "parentId", ${a}.position, ${a}.title, ${a}.slug,
    ${a}.body, ${a}.html, ${a}.version, ${a}.is_template AS "isTemplate", ${a}.created_by AS "createdBy",
    ${a}.updated_by AS "updatedBy", ${a}.created_at AS "createdAt", ${a}.updated_at AS "updatedAt",
    ${a}.deleted_at AS "deletedAt", ${a}.deleted_by AS "deletedBy"`;
}

/** Sibling order: position, then title, then id (a total order, so keyset paging is exact). */
export const SIBLING_ORDER = (a: string) => `${a}.position, lower(${a}.title), ${a}.id`;

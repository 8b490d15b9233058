/** SQL fragments the wiki repositories share (statements go through `namedQuery` from core). */

/** Which of a page's two large columns a statement fetches (both unless said otherwise). */
export interface PageContentColumns {
  body: boolean;
  html: boolean;
}

export const WITH_CONTENT: PageContentColumns = { body: true, html: true };
export const WITHOUT_CONTENT: PageContentColumns = { body: false, html: false };

const COLUMNS: readonly (readonly [column: string, property: string])[] = [
  ['version', 'version'],
  ['id', 'id'],
  ['space_id', 'spaceId'],
  ['parent_id', 'parentId'],
  ['position', 'position'],
  ['title', 'title'],
  ['slug', 'slug'],
  ['body', 'body'],
  ['html', 'html'],
  ['is_template', 'isTemplate'],
  ['created_by', 'createdBy'],
  ['updated_by', 'updatedBy'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
  ['deleted_at', 'deletedAt'],
  ['deleted_by', 'deletedBy'],
];

/**
 * The columns of `page` under `alias` (null: unqualified, e.g. in RETURNING),
 * named as PageEntity's properties. `content` leaves out body and/or html
 * (kilobytes each) when nobody reads them. `quoted`: every identifier quoted
 * (`"p"."version" AS "version"`).
 */
export function pageColumns(alias: string | null, content: PageContentColumns = WITH_CONTENT, quoted = false): string {
  const wanted = COLUMNS.filter(([column]) => (column !== 'body' || content.body) && (column !== 'html' || content.html));
  if (quoted) return wanted.map(([column, property]) => `${alias === null ? '' : `"${alias}".`}"${column}" AS "${property}"`).join(', ');
  const prefix = alias === null ? '' : `${alias}.`;
  return wanted.map(([column, property]) => (column === property ? `${prefix}${column}` : `${prefix}${column} AS "${property}"`)).join(', ');
}

/** Sibling order: position, then title, then id (a total order, so keyset paging is exact). */
export const SIBLING_ORDER = (a: string) => `${a}.position, lower(${a}.title), ${a}.id`;

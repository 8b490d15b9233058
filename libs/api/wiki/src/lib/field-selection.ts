import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { PageContentColumns } from './page-sql';

/**
 * Whether the query selects any of `names` directly under the field being
 * resolved (through fragments and inline fragments; aliases do not matter).
 * Lets a resolver leave out columns nobody asked for — page and revision
 * bodies are the large ones. A field under @include/@skip counts as selected:
 * when unsure, fetch.
 */
export function selectsAny(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, names: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (names.has(selection.name.value)) return true;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (visit(selection.selectionSet)) return true;
      } else {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        seen.add(name);
        if (visit(info.fragments[name]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node: FieldNode) => visit(node.selectionSet));
}

const PAGE_BODY_FIELDS: ReadonlySet<string> = new Set(['body', 'exportMarkdown']);
const PAGE_HTML_FIELDS: ReadonlySet<string> = new Set(['html']);
const REVISION_BODY_FIELDS: ReadonlySet<string> = new Set(['body', 'html']);

/** The large page columns the Page (or list of pages) being resolved needs: body for `body`/`exportMarkdown`, html for `html`. */
export function pageContentSelected(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): PageContentColumns {
  return { body: selectsAny(info, PAGE_BODY_FIELDS), html: selectsAny(info, PAGE_HTML_FIELDS) };
}

/** Whether the PageRevisions being resolved need their bodies (`body`, or `html` rendered from it). */
export function revisionBodySelected(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  return selectsAny(info, REVISION_BODY_FIELDS);
}

const AUTHOR_FIELDS: ReadonlySet<string> = new Set(['author']);
const PAGE_SPACE_FIELDS: ReadonlySet<string> = new Set(['space', 'canEdit', 'canDelete', 'canComment', 'exportMarkdown']);

/** Whether the Page being resolved needs its space and the caller's role there. */
export function pageSpaceSelected(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  return selectsAny(info, PAGE_SPACE_FIELDS);
}


/** Whether the PageRevisions being resolved show their authors. */
export function revisionAuthorSelected(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  return selectsAny(info, AUTHOR_FIELDS);
}

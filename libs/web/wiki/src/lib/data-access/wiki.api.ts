import { Injectable, inject } from '@angular/core';
import type { ApolloCache } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { Observable, map } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import {
  CreatePageInput,
  UpdatePageInput,
  WikiAddCommentDocument,
  WikiAddPageLabelDocument,
  WikiCreatePageDocument,
  WikiCurrentPageDocument,
  WikiDeletePageDocument,
  WikiEditablePageFragment,
  WikiHomeDocument,
  WikiHomeQuery,
  WikiMovePageDocument,
  WikiPageChildrenDocument,
  WikiPageCommentFragment,
  WikiPageDiffDocument,
  WikiPageDiffQuery,
  WikiPageDocument,
  WikiPageExportDocument,
  WikiPageForEditDocument,
  WikiPageHistoryDocument,
  WikiPageHistoryQuery,
  WikiPageOutlineDocument,
  WikiPageOutlineQuery,
  WikiPagePreviewDocument,
  WikiPageQuery,
  WikiPageRevisionDocument,
  WikiPageRevisionQuery,
  WikiPageTitleDocument,
  WikiPageViewFragment,
  WikiPagesByLabelDocument,
  WikiPagesByLabelQuery,
  WikiRemovePageLabelDocument,
  WikiRestoreRevisionDocument,
  WikiSpaceDocument,
  WikiSpacePagesDocument,
  WikiSpacePagesQuery,
  WikiSpaceQuery,
  WikiTemplatesDocument,
  WikiTemplatesQuery,
  WikiTreeItemFragment,
  WikiUnwatchPageDocument,
  WikiUpdatePageDocument,
  WikiWatchPageDocument,
} from '@pnyx/shared/graphql-types';
import { QueryState, toQueryState } from '@pnyx/web/core';

export type PageTemplate = WikiTemplatesQuery['templates'][number];
export type CreatedPage = { readonly id: string; readonly slug: string; readonly title: string; readonly spaceKey: string };

/** Shown by the screens themselves ("not found or not visible"), never as a snackbar. */
const READ_HANDLED = [ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN];
/** Shown next to the form (field errors) or as the conflict screen. */
const WRITE_HANDLED = [ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT];
/** Queries that show a space's tree, refreshed after it changes. */
const TREE_QUERIES = ['WikiSpacePages', 'WikiPageChildren', 'WikiPage', 'WikiPageOutline'];

function required<T>(value: T | null | undefined, operation: string): T {
  if (value == null) throw new Error(`${operation}: the API answered without data`);
  return value;
}

/** The wiki operations of the API, typed by codegen. */
@Injectable({ providedIn: 'root' })
export class WikiApi {
  private readonly apollo = inject(Apollo);

  // ------------------------------------------------------------------ reading

  page(spaceKey: string, slug: string): Observable<QueryState<WikiPageQuery>> {
    return this.apollo
      .watchQuery({ query: WikiPageDocument, variables: { spaceKey, slug }, context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  space(key: string): Observable<QueryState<WikiSpaceQuery>> {
    return this.apollo
      .watchQuery({ query: WikiSpaceDocument, variables: { key }, context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  spacePages(key: string): Observable<QueryState<WikiSpacePagesQuery>> {
    return this.apollo
      .watchQuery({ query: WikiSpacePagesDocument, variables: { key }, context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  children(id: string): Observable<readonly WikiTreeItemFragment[]> {
    return this.apollo
      .query({ query: WikiPageChildrenDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.page?.children ?? []));
  }

  outline(key: string): Observable<WikiPageOutlineQuery['space']> {
    return this.apollo
      .query({ query: WikiPageOutlineDocument, variables: { key }, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.space ?? null));
  }

  pageTitle(id: string): Observable<{ readonly id: string; readonly title: string; readonly slug: string } | null> {
    return this.apollo
      .query({ query: WikiPageTitleDocument, variables: { id }, context: { handledErrorCodes: READ_HANDLED } })
      .pipe(map((result) => result.data?.page ?? null));
  }

  home(): Observable<QueryState<WikiHomeQuery>> {
    return this.apollo.watchQuery({ query: WikiHomeDocument }).valueChanges.pipe(toQueryState());
  }

  pagesByLabel(spaceKey: string, label: string): Observable<QueryState<WikiPagesByLabelQuery>> {
    return this.apollo
      .watchQuery({ query: WikiPagesByLabelDocument, variables: { spaceKey, label, after: null }, context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  history(spaceKey: string, slug: string): Observable<QueryState<WikiPageHistoryQuery>> {
    return this.apollo
      .watchQuery({ query: WikiPageHistoryDocument, variables: { spaceKey, slug, before: null }, context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  /** Older versions than `before`, for "show older versions". */
  olderRevisions(spaceKey: string, slug: string, before: number): Observable<WikiPageHistoryQuery> {
    return this.apollo
      .query({ query: WikiPageHistoryDocument, variables: { spaceKey, slug, before }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => required(result.data, 'pageHistory')));
  }

  revision(spaceKey: string, slug: string, version: number): Observable<QueryState<WikiPageRevisionQuery>> {
    return this.apollo
      .watchQuery({ query: WikiPageRevisionDocument, variables: { spaceKey, slug, version }, context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  diff(pageId: string, fromVersion: number, toVersion: number): Observable<QueryState<WikiPageDiffQuery>> {
    return this.apollo
      .watchQuery({
        query: WikiPageDiffDocument,
        variables: { pageId, fromVersion, toVersion },
        context: { handledErrorCodes: [...READ_HANDLED, ErrorCode.BAD_USER_INPUT] },
      })
      .valueChanges.pipe(toQueryState());
  }

  exportMarkdown(id: string): Observable<{ readonly slug: string; readonly markdown: string }> {
    return this.apollo
      .query({ query: WikiPageExportDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(map((result) => {
        const page = required(result.data?.page, 'page');
        return { slug: page.slug, markdown: page.exportMarkdown };
      }));
  }

  // ------------------------------------------------------------------ editing

  /** The page as it is saved now (never from the cache: its version is the base of the edit). */
  pageForEdit(spaceKey: string, slug: string): Observable<WikiEditablePageFragment> {
    return this.apollo
      .query({ query: WikiPageForEditDocument, variables: { spaceKey, slug }, fetchPolicy: 'network-only', context: { handledErrorCodes: READ_HANDLED } })
      .pipe(map((result) => required(result.data?.pageBySlug, 'pageBySlug')));
  }

  currentPage(id: string): Observable<WikiEditablePageFragment> {
    return this.apollo
      .query({ query: WikiCurrentPageDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(map((result) => required(result.data?.page, 'page')));
  }

  preview(spaceId: string, body: string): Observable<string> {
    return this.apollo
      .query({ query: WikiPagePreviewDocument, variables: { spaceId, body }, fetchPolicy: 'no-cache' })
      .pipe(map((result) => result.data?.pagePreview ?? ''));
  }

  templates(spaceKey: string): Observable<readonly PageTemplate[]> {
    return this.apollo
      .query({ query: WikiTemplatesDocument, variables: { spaceKey }, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.templates ?? []));
  }

  createPage(input: CreatePageInput): Observable<CreatedPage> {
    return this.apollo
      .mutate({
        mutation: WikiCreatePageDocument,
        variables: { input },
        context: { handledErrorCodes: WRITE_HANDLED },
        refetchQueries: TREE_QUERIES,
      })
      .pipe(
        map((result) => {
          const page = required(result.data?.createPage, 'createPage');
          return { id: page.id, slug: page.slug, title: page.title, spaceKey: page.space.key };
        }),
      );
  }

  /** CONFLICT when `baseVersion` is stale: the caller shows the conflict screen. */
  updatePage(input: UpdatePageInput): Observable<WikiPageViewFragment> {
    return this.apollo
      .mutate({ mutation: WikiUpdatePageDocument, variables: { input }, context: { handledErrorCodes: WRITE_HANDLED } })
      .pipe(map((result) => required(result.data?.updatePage, 'updatePage')));
  }

  restore(pageId: string, version: number, baseVersion: number): Observable<WikiPageViewFragment> {
    return this.apollo
      .mutate({
        mutation: WikiRestoreRevisionDocument,
        variables: { pageId, version, baseVersion },
        context: { handledErrorCodes: [ErrorCode.CONFLICT] },
        refetchQueries: ['WikiPageHistory'],
      })
      .pipe(map((result) => required(result.data?.restorePageRevision, 'restorePageRevision')));
  }

  movePage(id: string, parentId: string | null): Observable<void> {
    return this.apollo
      .mutate({
        mutation: WikiMovePageDocument,
        variables: { id, parentId },
        context: { handledErrorCodes: [ErrorCode.BAD_USER_INPUT] },
        refetchQueries: TREE_QUERIES,
        awaitRefetchQueries: true,
      })
      .pipe(map(() => undefined));
  }

  deletePage(id: string): Observable<void> {
    return this.apollo
      .mutate({
        mutation: WikiDeletePageDocument,
        variables: { id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Page', id }) });
          cache.gc();
        },
        refetchQueries: TREE_QUERIES,
      })
      .pipe(map(() => undefined));
  }

  // ---------------------------------------------------- labels, comments, watch

  addLabel(pageId: string, label: string): Observable<readonly string[]> {
    return this.apollo
      .mutate({ mutation: WikiAddPageLabelDocument, variables: { pageId, label }, context: { handledErrorCodes: [ErrorCode.BAD_USER_INPUT] } })
      .pipe(map((result) => required(result.data?.addPageLabel, 'addPageLabel').labels));
  }

  removeLabel(pageId: string, label: string): Observable<readonly string[]> {
    return this.apollo
      .mutate({ mutation: WikiRemovePageLabelDocument, variables: { pageId, label } })
      .pipe(map((result) => required(result.data?.removePageLabel, 'removePageLabel').labels));
  }

  addComment(pageId: string, body: string): Observable<WikiPageCommentFragment> {
    return this.apollo
      .mutate({
        mutation: WikiAddCommentDocument,
        variables: { input: { subjectId: pageId, body } },
        context: { handledErrorCodes: [ErrorCode.BAD_USER_INPUT] },
        update: (cache, { data }) => {
          const comment = data?.addComment;
          if (!comment) return;
          cache.modify({
            id: cache.identify({ __typename: 'Page', id: pageId }),
            fields: {
              comments: (existing, { toReference }) => (Array.isArray(existing) ? [...existing, toReference(comment, true)] : existing),
              commentCount: (count) => (typeof count === 'number' ? count + 1 : count),
            },
          });
        },
      })
      .pipe(map((result) => required(result.data?.addComment, 'addComment')));
  }

  setWatching(pageId: string, watch: boolean): Observable<void> {
    const options = {
      variables: { id: pageId },
      update: (cache: ApolloCache) => {
        cache.modify({ id: cache.identify({ __typename: 'Page', id: pageId }), fields: { watchedByMe: () => watch } });
      },
    };
    return watch
      ? this.apollo.mutate({ mutation: WikiWatchPageDocument, ...options }).pipe(map(() => undefined))
      : this.apollo.mutate({ mutation: WikiUnwatchPageDocument, ...options }).pipe(map(() => undefined));
  }
}

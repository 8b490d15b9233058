import { Injectable, inject } from '@angular/core';
import type { ApolloCache } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { Observable, map } from 'rxjs';
import {
  BlogAddCommentDocument,
  type BlogCommentFragment,
  BlogCreatePostDocument,
  type BlogListItemFragment,
  BlogMyDraftsDocument,
  BlogPostDocument,
  type BlogPostFullFragment,
  type BlogPostQuery,
  BlogPostRevisionsDocument,
  type BlogPostRevisionsQuery,
  BlogPostsDocument,
  BlogPublishPostDocument,
  BlogReactDocument,
  BlogSpaceDocument,
  type BlogSpaceQuery,
  BlogSpacesDocument,
  type BlogSpacesQuery,
  BlogUnreactDocument,
  BlogUpdatePostDocument,
  type CreateBlogPostInput,
  type UpdateBlogPostInput,
} from '@pnyx/shared/graphql-types';
import { ErrorCode } from '@pnyx/shared/contracts';
import { type QueryState, errorInfos, toQueryState } from '@pnyx/web/core';
import type { ReactionCount } from './reactions';

export type BlogListItem = BlogListItemFragment;
export type BlogPost = BlogPostFullFragment;
export type BlogComment = BlogCommentFragment;
export type BlogRevision = NonNullable<BlogPostRevisionsQuery['blogPost']>['revisions'][number];
export type BlogSpace = NonNullable<BlogSpaceQuery['space']>;
export type BlogSpaceOption = BlogSpacesQuery['spaces'][number];

export interface BlogPage {
  readonly nodes: readonly BlogListItem[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/** What a refused write means for the form that sent it. */
export interface WriteRefusal {
  /** The input the API named (`extensions.field`, last segment). */
  readonly field: string | null;
  readonly code: string;
  /** The API's message (English). */
  readonly message: string;
}

export function writeRefusal(error: unknown): WriteRefusal {
  const [info] = errorInfos(error);
  return { field: info?.field ?? null, code: info?.code ?? ErrorCode.INTERNAL_SERVER_ERROR, message: info?.message ?? '' };
}

/** Errors the blog screens show themselves. */
const WRITE_HANDLED: readonly string[] = [ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND, ErrorCode.RATE_LIMITED];
const READ_HANDLED: readonly string[] = [ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN];
const PAGE_SIZE = 20;

function page(connection: { nodes: readonly BlogListItem[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | undefined): BlogPage {
  if (!connection) throw new Error('The API answered without data');
  return { nodes: connection.nodes, hasNextPage: connection.pageInfo.hasNextPage, endCursor: connection.pageInfo.endCursor ?? null };
}

function required<T>(value: T | null | undefined): T {
  if (value == null) throw new Error('The API answered without data');
  return value;
}

/** The blog operations of the API, typed by codegen from the `.graphql` files beside it. */
@Injectable({ providedIn: 'root' })
export class BlogApi {
  private readonly apollo = inject(Apollo);

  // ------------------------------------------------------------------ reading

  post(id: string): Observable<QueryState<BlogPostQuery>> {
    return this.apollo
      .watchQuery({ query: BlogPostDocument, variables: { id }, fetchPolicy: 'cache-and-network', context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  /** Every version, newest first (fetched fresh: an edit adds one). */
  revisions(id: string): Observable<readonly BlogRevision[]> {
    return this.apollo
      .query({ query: BlogPostRevisionsDocument, variables: { id }, fetchPolicy: 'network-only', context: { handledErrorCodes: READ_HANDLED } })
      .pipe(map((result) => result.data?.blogPost?.revisions ?? []));
  }

  /** Published posts, newest first: a space's blog, or (without a key) every one the caller may read. */
  published(spaceKey: string | null, after: string | null): Observable<BlogPage> {
    return this.apollo
      .query({ query: BlogPostsDocument, variables: { spaceKey, after, first: PAGE_SIZE }, fetchPolicy: 'network-only' })
      .pipe(map((result) => page(result.data?.blogPosts)));
  }

  drafts(after: string | null): Observable<BlogPage> {
    return this.apollo
      .query({ query: BlogMyDraftsDocument, variables: { after, first: PAGE_SIZE }, fetchPolicy: 'network-only' })
      .pipe(map((result) => page(result.data?.myBlogDrafts)));
  }

  space(key: string): Observable<QueryState<BlogSpaceQuery>> {
    return this.apollo
      .watchQuery({ query: BlogSpaceDocument, variables: { key }, context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  spaces(): Observable<readonly BlogSpaceOption[]> {
    return this.apollo.query({ query: BlogSpacesDocument }).pipe(map((result) => result.data?.spaces ?? []));
  }

  // ------------------------------------------------------------------ writing

  create(input: CreateBlogPostInput): Observable<BlogPost> {
    return this.apollo
      .mutate({ mutation: BlogCreatePostDocument, variables: { input }, context: { handledErrorCodes: WRITE_HANDLED } })
      .pipe(map((result) => required(result.data?.createBlogPost)));
  }

  update(input: UpdateBlogPostInput): Observable<BlogPost> {
    return this.apollo
      .mutate({ mutation: BlogUpdatePostDocument, variables: { input }, context: { handledErrorCodes: WRITE_HANDLED } })
      .pipe(map((result) => required(result.data?.updateBlogPost)));
  }

  publish(id: string): Observable<BlogPost> {
    return this.apollo
      .mutate({ mutation: BlogPublishPostDocument, variables: { id }, context: { handledErrorCodes: WRITE_HANDLED } })
      .pipe(map((result) => required(result.data?.publishBlogPost)));
  }

  /** A comment, appended to the cached post's comments (oldest first, so at the end). */
  addComment(postId: string, body: string): Observable<BlogComment> {
    return this.apollo
      .mutate({
        mutation: BlogAddCommentDocument,
        variables: { input: { subjectId: postId, body } },
        context: { handledErrorCodes: WRITE_HANDLED },
        update: (cache, { data }) => {
          const comment = data?.addComment;
          if (comment) appendComment(cache, postId, comment);
        },
      })
      .pipe(map((result) => required(result.data?.addComment)));
  }

  /** Reacts or takes a reaction back; answers the post's counts (also written to the cached post). */
  react(postId: string, emoji: string, action: 'react' | 'unreact'): Observable<readonly ReactionCount[]> {
    const options = { variables: { input: { subjectId: postId, emoji } }, context: { handledErrorCodes: WRITE_HANDLED } };
    const write = (cache: ApolloCache, counts: readonly ReactionCount[] | undefined) => {
      if (counts) cache.modify({ id: cache.identify({ __typename: 'BlogPost', id: postId }), fields: { reactions: () => counts } });
    };
    return action === 'react'
      ? this.apollo
          .mutate({ mutation: BlogReactDocument, ...options, update: (cache, { data }) => write(cache, data?.react) })
          .pipe(map((result) => required(result.data?.react)))
      : this.apollo
          .mutate({ mutation: BlogUnreactDocument, ...options, update: (cache, { data }) => write(cache, data?.unreact) })
          .pipe(map((result) => required(result.data?.unreact)));
  }
}

function appendComment(cache: ApolloCache, postId: string, comment: BlogComment): void {
  cache.modify({
    id: cache.identify({ __typename: 'BlogPost', id: postId }),
    fields: {
      comments: (existing: unknown, { toReference }: { toReference: (value: never, merge?: boolean) => unknown }) =>
        Array.isArray(existing) ? [...existing, toReference(comment as never, true)] : existing,
    },
  });
}

import { Injectable, inject } from '@angular/core';
import type { ApolloCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Apollo } from 'apollo-angular';
import { Observable, map } from 'rxjs';
import {
  type CreatePostInput,
  PostsByDocument,
  PostsByHashtagDocument,
  PostsCreatePostDocument,
  PostsDeletePostDocument,
  PostsFollowHashtagDocument,
  PostsFollowedHashtagsDocument,
  PostsInSpaceDocument,
  PostsPinPostDocument,
  PostsPostDocument,
  type PostsPostFragment,
  type PostsPostQuery,
  PostsReactDocument,
  PostsSpaceDocument,
  type PostsSpaceQuery,
  PostsSpacesDocument,
  type PostsSpacesQuery,
  PostsUnfollowHashtagDocument,
  PostsUnpinPostDocument,
  PostsUnreactDocument,
  PostsUpdatePostDocument,
  PostsUsersDocument,
  type PostsUsersQuery,
} from '@pnyx/shared/graphql-types';
import { ErrorCode } from '@pnyx/shared/contracts';
import { type QueryState, errorInfos, toQueryState } from '@pnyx/web/core';
import type { ReactionCount } from './reactions';

export type Post = PostsPostFragment;
export type PostThread = NonNullable<PostsPostQuery['post']>;
export type PostsSpace = NonNullable<PostsSpaceQuery['space']>;
export type PostsSpaceOption = PostsSpacesQuery['spaces'][number];
export type Person = PostsUsersQuery['users'][number];

export interface PostPage {
  readonly nodes: readonly Post[];
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

/** Errors the posts screens show themselves. */
const WRITE_HANDLED: readonly string[] = [ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT, ErrorCode.FORBIDDEN, ErrorCode.RATE_LIMITED];
const READ_HANDLED: readonly string[] = [ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN];
const PAGE_SIZE = 25;

export function isRefusal(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error);
}

function page(connection: { nodes: readonly Post[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | undefined): PostPage {
  if (!connection) throw new Error('The API answered without data');
  return { nodes: connection.nodes, hasNextPage: connection.pageInfo.hasNextPage, endCursor: connection.pageInfo.endCursor ?? null };
}

/** The posts operations of the API, typed by codegen from the `.graphql` files beside it. */
@Injectable({ providedIn: 'root' })
export class PostsApi {
  private readonly apollo = inject(Apollo);

  // ------------------------------------------------------------------ reading

  post(id: string): Observable<QueryState<PostsPostQuery>> {
    return this.apollo
      .watchQuery({ query: PostsPostDocument, variables: { id }, fetchPolicy: 'cache-and-network', context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  postsBy(userId: string, after: string | null): Observable<PostPage> {
    return this.apollo
      .query({ query: PostsByDocument, variables: { userId, after, first: PAGE_SIZE }, fetchPolicy: 'network-only' })
      .pipe(map((result) => page(result.data?.postsBy)));
  }

  postsByHashtag(tag: string, after: string | null): Observable<PostPage> {
    return this.apollo
      .query({ query: PostsByHashtagDocument, variables: { tag, after, first: PAGE_SIZE }, fetchPolicy: 'network-only' })
      .pipe(map((result) => page(result.data?.postsByHashtag)));
  }

  spacePosts(spaceId: string, after: string | null): Observable<PostPage> {
    return this.apollo
      .query({ query: PostsInSpaceDocument, variables: { spaceId, after, first: PAGE_SIZE }, fetchPolicy: 'network-only' })
      .pipe(map((result) => page(result.data?.spacePosts)));
  }

  space(key: string): Observable<QueryState<PostsSpaceQuery>> {
    return this.apollo
      .watchQuery({ query: PostsSpaceDocument, variables: { key }, context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  spaces(): Observable<readonly PostsSpaceOption[]> {
    return this.apollo.query({ query: PostsSpacesDocument }).pipe(map((result) => result.data?.spaces ?? []));
  }

  /** People whose username, name or e-mail contains `search` (at most 20). */
  users(search: string): Observable<readonly Person[]> {
    return this.apollo.query({ query: PostsUsersDocument, variables: { search } }).pipe(map((result) => result.data?.users ?? []));
  }

  /** The hashtags the caller follows (normalised). */
  followedHashtags(): Observable<readonly string[]> {
    return this.apollo
      .query({ query: PostsFollowedHashtagsDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.followedHashtags ?? []));
  }

  // ------------------------------------------------------------------ writing

  /** Follows or unfollows a hashtag (its posts join the caller's Following feed); answers the normalised tag. */
  setHashtagFollowed(tag: string, follow: boolean): Observable<string> {
    const options = { variables: { tag }, context: { handledErrorCodes: WRITE_HANDLED } };
    return follow
      ? this.apollo.mutate({ mutation: PostsFollowHashtagDocument, ...options }).pipe(map((result) => required(result.data?.followHashtag)))
      : this.apollo.mutate({ mutation: PostsUnfollowHashtagDocument, ...options }).pipe(map((result) => required(result.data?.unfollowHashtag)));
  }

  /** A post to everyone or a space, or a reply (appended to its parent's replies in the cache). */
  createPost(input: CreatePostInput): Observable<Post> {
    return this.apollo
      .mutate({
        mutation: PostsCreatePostDocument,
        variables: { input },
        context: { handledErrorCodes: WRITE_HANDLED },
        update: (cache, { data }) => {
          const post = data?.createPost;
          if (post && input.replyToId) appendReply(cache, input.replyToId, post);
        },
      })
      .pipe(map((result) => required(result.data?.createPost)));
  }

  updatePost(id: string, body: string): Observable<Post> {
    return this.apollo
      .mutate({ mutation: PostsUpdatePostDocument, variables: { input: { id, body } }, context: { handledErrorCodes: WRITE_HANDLED } })
      .pipe(map((result) => required(result.data?.updatePost)));
  }

  deletePost(id: string): Observable<Post> {
    return this.apollo
      .mutate({ mutation: PostsDeletePostDocument, variables: { id }, context: { handledErrorCodes: WRITE_HANDLED } })
      .pipe(map((result) => required(result.data?.deletePost)));
  }

  setPinned(id: string, pinned: boolean): Observable<Post> {
    const options = { variables: { id }, context: { handledErrorCodes: WRITE_HANDLED } };
    return pinned
      ? this.apollo.mutate({ mutation: PostsPinPostDocument, ...options }).pipe(map((result) => required(result.data?.pinPost)))
      : this.apollo.mutate({ mutation: PostsUnpinPostDocument, ...options }).pipe(map((result) => required(result.data?.unpinPost)));
  }

  /** Reacts or takes a reaction back; answers the post's counts (also written to the cached post). */
  react(postId: string, emoji: string, action: 'react' | 'unreact'): Observable<readonly ReactionCount[]> {
    const options = {
      variables: { input: { subjectId: postId, emoji } },
      context: { handledErrorCodes: WRITE_HANDLED },
    };
    const write = (cache: ApolloCache, counts: readonly ReactionCount[] | undefined) => {
      if (counts) cache.modify({ id: cache.identify({ __typename: 'Post', id: postId }), fields: { reactions: () => counts } });
    };
    return action === 'react'
      ? this.apollo
          .mutate({ mutation: PostsReactDocument, ...options, update: (cache, { data }) => write(cache, data?.react) })
          .pipe(map((result) => required(result.data?.react)))
      : this.apollo
          .mutate({ mutation: PostsUnreactDocument, ...options, update: (cache, { data }) => write(cache, data?.unreact) })
          .pipe(map((result) => required(result.data?.unreact)));
  }
}

function required<T>(value: T | null | undefined): T {
  if (value == null) throw new Error('The API answered without data');
  return value;
}

/** Adds a new reply to the cached parent's replies (oldest first, so at the end). */
function appendReply(cache: ApolloCache, parentId: string, reply: Post): void {
  cache.modify({
    id: cache.identify({ __typename: 'Post', id: parentId }),
    fields: {
      replies: (existing: unknown, { toReference }: { toReference: (value: never, merge?: boolean) => unknown }) =>
        Array.isArray(existing) ? [...existing, toReference(reply as never, true)] : existing,
      replyCount: (count: unknown) => (typeof count === 'number' ? count + 1 : count),
    },
  });
}

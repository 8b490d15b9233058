import { Injectable, inject } from '@angular/core';
import type { ApolloCache } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { Observable, filter, map } from 'rxjs';
import {
  FeedBlogPostsByDocument,
  type FeedBlogPostsByQuery,
  FeedDocument,
  FeedFollowDocument,
  FeedItemAddedDocument,
  type FeedItemFragment,
  FeedProfileDocument,
  type FeedProfileQuery,
  FeedUnfollowDocument,
} from '@pnyx/shared/graphql-types';
import { ErrorCode } from '@pnyx/shared/contracts';
import { type QueryState, toQueryState } from '@pnyx/web/core';
import { type FeedTab, filterFor } from './feed-text';

export type FeedItem = FeedItemFragment;
export type FeedSubject = FeedItem['subject'];
export type Profile = NonNullable<FeedProfileQuery['user']>;
export type ProfileBlogPost = FeedBlogPostsByQuery['blogPostsBy']['nodes'][number];

export interface FeedPage {
  readonly nodes: readonly FeedItem[];
  readonly pinned: readonly FeedItem[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

const PAGE_SIZE = 20;
const READ_HANDLED: readonly string[] = [ErrorCode.NOT_FOUND];
const WRITE_HANDLED: readonly string[] = [ErrorCode.BAD_USER_INPUT, ErrorCode.RATE_LIMITED];

/** The feed and profile operations of the API, typed by codegen from the `.graphql` files beside it. */
@Injectable({ providedIn: 'root' })
export class FeedApi {
  private readonly apollo = inject(Apollo);

  feed(tab: FeedTab, after: string | null): Observable<FeedPage> {
    return this.apollo
      .query({ query: FeedDocument, variables: { first: PAGE_SIZE, after, filter: filterFor(tab) }, fetchPolicy: 'network-only' })
      .pipe(
        map((result) => {
          const feed = result.data?.feed;
          if (!feed) throw new Error('The API answered without data');
          return { nodes: feed.nodes, pinned: feed.pinned, hasNextPage: feed.pageInfo.hasNextPage, endCursor: feed.pageInfo.endCursor ?? null };
        }),
      );
  }

  /** Items that happen from now on, matching the tab (over the API's WebSocket). */
  added(tab: FeedTab): Observable<FeedItem> {
    return this.apollo.subscribe({ query: FeedItemAddedDocument, variables: { filter: filterFor(tab) } }).pipe(
      map((result) => result.data?.feedItemAdded),
      filter((item): item is FeedItem => !!item),
    );
  }

  profile(username: string): Observable<QueryState<FeedProfileQuery>> {
    return this.apollo
      .watchQuery({ query: FeedProfileDocument, variables: { username }, fetchPolicy: 'cache-and-network', context: { handledErrorCodes: READ_HANDLED } })
      .valueChanges.pipe(toQueryState());
  }

  blogPostsBy(userId: string): Observable<readonly ProfileBlogPost[]> {
    return this.apollo
      .query({ query: FeedBlogPostsByDocument, variables: { userId, first: 10 }, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.blogPostsBy.nodes ?? []));
  }

  /** Follows or unfollows a person (or space); the cached person follows the answer. */
  setFollowing(user: { readonly id: string; readonly followerCount: number }, follow: boolean): Observable<boolean> {
    const options = { variables: { subjectId: user.id }, context: { handledErrorCodes: WRITE_HANDLED } };
    const write = (cache: ApolloCache) =>
      cache.modify({
        id: cache.identify({ __typename: 'User', id: user.id }),
        fields: {
          followedByMe: () => follow,
          followerCount: (count: unknown) => (typeof count === 'number' ? Math.max(0, count + (follow ? 1 : -1)) : count),
        },
      });
    return follow
      ? this.apollo.mutate({ mutation: FeedFollowDocument, ...options, update: (cache) => write(cache) }).pipe(map(() => true))
      : this.apollo.mutate({ mutation: FeedUnfollowDocument, ...options, update: (cache) => write(cache) }).pipe(map(() => false));
  }
}

import { Injectable, inject } from '@angular/core';
import type { ApolloCache } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { Observable, map } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import {
  AddSpaceMemberDocument,
  AddSpaceMemberInput,
  CreateSpaceDocument,
  FollowSpaceDocument,
  CreateSpaceInput,
  SpaceDetailFragment,
  SpaceDocument,
  SpaceQuery,
  SpaceSummaryFragment,
  SpacesDocument,
  UnfollowSpaceDocument,
  SpacesQuery,
  UserSearchDocument,
  UserSearchQuery,
} from '@pnyx/shared/graphql-types';
import { QueryState, toQueryState } from '@pnyx/web/core';

export type UserOption = UserSearchQuery['users'][number];

function required<T>(value: T | null | undefined, operation: string): T {
  if (value == null) throw new Error(`${operation}: the API answered without data`);
  return value;
}

/** The spaces operations of the API, typed by codegen. */
@Injectable({ providedIn: 'root' })
export class SpacesApi {
  private readonly apollo = inject(Apollo);

  spaces(): Observable<QueryState<SpacesQuery>> {
    return this.apollo.watchQuery({ query: SpacesDocument }).valueChanges.pipe(toQueryState());
  }

  /** NOT_FOUND and FORBIDDEN are shown by the page itself ("not found or not visible"). */
  space(key: string): Observable<QueryState<SpaceQuery>> {
    return this.apollo
      .watchQuery({
        query: SpaceDocument,
        variables: { key },
        context: { handledErrorCodes: [ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN] },
      })
      .valueChanges.pipe(toQueryState());
  }

  /** Field errors (BAD_USER_INPUT, CONFLICT) are shown next to the form fields. */
  createSpace(input: CreateSpaceInput): Observable<SpaceSummaryFragment> {
    return this.apollo
      .mutate({
        mutation: CreateSpaceDocument,
        variables: { input },
        context: { handledErrorCodes: [ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT] },
        update: (cache, { data }) => {
          const created = data?.createSpace;
          if (!created) return;
          cache.updateQuery({ query: SpacesDocument }, (list) =>
            list && !list.spaces.some((space) => space.id === created.id)
              ? { spaces: [...list.spaces, created] }
              : list,
          );
        },
      })
      .pipe(map((result) => required(result.data?.createSpace, 'createSpace')));
  }

  addMember(input: AddSpaceMemberInput): Observable<SpaceDetailFragment> {
    return this.apollo
      .mutate({
        mutation: AddSpaceMemberDocument,
        variables: { input },
        context: { handledErrorCodes: [ErrorCode.BAD_USER_INPUT, ErrorCode.CONFLICT, ErrorCode.NOT_FOUND] },
      })
      .pipe(map((result) => required(result.data?.addSpaceMember, 'addSpaceMember')));
  }

  /** Follows or unfollows a space (its items join the caller's Following feed); the cached space follows. */
  setFollowing(spaceId: string, follow: boolean): Observable<boolean> {
    const options = {
      variables: { subjectId: spaceId },
      context: { handledErrorCodes: [ErrorCode.BAD_USER_INPUT] },
      update: (cache: ApolloCache) => cache.modify({ id: cache.identify({ __typename: 'Space', id: spaceId }), fields: { followedByMe: () => follow } }),
    };
    return follow
      ? this.apollo.mutate({ mutation: FollowSpaceDocument, ...options }).pipe(map(() => true))
      : this.apollo.mutate({ mutation: UnfollowSpaceDocument, ...options }).pipe(map(() => false));
  }

  searchUsers(search: string): Observable<readonly UserOption[]> {
    return this.apollo
      .query({ query: UserSearchDocument, variables: { search }, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.users ?? []));
  }
}

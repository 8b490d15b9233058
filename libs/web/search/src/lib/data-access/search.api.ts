import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { Observable, map } from 'rxjs';
import {
  SearchAuthorDocument,
  SearchDocument,
  SearchPeopleDocument,
  type SearchPeopleQuery,
  type SearchQueryVariables,
  SearchSpacesDocument,
  type SearchSpacesQuery,
  SearchSuggestionsDocument,
} from '@pnyx/shared/graphql-types';
import { ErrorCode } from '@pnyx/shared/contracts';
import type { SearchHit, Suggestion } from './search-hit';

export type SearchSpace = SearchSpacesQuery['spaces'][number];
export type SearchPerson = SearchPeopleQuery['users'][number];
export type SearchVariables = Omit<SearchQueryVariables, 'first' | 'after'>;

export interface ResultsPage {
  readonly hits: readonly SearchHit[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

const PAGE_SIZE = 20;
const SUGGESTIONS_PER_KIND = 5;
/** The page shows a bad query next to its field. */
const SEARCH_HANDLED: readonly string[] = [ErrorCode.BAD_USER_INPUT];
/** Suggestions are a convenience: a failure leaves the list empty, without a message. */
const QUIET: readonly string[] = Object.values(ErrorCode);

/** The search operations of the API, typed by codegen from `search.graphql` beside it. */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly apollo = inject(Apollo);

  search(variables: SearchVariables, after: string | null): Observable<ResultsPage> {
    return this.apollo
      .query({
        query: SearchDocument,
        variables: { ...variables, first: PAGE_SIZE, after },
        fetchPolicy: 'network-only',
        context: { handledErrorCodes: SEARCH_HANDLED },
      })
      .pipe(
        map((result) => {
          const found = result.data?.search;
          if (!found) throw result.error ?? new Error('The API answered without data');
          return { hits: found.nodes, totalCount: found.totalCount, hasNextPage: found.pageInfo.hasNextPage, endCursor: found.pageInfo.endCursor ?? null };
        }),
      );
  }

  suggestions(query: string): Observable<readonly Suggestion[]> {
    return this.apollo
      .query({ query: SearchSuggestionsDocument, variables: { query, first: SUGGESTIONS_PER_KIND }, fetchPolicy: 'network-only', context: { handledErrorCodes: QUIET } })
      .pipe(map((result) => result.data?.searchSuggestions ?? []));
  }

  spaces(): Observable<readonly SearchSpace[]> {
    return this.apollo.query({ query: SearchSpacesDocument, fetchPolicy: 'network-only' }).pipe(map((result) => result.data?.spaces ?? []));
  }

  people(search: string): Observable<readonly SearchPerson[]> {
    return this.apollo
      .query({ query: SearchPeopleDocument, variables: { search }, fetchPolicy: 'network-only', context: { handledErrorCodes: QUIET } })
      .pipe(map((result) => result.data?.users ?? []));
  }

  /** The person a username names, or null (also when there is none). */
  author(username: string): Observable<SearchPerson | null> {
    return this.apollo
      .query({ query: SearchAuthorDocument, variables: { username }, fetchPolicy: 'cache-first', context: { handledErrorCodes: QUIET } })
      .pipe(map((result) => result.data?.user ?? null));
  }
}

import type { ErrorLike, ObservableQuery } from '@apollo/client';
import { OperatorFunction, map } from 'rxjs';

/** A watched query as a view sees it. */
export type QueryState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ErrorLike }
  | { readonly status: 'ready'; readonly data: T; readonly refreshing: boolean };

export const LOADING: QueryState<never> = { status: 'loading' };

/** Maps Apollo results to `QueryState`; cached data stays visible while it is refreshed. */
export function toQueryState<T>(): OperatorFunction<ObservableQuery.Result<T>, QueryState<T>> {
  return map((result): QueryState<T> => {
    if (result.dataState === 'complete') return { status: 'ready', data: result.data as T, refreshing: result.loading };
    if (result.error) return { status: 'error', error: result.error };
    return LOADING;
  });
}

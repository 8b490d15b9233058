import { computed, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { Observable } from 'rxjs';
import { switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import { LOADING, type QueryState, hasErrorCode } from '@pnyx/web/core';

export interface PageAddress {
  spaceKey: string;
  slug: string;
}

export interface PageBySlug<P> {
  state: Signal<QueryState<{ pageBySlug: P | null }>>;
  /** The page once loaded; null while loading, on error, or when there is none. */
  page: Signal<P | null>;
  /** Missing, or hidden from the caller (the API does not tell these apart). */
  notFound: Signal<boolean>;
}

/**
 * Loads the page at `address` (again whenever it changes) and derives what
 * every page screen shows. Call in an injection context (a field initialiser).
 */
export function pageBySlug<P>(
  address: Signal<PageAddress>,
  load: (spaceKey: string, slug: string) => Observable<QueryState<{ pageBySlug: P | null }>>,
): PageBySlug<P> {
  const state = toSignal(toObservable(address).pipe(switchMap(({ spaceKey, slug }) => load(spaceKey, slug))), {
    initialValue: LOADING as QueryState<{ pageBySlug: P | null }>,
  });
  const page = computed(() => {
    const current = state();
    return current.status === 'ready' ? current.data.pageBySlug : null;
  });
  const notFound = computed(() => {
    const current = state();
    if (current.status === 'ready') return current.data.pageBySlug === null;
    return current.status === 'error' && (hasErrorCode(current.error, ErrorCode.NOT_FOUND) || hasErrorCode(current.error, ErrorCode.FORBIDDEN));
  });
  return { state, page, notFound };
}

import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { EMPTY, Subject, catchError, map, of, switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import { errorInfos } from '@pnyx/web/core';
import { type ResultsPage, SearchApi, type SearchVariables } from './search.api';
import { type HitView, toHitView } from './search-hit';

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'invalid' | 'error';

type Outcome = { readonly page: ResultsPage; readonly more: boolean } | { readonly failed: unknown; readonly more: boolean };

/**
 * The results of one search and the pages read further: the latest request wins, so a
 * slow answer to an older query never replaces a newer one.
 */
@Injectable()
export class SearchStore {
  private readonly api = inject(SearchApi);
  private readonly requests = new Subject<{ readonly variables: SearchVariables; readonly after: string | null } | null>();
  private current: SearchVariables | null = null;
  private cursor: string | null = null;

  readonly status = signal<SearchStatus>('idle');
  readonly hits = signal<readonly HitView[]>([]);
  readonly totalCount = signal(0);
  readonly hasNextPage = signal(false);
  readonly loadingMore = signal(false);
  readonly empty = computed(() => this.status() === 'ready' && this.hits().length === 0);

  constructor() {
    const subscription = this.requests
      .pipe(
        switchMap((request) =>
          request
            ? this.api.search(request.variables, request.after).pipe(
                map((page): Outcome => ({ page, more: request.after !== null })),
                catchError((failed: unknown) => of<Outcome>({ failed, more: request.after !== null })),
              )
            : EMPTY,
        ),
      )
      .subscribe((outcome) => this.settle(outcome));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /** Searches afresh (null: nothing to search for). */
  open(variables: SearchVariables | null): void {
    this.current = variables;
    this.cursor = null;
    this.loadingMore.set(false);
    if (!variables) {
      this.status.set('idle');
      this.hits.set([]);
      this.totalCount.set(0);
      this.hasNextPage.set(false);
      // Cancels an answer still on its way.
      this.requests.next(null);
      return;
    }
    this.status.set('loading');
    this.requests.next({ variables, after: null });
  }

  more(): void {
    if (!this.current || !this.hasNextPage() || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.requests.next({ variables: this.current, after: this.cursor });
  }

  retry(): void {
    this.open(this.current);
  }

  private settle(outcome: Outcome): void {
    if (!this.current) return;
    this.loadingMore.set(false);
    if ('failed' in outcome) {
      if (outcome.more) return;
      const invalid = errorInfos(outcome.failed).some((info) => info.code === ErrorCode.BAD_USER_INPUT);
      this.status.set(invalid ? 'invalid' : 'error');
      this.hits.set([]);
      this.totalCount.set(0);
      this.hasNextPage.set(false);
      return;
    }
    const { page, more } = outcome;
    const views = page.hits.map(toHitView);
    this.hits.update((known) => (more ? [...known, ...views.filter((v) => !known.some((k) => k.id === v.id))] : views));
    this.totalCount.set(page.totalCount);
    this.hasNextPage.set(page.hasNextPage);
    this.cursor = page.endCursor;
    this.status.set('ready');
  }
}

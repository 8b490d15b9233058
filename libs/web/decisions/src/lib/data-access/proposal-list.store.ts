import { DestroyRef, Injectable, InjectionToken, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ErrorCode } from '@pnyx/shared/contracts';
import { hasErrorCode } from '@pnyx/web/core';
import { DecisionsApi, type ProposalSummary } from './decisions.api';

export type ListStatus = 'loading' | 'ready' | 'error' | 'notFound';

/**
 * One keyset-paginated list of a space's proposals (open ones, or the decision log),
 * page by page with "show more". Provide one per list on the screen.
 */
@Injectable()
export class ProposalListStore {
  private readonly api = inject(DecisionsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly items = signal<readonly ProposalSummary[]>([]);
  readonly status = signal<ListStatus>('loading');
  readonly hasMore = signal(false);
  readonly loadingMore = signal(false);
  private cursor: string | null = null;
  private spaceKey = '';
  private closed = false;
  private generation = 0;

  load(spaceKey: string, closed: boolean): void {
    this.spaceKey = spaceKey;
    this.closed = closed;
    this.cursor = null;
    this.items.set([]);
    this.status.set('loading');
    this.fetch(++this.generation, false);
  }

  more(): void {
    if (!this.hasMore() || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.fetch(this.generation, true);
  }

  private fetch(generation: number, append: boolean): void {
    this.api
      .proposals(this.spaceKey, this.closed, append ? this.cursor : null)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          if (generation !== this.generation) return;
          this.items.update((items) => (append ? [...items, ...page.nodes] : page.nodes));
          this.cursor = page.endCursor;
          this.hasMore.set(page.hasNextPage);
          this.status.set('ready');
          this.loadingMore.set(false);
        },
        error: (error: unknown) => {
          if (generation !== this.generation) return;
          this.loadingMore.set(false);
          if (!append) this.status.set(hasErrorCode(error, ErrorCode.NOT_FOUND) || hasErrorCode(error, ErrorCode.FORBIDDEN) ? 'notFound' : 'error');
        },
      });
  }
}

/** A space's open proposals, and its decision log: two lists of one screen. */
export const OPEN_PROPOSALS = new InjectionToken<ProposalListStore>('OPEN_PROPOSALS');
export const DECISION_LOG = new InjectionToken<ProposalListStore>('DECISION_LOG');

import { DestroyRef, Injectable, Injector, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { type Observable, Subject, auditTime, share } from 'rxjs';

/** Gaps this close together are caught up once (a reconnect resubscribes several subscriptions at once). */
export const CATCH_UP_AFTER_MS = 300;

/**
 * Where the app hears that live updates may have been missed: the
 * WebSocket reconnected (events published meanwhile are lost), or the API
 * ended a subscription with RESYNC (resync-link.ts subscribes it again).
 * Active watched queries are refetched then; stores that keep a list live
 * from one-off reads (the feed, the bell) catch up on `missed`.
 */
@Injectable({ providedIn: 'root' })
export class LiveUpdates {
  private readonly injector = inject(Injector);
  private readonly gaps = new Subject<void>();

  /** Emits once per burst of gaps, shortly after the first (by then subscriptions are sent again). */
  readonly missed: Observable<void> = this.gaps.pipe(auditTime(CATCH_UP_AFTER_MS), share());

  constructor() {
    const refetching = this.missed.subscribe(() => this.refetchActive());
    inject(DestroyRef).onDestroy(() => refetching.unsubscribe());
  }

  /** Live updates may have been missed (called by the WebSocket and resync links). */
  gap(): void {
    this.gaps.next();
  }

  private refetchActive(): void {
    // Apollo is looked up here, not injected: the client is built with this service's `gap`.
    void this.injector
      .get(Apollo)
      .client.refetchQueries({ include: 'active' })
      .catch(() => undefined);
  }
}

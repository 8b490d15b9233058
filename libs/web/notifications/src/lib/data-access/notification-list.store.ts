import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { Subscription } from 'rxjs';
import { type NotificationItem, type NotificationPage, NotificationsApi } from './notifications.api';
import { UnreadStore } from './unread.store';

export type ListStatus = 'loading' | 'ready' | 'error';

const PAGE_SIZE = 20;

/** The `/notifications` list: keyset pages ("Load more"), the unread filter, marking read. */
@Injectable()
export class NotificationListStore {
  private readonly api = inject(NotificationsApi);
  private readonly bell = inject(UnreadStore);

  readonly items = signal<readonly NotificationItem[]>([]);
  readonly status = signal<ListStatus>('loading');
  readonly unreadOnly = signal(false);
  readonly hasMore = signal(false);
  readonly loadingMore = signal(false);

  private cursor: string | null = null;
  private reading: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.reading?.unsubscribe());
  }

  load(unreadOnly = this.unreadOnly()): void {
    this.reading?.unsubscribe();
    this.unreadOnly.set(unreadOnly);
    this.status.set('loading');
    this.reading = this.api.page(PAGE_SIZE, null, unreadOnly).subscribe({
      next: (page) => {
        this.items.set(page.nodes);
        this.take(page);
        this.status.set('ready');
      },
      error: () => this.status.set('error'),
    });
  }

  more(): void {
    if (!this.hasMore() || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.reading = this.api.page(PAGE_SIZE, this.cursor, this.unreadOnly()).subscribe({
      next: (page) => {
        const seen = new Set(this.items().map((n) => n.id));
        this.items.update((items) => [...items, ...page.nodes.filter((n) => !seen.has(n.id))]);
        this.take(page);
        this.loadingMore.set(false);
      },
      error: () => this.loadingMore.set(false),
    });
  }

  markRead(id: string): void {
    this.items.update((items) => items.map((n) => (n.id === id ? { ...n, read: true } : n)));
    this.api.markRead([id]).subscribe({ next: () => this.bell.markedElsewhere([id]), error: () => this.bell.recount() });
  }

  markAllRead(done: () => void): void {
    this.items.update((items) => items.map((n) => (n.read ? n : { ...n, read: true })));
    this.api.markRead().subscribe({
      next: () => {
        this.bell.markedElsewhere('all');
        done();
      },
      error: () => this.bell.recount(),
    });
  }

  private take(page: NotificationPage): void {
    this.cursor = page.endCursor;
    this.hasMore.set(page.hasNextPage);
  }
}

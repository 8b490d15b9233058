import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { type Subscription, fromEvent } from 'rxjs';
import { LiveUpdates } from '@pnyx/web/core';
import { type NotificationItem, NotificationsApi } from './notifications.api';

const LATEST = 10;

/**
 * The bell's state for the whole app: the unread count and the latest notifications, kept live
 * by `notificationAdded`. Pub/sub delivers at most once, so the latest page and the count are
 * read again when live updates may have been missed (LiveUpdates: a reconnect, RESYNC), and
 * the count whenever the window gets the focus back.
 */
@Injectable({ providedIn: 'root' })
export class UnreadStore {
  private readonly api = inject(NotificationsApi);
  private readonly liveUpdates = inject(LiveUpdates);
  private readonly window = inject(DOCUMENT).defaultView;

  readonly unreadCount = signal(0);
  readonly latest = signal<readonly NotificationItem[]>([]);
  readonly ready = signal(false);

  private started = false;
  private live: Subscription | null = null;

  /** Reads the latest page and listens (once, however many bells there are). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.refresh();
    this.live = this.api.added().subscribe({ next: (item) => this.arrive(item), error: () => (this.live = null) });
    this.liveUpdates.missed.subscribe(() => this.refresh());
    if (this.window) fromEvent(this.window, 'focus').subscribe(() => this.recount());
  }

  /** The latest notifications and the count, fresh from the API (when the panel opens). */
  refresh(): void {
    this.api.page(LATEST, null).subscribe({
      next: (page) => {
        this.latest.set(page.nodes);
        this.unreadCount.set(page.unreadCount);
        this.ready.set(true);
      },
      error: () => undefined,
    });
  }

  recount(): void {
    this.api.unreadCount().subscribe({ next: (count) => this.unreadCount.set(count), error: () => undefined });
  }

  /** Marks one read (optimistically); the count follows the API's answer. */
  markRead(ids: readonly string[]): void {
    const unread = new Set(this.latest().filter((n) => !n.read && ids.includes(n.id)).map((n) => n.id));
    if (unread.size) {
      this.latest.update((items) => items.map((n) => (unread.has(n.id) ? { ...n, read: true } : n)));
      this.unreadCount.update((count) => Math.max(0, count - unread.size));
    }
    this.api.markRead(ids).subscribe({ next: () => this.recount(), error: () => this.recount() });
  }

  /** Marks all read; calls `done` with how many changed. */
  markAllRead(done?: (changed: number) => void): void {
    this.latest.update((items) => items.map((n) => (n.read ? n : { ...n, read: true })));
    this.unreadCount.set(0);
    this.api.markRead().subscribe({
      next: (changed) => {
        done?.(changed);
        this.recount();
      },
      error: () => this.recount(),
    });
  }

  /** Something marked elsewhere (the list page): the bell's copy follows. */
  markedElsewhere(ids: readonly string[] | 'all'): void {
    this.latest.update((items) => items.map((n) => (ids === 'all' || ids.includes(n.id) ? { ...n, read: true } : n)));
    this.recount();
  }

  private arrive(item: NotificationItem): void {
    if (this.latest().some((n) => n.id === item.id)) return;
    this.latest.update((items) => [item, ...items].slice(0, LATEST));
    if (!item.read) this.unreadCount.update((count) => count + 1);
  }
}

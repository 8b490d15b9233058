import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { Subscription } from 'rxjs';
import { LiveUpdates } from '@pnyx/web/core';
import { type FeedItem, FeedApi, type FeedPage } from './feed.api';
import type { FeedTab } from './feed-text';
import { NewItems } from './new-items';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The feed of one tab: keyset pages ("more" as the list's end comes into view), and the
 * live items of the tab, counted for the "3 new posts" banner rather than inserted. When
 * live items may have been missed (a reconnect, RESYNC), the first page is read again and
 * what the list lacks is counted for the banner too.
 */
@Injectable()
export class FeedStore {
  private readonly api = inject(FeedApi);
  private readonly liveUpdates = inject(LiveUpdates);

  readonly items = signal<readonly FeedItem[]>([]);
  readonly pinned = signal<readonly FeedItem[]>([]);
  readonly status = signal<FeedStatus>('idle');
  readonly hasMore = signal(false);
  readonly loadingMore = signal(false);
  /** Distinct new items waiting behind the banner. */
  readonly newCount = signal(0);

  private tab: FeedTab = 'everything';
  private meId: () => string | null = () => null;
  private cursor: string | null = null;
  private reading: Subscription | null = null;
  private live: Subscription | null = null;
  private missed: Subscription | null = null;
  private catchingUp: Subscription | null = null;
  private readonly arrived = new NewItems();
  /** The counted items, for a post of the caller's that arrived before its write answered. */
  private readonly pending = new Map<string, FeedItem>();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Shows a tab: its first page, and listens to its new items (the previous tab's stop). */
  open(tab: FeedTab, meId: () => string | null): void {
    this.stop();
    this.tab = tab;
    this.meId = meId;
    this.items.set([]);
    this.pinned.set([]);
    this.status.set('loading');
    this.reload();
    this.live = this.api.added(tab).subscribe({ next: (item) => this.arrive(item), error: () => undefined });
    this.missed = this.liveUpdates.missed.subscribe(() => this.catchUp());
  }

  /** Reads the first page again (the banner, or after a write): the banner empties. */
  reload(): void {
    this.reading?.unsubscribe();
    this.arrived.clear();
    this.pending.clear();
    this.newCount.set(0);
    this.reading = this.api.feed(this.tab, null).subscribe({
      next: (page) => {
        this.items.set(page.nodes);
        this.pinned.set(page.pinned);
        this.take(page);
        this.status.set('ready');
      },
      error: () => this.status.set('error'),
    });
  }

  more(): void {
    if (!this.hasMore() || this.loadingMore() || this.status() !== 'ready') return;
    this.loadingMore.set(true);
    this.reading = this.api.feed(this.tab, this.cursor).subscribe({
      next: (page) => {
        const seen = new Set(this.items().map((item) => item.id));
        this.items.update((items) => [...items, ...page.nodes.filter((item) => !seen.has(item.id))]);
        this.take(page);
        this.loadingMore.set(false);
      },
      error: () => this.loadingMore.set(false),
    });
  }

  /** The caller's own post from this screen: its item goes to the top when it arrives. */
  wrote(postId: string): void {
    const early = this.arrived.wrote(postId);
    const item = early ? this.pending.get(early) : undefined;
    if (item) this.top(item);
    this.newCount.set(this.arrived.count);
  }

  /** Replaces a post's reactions (or other fields) in the items showing it. */
  patchSubject(subjectId: string, change: Record<string, unknown>): void {
    const patch = (items: readonly FeedItem[]) =>
      items.map((item) => (item.subject.id === subjectId ? ({ ...item, subject: { ...item.subject, ...change } } as FeedItem) : item));
    this.items.update(patch);
    this.pinned.update(patch);
  }

  private arrive(item: FeedItem): void {
    const shown = new Set(this.items().map((i) => i.id));
    const verdict = this.arrived.arrive(item, this.meId(), shown);
    if (verdict === 'own') this.top(item);
    else if (verdict === 'new') {
      this.pending.set(item.id, item);
      this.newCount.set(this.arrived.count);
    }
  }

  /** Live items may have been missed: those on the first page the list lacks go behind the banner. */
  private catchUp(): void {
    if (this.status() !== 'ready') return this.reload();
    this.catchingUp?.unsubscribe();
    this.catchingUp = this.api.feed(this.tab, null).subscribe({
      next: (page) => {
        this.pinned.set(page.pinned);
        for (const item of [...page.nodes].reverse()) this.arrive(item);
      },
      error: () => undefined,
    });
  }

  private top(item: FeedItem): void {
    this.items.update((items) => [item, ...items.filter((i) => i.id !== item.id)]);
  }

  private take(page: FeedPage): void {
    this.cursor = page.endCursor;
    this.hasMore.set(page.hasNextPage);
  }

  private stop(): void {
    this.reading?.unsubscribe();
    this.live?.unsubscribe();
    this.missed?.unsubscribe();
    this.catchingUp?.unsubscribe();
    this.reading = null;
    this.live = null;
    this.missed = null;
    this.catchingUp = null;
  }
}

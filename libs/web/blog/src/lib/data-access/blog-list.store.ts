import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import type { BlogListItem, BlogPage } from './blog.api';

export type ListStatus = 'idle' | 'loading' | 'ready' | 'error';

/** One keyset-paged list of blog posts (everyone's, a space's, the caller's drafts), with "Show more". */
@Injectable()
export class BlogListStore {
  readonly items = signal<readonly BlogListItem[]>([]);
  readonly status = signal<ListStatus>('idle');
  readonly hasMore = signal(false);
  readonly loadingMore = signal(false);

  private fetch: ((after: string | null) => Observable<BlogPage>) | null = null;
  private cursor: string | null = null;
  private running: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  load(fetch: (after: string | null) => Observable<BlogPage>): void {
    this.running?.unsubscribe();
    this.fetch = fetch;
    this.status.set('loading');
    this.items.set([]);
    this.running = fetch(null).subscribe({
      next: (page) => {
        this.items.set(page.nodes);
        this.take(page);
        this.status.set('ready');
      },
      error: () => this.status.set('error'),
    });
  }

  more(): void {
    if (!this.fetch || !this.hasMore() || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.running = this.fetch(this.cursor).subscribe({
      next: (page) => {
        const seen = new Set(this.items().map((p) => p.id));
        this.items.update((items) => [...items, ...page.nodes.filter((p) => !seen.has(p.id))]);
        this.take(page);
        this.loadingMore.set(false);
      },
      error: () => this.loadingMore.set(false),
    });
  }

  private take(page: BlogPage): void {
    this.cursor = page.endCursor;
    this.hasMore.set(page.hasNextPage);
  }
}

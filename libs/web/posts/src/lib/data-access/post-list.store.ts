import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import type { Post, PostPage } from './posts.api';

export type ListStatus = 'idle' | 'loading' | 'ready' | 'error';

/** One keyset-paged list of posts (a person's, a tag's, a space's), with "Show more". */
@Injectable()
export class PostListStore {
  readonly items = signal<readonly Post[]>([]);
  readonly status = signal<ListStatus>('idle');
  readonly hasMore = signal(false);
  readonly loadingMore = signal(false);

  private fetch: ((after: string | null) => Observable<PostPage>) | null = null;
  private cursor: string | null = null;
  private running: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  load(fetch: (after: string | null) => Observable<PostPage>): void {
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

  /** A post just written appears first (after a pinned announcement). */
  prepend(post: Post): void {
    this.items.update((items) => {
      const pinned = items.filter((p) => p.pinned);
      return [...pinned, post, ...items.filter((p) => !p.pinned)];
    });
  }

  /** Replaces a post after a change (reactions, pin, delete), keeping its place. */
  patch(id: string, change: Partial<Post>): void {
    this.items.update((items) => items.map((p) => (p.id === id ? { ...p, ...change } : p)));
  }

  private take(page: PostPage): void {
    this.cursor = page.endCursor;
    this.hasMore.set(page.hasNextPage);
  }
}

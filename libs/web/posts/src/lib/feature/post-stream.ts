import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Notifier, TranslatePipe } from '@pnyx/web/core';
import { Loading } from '@pnyx/web/ui';
import type { PostListStore } from '../data-access/post-list.store';
import { type Post, PostsApi } from '../data-access/posts.api';
import { toggleReaction } from '../data-access/reactions';
import { PostCard } from '../ui/post-card';

/** A list of posts from a store: cards with their reactions, "Show more", loading and empty states. */
@Component({
  selector: 'pnyx-post-stream',
  imports: [MatButtonModule, TranslatePipe, Loading, PostCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (store().status()) {
      @case ('ready') {
        @if (store().items().length) {
          <ol class="posts" [attr.data-testid]="testId()">
            @for (post of store().items(); track post.id) {
              <li><pnyx-post-card [post]="post" [reacting]="reacting() === post.id" (react)="react(post, $event)" /></li>
            }
          </ol>
          @if (store().hasMore()) {
            <button mat-button type="button" class="more" [disabled]="store().loadingMore()" (click)="store().more()">{{ 'posts.more' | t }}</button>
          }
        } @else {
          <p class="none">{{ emptyText() | t }}</p>
        }
      }
      @case ('error') {
        <p class="none" role="alert">{{ 'posts.error' | t }}</p>
      }
      @default {
        <pnyx-loading [label]="'posts.loading' | t" />
      }
    }
  `,
  styles: `
    :host { display: block; }
    .posts { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 12px; }
    .none { color: var(--mat-sys-on-surface-variant); }
    .more { margin-top: 12px; }
  `,
})
export class PostStream {
  readonly store = input.required<PostListStore>();
  readonly emptyText = input('posts.none');
  readonly testId = input('posts');

  private readonly api = inject(PostsApi);
  private readonly notifier = inject(Notifier);
  protected readonly reacting = signal<string | null>(null);

  protected react(post: Post, emoji: string): void {
    const store = this.store();
    const before = post.reactions;
    const next = toggleReaction(before, emoji);
    store.patch(post.id, { reactions: next.counts });
    this.reacting.set(post.id);
    this.api.react(post.id, emoji, next.action).subscribe({
      next: (counts) => {
        this.reacting.set(null);
        store.patch(post.id, { reactions: [...counts] });
      },
      error: () => {
        this.reacting.set(null);
        store.patch(post.id, { reactions: before });
        this.notifier.show('posts.reactions.failed');
      },
    });
  }
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@pnyx/web/core';
import { Loading } from '@pnyx/web/ui';
import type { BlogListStore } from '../data-access/blog-list.store';
import { BlogCard } from '../ui/blog-card';

/** A list of blog posts from a store: cards, "Show more", loading and empty states. */
@Component({
  selector: 'pnyx-blog-stream',
  imports: [MatButtonModule, TranslatePipe, Loading, BlogCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (store().status()) {
      @case ('ready') {
        @if (store().items().length) {
          <ol class="posts" [attr.data-testid]="testId()">
            @for (post of store().items(); track post.id) {
              <li><pnyx-blog-card [post]="post" /></li>
            }
          </ol>
          @if (store().hasMore()) {
            <button mat-stroked-button type="button" class="more" data-testid="load-more" [disabled]="store().loadingMore()" (click)="store().more()">
              {{ 'blog.more' | t }}
            </button>
          }
        } @else {
          <p class="none" [attr.data-testid]="testId() + '-empty'">{{ emptyText() | t }}</p>
        }
      }
      @case ('error') {
        <p class="none" role="alert">{{ 'blog.error' | t }}</p>
      }
      @default {
        <pnyx-loading [label]="'blog.loading' | t" />
      }
    }
  `,
  styles: `
    :host { display: block; }
    .posts { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 12px; }
    .none { color: var(--mat-sys-on-surface-variant); }
    .more { margin-top: 16px; }
  `,
})
export class BlogStream {
  readonly store = input.required<BlogListStore>();
  readonly emptyText = input('blog.none');
  readonly testId = input('blog-posts');
}

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { MatButtonModule } from '@angular/material/button';
import { Notifier, TranslatePipe, TranslationService } from '@pnyx/web/core';
import { PageHeader } from '@pnyx/web/ui';
import { PostListStore } from '../data-access/post-list.store';
import { normaliseTag } from '../data-access/post-text';
import { PostsApi } from '../data-access/posts.api';
import { PostStream } from './post-stream';

/** `/posts/tags/:tag`: the posts with a hashtag that the caller may read, newest first; Follow puts them in the Following feed. */
@Component({
  selector: 'pnyx-tag-posts-page',
  imports: [MatButtonModule, TranslatePipe, PageHeader, PostStream],
  providers: [PostListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pnyx-page-header [heading]="'posts.tag.title' | t: { tag: tag() }" [subheading]="'posts.tag.subtitle' | t: { tag: tag() }">
      @if (followed() === true) {
        <button mat-stroked-button type="button" data-testid="unfollow-hashtag" [disabled]="busy()" (click)="toggleFollow()">
          {{ 'posts.tag.unfollow' | t: { tag: normalised() } }}
        </button>
      } @else if (followed() === false) {
        <button mat-flat-button type="button" data-testid="follow-hashtag" [disabled]="busy()" (click)="toggleFollow()">
          {{ 'posts.tag.follow' | t: { tag: normalised() } }}
        </button>
      }
    </pnyx-page-header>
    <pnyx-post-stream [store]="list" emptyText="posts.tag.none" testId="tag-posts" />
  `,
  styles: `:host { display: block; max-width: 760px; }`,
})
export class TagPostsPage {
  readonly tag = input.required<string>();

  private readonly api = inject(PostsApi);
  private readonly notifier = inject(Notifier);
  protected readonly list = inject(PostListStore);
  protected readonly normalised = computed(() => normaliseTag(this.tag()));
  /** null until known. */
  protected readonly followed = signal<boolean | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    const title = inject(Title);
    const i18n = inject(TranslationService);
    effect(() => {
      const tag = normaliseTag(this.tag());
      untracked(() => {
        this.list.load((after) => this.api.postsByHashtag(tag, after));
        this.followed.set(null);
        this.api.followedHashtags().subscribe({ next: (tags) => this.followed.set(tags.includes(tag)), error: () => undefined });
      });
    });
    effect(() => title.setTitle(`${i18n.translate('posts.tag.title', { tag: normaliseTag(this.tag()) })} · ${i18n.translate('app.name')}`));
  }

  protected toggleFollow(): void {
    const follow = !this.followed();
    this.busy.set(true);
    this.api.setHashtagFollowed(this.normalised(), follow).subscribe({
      next: (tag) => {
        this.busy.set(false);
        this.followed.set(follow);
        this.notifier.show(follow ? 'posts.tag.followed' : 'posts.tag.unfollowed', { tag });
      },
      error: () => {
        this.busy.set(false);
        this.notifier.show('posts.thread.actionFailed');
      },
    });
  }
}

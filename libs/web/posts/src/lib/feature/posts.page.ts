import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { catchError, of } from 'rxjs';
import { CurrentUser, Notifier, TranslatePipe, TranslationService } from '@pnyx/web/core';
import { PageHeader } from '@pnyx/web/ui';
import { MentionSearch } from '../data-access/mention-search';
import { PostListStore } from '../data-access/post-list.store';
import { type PostsSpaceOption, PostsApi } from '../data-access/posts.api';
import { type ComposedPost, PostComposer } from '../ui/composer';
import { PostStream } from './post-stream';
import { refusalText } from './send-post';

/**
 * `/posts`: the composer (to everyone or one of the caller's spaces) and the caller's own
 * posts and replies. The API has no list of everyone's posts yet (the feed is the next
 * step), so this lists `postsBy(me)`.
 */
@Component({
  selector: 'pnyx-posts-page',
  imports: [TranslatePipe, PageHeader, PostComposer, PostStream],
  providers: [PostListStore, MentionSearch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pnyx-page-header [heading]="'posts.title' | t" [subheading]="'posts.subtitle' | t" />
    <section class="compose" [attr.aria-label]="'posts.composer.label' | t">
      <pnyx-post-composer
        [spaces]="spaces()"
        [people]="mentions.people()"
        [busy]="sending()"
        [serverError]="error()"
        testId="composer"
        (search)="mentions.search($event)"
        (send)="send($event)"
      />
    </section>
    <section aria-labelledby="mine-heading">
      <h2 id="mine-heading" class="block-title">{{ 'posts.mine' | t }}</h2>
      <p class="note">{{ 'posts.mine.note' | t }}</p>
      <pnyx-post-stream [store]="list" emptyText="posts.mine.none" testId="my-posts" />
    </section>
  `,
  styles: `
    :host { display: block; max-width: 760px; }
    .compose { margin-bottom: 32px; padding: 16px; border-radius: 12px; background: var(--mat-sys-surface-container-low); }
    .block-title { margin: 0 0 4px; font: var(--mat-sys-title-large); }
    .note { margin: 0 0 16px; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class PostsPage {
  private readonly api = inject(PostsApi);
  private readonly me = inject(CurrentUser);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  protected readonly list = inject(PostListStore);
  protected readonly mentions = inject(MentionSearch);
  private readonly composer = viewChild.required(PostComposer);

  protected readonly spaces = toSignal(this.api.spaces().pipe(catchError(() => of([] as readonly PostsSpaceOption[]))), {
    initialValue: [] as readonly PostsSpaceOption[],
  });
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly userId = computed(() => this.me.user()?.id ?? null);

  constructor() {
    effect(() => {
      const id = this.userId();
      if (id) untracked(() => this.list.load((after) => this.api.postsBy(id, after)));
    });
  }

  protected send(post: ComposedPost): void {
    this.sending.set(true);
    this.error.set(null);
    this.api.createPost({ body: post.body, spaceId: post.spaceId }).subscribe({
      next: (created) => {
        this.sending.set(false);
        this.composer().reset();
        this.list.prepend(created);
        this.notifier.show('posts.composer.posted');
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.error.set(refusalText(error, this.i18n, post.body));
      },
    });
  }
}

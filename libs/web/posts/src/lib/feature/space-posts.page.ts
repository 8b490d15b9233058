import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import { LOADING, Notifier, TranslatePipe, TranslationService, hasErrorCode } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { MentionSearch } from '../data-access/mention-search';
import { PostListStore } from '../data-access/post-list.store';
import { PostsApi } from '../data-access/posts.api';
import { type ComposedPost, PostComposer } from '../ui/composer';
import { PostStream } from './post-stream';
import { refusalText } from './send-post';

/** `/s/:spaceKey/posts`: a space's posts, its pinned announcement first, and a composer posting into it. */
@Component({
  selector: 'pnyx-space-posts-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, EmptyState, Loading, PageHeader, PostComposer, PostStream],
  providers: [PostListStore, MentionSearch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button [routerLink]="['/s', spaceKey()]" class="back">
      <mat-icon svgIcon="arrow-back" aria-hidden="true" />
      {{ 'posts.space.back' | t }}
    </a>
    @if (notFound()) {
      <pnyx-empty-state icon="search-off" [heading]="'posts.space.notFound.title' | t" [message]="'posts.space.notFound.message' | t: { key: spaceKey() }">
        <a mat-flat-button routerLink="/spaces">{{ 'posts.space.allSpaces' | t }}</a>
      </pnyx-empty-state>
    } @else if (space(); as s) {
      <pnyx-page-header [heading]="'posts.space.title' | t: { space: s.name }" [subheading]="'posts.space.subtitle' | t" />
      <section class="compose" [attr.aria-label]="'posts.composer.label' | t">
        <pnyx-post-composer
          [people]="mentions.people()"
          [busy]="sending()"
          [serverError]="error()"
          testId="composer"
          (search)="mentions.search($event)"
          (send)="send(s.id, $event)"
        />
      </section>
      <pnyx-post-stream [store]="list" emptyText="posts.space.none" testId="space-posts" />
    } @else if (failed()) {
      <p role="alert">{{ 'posts.error' | t }}</p>
    } @else {
      <pnyx-loading [label]="'posts.loading' | t" />
    }
  `,
  styles: `
    :host { display: block; max-width: 760px; }
    .back { margin: 0 0 8px -12px; }
    .compose { margin-bottom: 24px; padding: 16px; border-radius: 12px; background: var(--mat-sys-surface-container-low); }
  `,
})
export class SpacePostsPage {
  readonly spaceKey = input.required<string>();

  private readonly api = inject(PostsApi);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  protected readonly list = inject(PostListStore);
  protected readonly mentions = inject(MentionSearch);
  private readonly composer = viewChild(PostComposer);

  private readonly spaceState = toSignal(toObservable(this.spaceKey).pipe(switchMap((key) => this.api.space(key))), { initialValue: LOADING });
  protected readonly space = computed(() => {
    const state = this.spaceState();
    return state.status === 'ready' ? state.data.space : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.spaceState();
    if (state.status === 'ready') return state.data.space === null;
    return state.status === 'error' && (hasErrorCode(state.error, ErrorCode.NOT_FOUND) || hasErrorCode(state.error, ErrorCode.FORBIDDEN));
  });
  protected readonly failed = computed(() => this.spaceState().status === 'error' && !this.notFound());
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly spaceId = computed(() => this.space()?.id ?? null);

  constructor() {
    effect(() => {
      const id = this.spaceId();
      if (id) untracked(() => this.list.load((after) => this.api.spacePosts(id, after)));
    });
    const title = inject(Title);
    effect(() => {
      const space = this.space();
      if (space) title.setTitle(`${this.i18n.translate('posts.space.title', { space: space.name })} · ${this.i18n.translate('app.name')}`);
    });
  }

  protected send(spaceId: string, post: ComposedPost): void {
    this.sending.set(true);
    this.error.set(null);
    this.api.createPost({ body: post.body, spaceId }).subscribe({
      next: (created) => {
        this.sending.set(false);
        this.composer()?.reset();
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

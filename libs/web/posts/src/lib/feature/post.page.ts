import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NgTemplateOutlet } from '@angular/common';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import { LOADING, Notifier, TranslatePipe, TranslationService, hasErrorCode } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { MentionSearch } from '../data-access/mention-search';
import { type Post, PostsApi } from '../data-access/posts.api';
import { toggleReaction } from '../data-access/reactions';
import { type ComposedPost, PostComposer } from '../ui/composer';
import { PostCard } from '../ui/post-card';
import { refusalText } from './send-post';

/**
 * `/posts/:id`: a post with what it replies to, its replies (oldest first, deleted ones
 * kept and marked), reactions, a reply composer, edit and delete for its author, pin and
 * unpin for managers when it is in a space.
 */
@Component({
  selector: 'pnyx-post-page',
  imports: [NgTemplateOutlet, RouterLink, MatButtonModule, MatIconModule, TranslatePipe, EmptyState, Loading, PageHeader, PostCard, PostComposer],
  providers: [MentionSearch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (post()?.space; as s) {
      <a mat-button [routerLink]="['/s', s.key, 'posts']" class="back">
        <mat-icon svgIcon="arrow-back" aria-hidden="true" />
        {{ 'posts.thread.backToSpace' | t: { space: s.name } }}
      </a>
    } @else {
      <a mat-button routerLink="/posts" class="back">
        <mat-icon svgIcon="arrow-back" aria-hidden="true" />
        {{ 'posts.thread.back' | t }}
      </a>
    }
    @if (notFound()) {
      <pnyx-empty-state icon="search-off" [heading]="'posts.thread.notFound.title' | t" [message]="'posts.thread.notFound.message' | t" />
    } @else if (post(); as p) {
      <pnyx-page-header [heading]="'posts.thread.title' | t: { author: p.author.displayName }" />
      @if (p.replyTo; as parent) {
        <p class="parent">
          <a [routerLink]="['/posts', parent.id]" data-testid="reply-to">
            <mat-icon svgIcon="reply" aria-hidden="true" />
            {{ parent.deleted ? ('posts.thread.inReplyToDeleted' | t) : ('posts.thread.inReplyTo' | t: { author: parent.author.displayName }) }}
          </a>
        </p>
      }
      <ng-container *ngTemplateOutlet="card; context: { $implicit: p, main: true }" />

      <section class="replies" aria-labelledby="replies-heading">
        <h2 id="replies-heading" class="block-title">{{ 'posts.thread.replies' | t }}</h2>
        @if (p.replies.length) {
          <ol class="list" data-testid="replies">
            @for (reply of p.replies; track reply.id) {
              <li><ng-container *ngTemplateOutlet="card; context: { $implicit: reply, main: false }" /></li>
            }
          </ol>
        } @else {
          <p class="none">{{ 'posts.thread.noReplies' | t }}</p>
        }
        @if (!p.deleted) {
          <div class="compose">
            <pnyx-post-composer
              #replyComposer
              label="posts.composer.replyLabel"
              submitLabel="posts.composer.reply"
              [rows]="2"
              [people]="mentions.people()"
              [busy]="sending()"
              [serverError]="replyError()"
              testId="reply"
              (search)="mentions.search($event)"
              (send)="reply(p.id, $event)"
            />
          </div>
        }
      </section>

      <ng-template #card let-item let-main="main">
        <pnyx-post-card
          [post]="item"
          [showActions]="true"
          [showReplyLink]="!main"
          [editing]="editingId() === item.id"
          [reacting]="reactingId() === item.id"
          [attr.data-testid]="main ? 'thread-post' : 'reply-post'"
          (react)="react(item, $event)"
          (edit)="startEdit(item.id)"
          (remove)="remove(item.id)"
          (pin)="setPinned(item.id, $event)"
        >
          @if (editingId() === item.id) {
            <pnyx-post-composer
              editor
              label="posts.composer.editLabel"
              submitLabel="posts.composer.save"
              [initialBody]="item.body"
              [cancellable]="true"
              [people]="mentions.people()"
              [busy]="sending()"
              [serverError]="editError()"
              testId="edit"
              (search)="mentions.search($event)"
              (send)="save(item.id, $event)"
              (cancel)="editingId.set(null)"
            />
          }
        </pnyx-post-card>
      </ng-template>
    } @else if (failed()) {
      <p role="alert">{{ 'posts.thread.error' | t }}</p>
    } @else {
      <pnyx-loading [label]="'posts.loading' | t" />
    }
  `,
  styles: `
    :host { display: block; max-width: 760px; }
    .back { margin: 0 0 8px -12px; }
    .parent { margin: 0 0 12px; }
    .parent a { display: inline-flex; align-items: center; gap: 6px; color: var(--mat-sys-primary); }
    .parent mat-icon { width: 18px; height: 18px; }
    .replies { margin-top: 32px; }
    .block-title { margin: 0 0 12px; font: var(--mat-sys-title-large); }
    .list { list-style: none; margin: 0 0 16px; padding: 0 0 0 24px; display: flex; flex-direction: column; gap: 12px; border-left: 2px solid var(--mat-sys-outline-variant); }
    .none { color: var(--mat-sys-on-surface-variant); }
    .compose { margin-top: 16px; }
  `,
})
export class PostPage {
  readonly id = input.required<string>();

  private readonly api = inject(PostsApi);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  protected readonly mentions = inject(MentionSearch);
  private readonly replyComposer = viewChild<PostComposer>('replyComposer');

  private readonly state = toSignal(toObservable(this.id).pipe(switchMap((id) => this.api.post(id))), { initialValue: LOADING });
  protected readonly post = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.data.post : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.state();
    if (state.status === 'ready') return state.data.post === null;
    return state.status === 'error' && (hasErrorCode(state.error, ErrorCode.NOT_FOUND) || hasErrorCode(state.error, ErrorCode.FORBIDDEN));
  });
  protected readonly failed = computed(() => this.state().status === 'error' && !this.notFound());

  protected readonly sending = signal(false);
  protected readonly replyError = signal<string | null>(null);
  protected readonly editError = signal<string | null>(null);
  protected readonly editingId = signal<string | null>(null);
  protected readonly reactingId = signal<string | null>(null);

  constructor() {
    const title = inject(Title);
    effect(() => {
      const post = this.post();
      if (post) title.setTitle(`${this.i18n.translate('posts.thread.title', { author: post.author.displayName })} · ${this.i18n.translate('app.name')}`);
    });
  }

  protected reply(parentId: string, post: ComposedPost): void {
    this.sending.set(true);
    this.replyError.set(null);
    this.api.createPost({ body: post.body, replyToId: parentId }).subscribe({
      next: () => {
        this.sending.set(false);
        this.replyComposer()?.reset();
        this.notifier.show('posts.thread.replied');
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.replyError.set(refusalText(error, this.i18n, post.body));
      },
    });
  }

  protected startEdit(id: string): void {
    this.editError.set(null);
    this.editingId.set(id);
  }

  protected save(id: string, post: ComposedPost): void {
    this.sending.set(true);
    this.editError.set(null);
    this.api.updatePost(id, post.body).subscribe({
      next: () => {
        this.sending.set(false);
        this.editingId.set(null);
        this.notifier.show('posts.thread.saved');
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.editError.set(refusalText(error, this.i18n, post.body));
      },
    });
  }

  protected remove(id: string): void {
    this.api.deletePost(id).subscribe({
      next: () => this.notifier.show('posts.thread.deleted'),
      error: () => this.notifier.show('posts.thread.actionFailed'),
    });
  }

  protected setPinned(id: string, pinned: boolean): void {
    this.api.setPinned(id, pinned).subscribe({
      next: () => this.notifier.show(pinned ? 'posts.thread.pinned' : 'posts.thread.unpinned'),
      error: () => this.notifier.show('posts.thread.actionFailed'),
    });
  }

  protected react(post: Post, emoji: string): void {
    this.reactingId.set(post.id);
    this.api.react(post.id, emoji, toggleReaction(post.reactions, emoji).action).subscribe({
      next: () => this.reactingId.set(null),
      error: () => {
        this.reactingId.set(null);
        this.notifier.show('posts.reactions.failed');
      },
    });
  }
}

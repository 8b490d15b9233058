import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import { LOADING, LocalDatePipe, Notifier, TranslatePipe, TranslationService, hasErrorCode } from '@pnyx/web/core';
import { Avatar, Badge, EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { type BlogPost, type BlogRevision, BlogApi, writeRefusal } from '../data-access/blog.api';
import { toggleReaction } from '../data-access/reactions';
import { BlogHtml } from '../ui/blog-html';
import { BlogComments } from '../ui/comment-thread';
import { BlogReactionBar } from '../ui/reaction-bar';

/**
 * `/blog/:id`: a blog post as its readers see it (the server's sanitised html), who wrote
 * it where and when, its tags, reactions and comments; its author edits or publishes it
 * here and anyone who may read it sees every version.
 */
@Component({
  selector: 'pnyx-blog-post-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    LocalDatePipe,
    TranslatePipe,
    Avatar,
    Badge,
    EmptyState,
    Loading,
    PageHeader,
    BlogHtml,
    BlogComments,
    BlogReactionBar,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (post()?.space; as s) {
      <a mat-button [routerLink]="['/s', s.key, 'blog']" class="back">
        <mat-icon svgIcon="arrow-back" aria-hidden="true" />
        {{ 'blog.post.backToSpace' | t: { space: s.name } }}
      </a>
    } @else {
      <a mat-button [routerLink]="post()?.status === 'DRAFT' ? '/blog/drafts' : '/blog'" class="back">
        <mat-icon svgIcon="arrow-back" aria-hidden="true" />
        {{ 'blog.post.back' | t }}
      </a>
    }
    @if (notFound()) {
      <pnyx-empty-state icon="search-off" [heading]="'blog.post.notFound.title' | t" [message]="'blog.post.notFound.message' | t" />
    } @else if (post(); as p) {
      <pnyx-page-header [heading]="p.title">
        <div pnyxPageHeaderMeta class="meta">
          <pnyx-avatar [name]="p.author.displayName" size="small" />
          <a [routerLink]="['/posts/people', p.author.username]" data-testid="post-author">{{ p.author.displayName }}</a>
          <span aria-hidden="true">·</span>
          @if (p.space; as s) {
            <a [routerLink]="['/s', s.key, 'blog']">{{ 'blog.card.inSpace' | t: { space: s.name } }}</a>
          } @else {
            <span>{{ 'blog.card.personal' | t }}</span>
          }
          <span aria-hidden="true">·</span>
          @if (p.publishedAt; as published) {
            <span>{{ 'blog.post.published' | t: { date: (published | localDate) } }}</span>
          } @else {
            <pnyx-badge [label]="'blog.status.DRAFT' | t" icon="edit" tone="tertiary" data-testid="draft-badge" />
          }
        </div>
        @if (p.canEdit) {
          <a mat-stroked-button [routerLink]="['/blog', p.id, 'edit']" data-testid="edit-post">
            <mat-icon svgIcon="edit" aria-hidden="true" />
            {{ 'blog.post.edit' | t }}
          </a>
        }
        @if (p.canPublish && p.status === 'DRAFT') {
          <button mat-flat-button type="button" data-testid="publish-post" [disabled]="publishing()" (click)="publish(p.id)">
            <mat-icon svgIcon="publish" aria-hidden="true" />
            {{ 'blog.post.publish' | t }}
          </button>
        }
      </pnyx-page-header>
      @if (publishError(); as message) {
        <p class="form-error" role="alert" data-testid="publish-error">{{ message }}</p>
      }

      <mat-card appearance="outlined" class="article">
        <mat-card-content>
          @if (p.tags.length) {
            <ul class="tags" [attr.aria-label]="'blog.post.tags' | t" data-testid="post-tags">
              @for (tag of p.tags; track tag) {
                <li class="tag">#{{ tag }}</li>
              }
            </ul>
          }
          <pnyx-blog-html [html]="p.html" data-testid="post-body" />
        </mat-card-content>
        <mat-card-footer class="foot">
          <pnyx-blog-reaction-bar [reactions]="p.reactions" [busy]="reacting()" (toggle)="react(p, $event)" data-testid="post-reactions" />
        </mat-card-footer>
      </mat-card>

      <section class="block" aria-labelledby="versions-heading">
        <div class="block-head">
          <h2 id="versions-heading" class="block-title">{{ 'blog.versions.title' | t }}</h2>
          <button mat-button type="button" data-testid="toggle-versions" [attr.aria-expanded]="showVersions()" (click)="toggleVersions(p.id)">
            <mat-icon svgIcon="history" aria-hidden="true" />
            {{ (showVersions() ? 'blog.versions.hide' : 'blog.versions.show') | t: { version: p.version } }}
          </button>
        </div>
        @if (showVersions()) {
          @if (revisions(); as list) {
            <ol class="versions" data-testid="versions">
              @for (r of list; track r.version) {
                <li class="version" [class.open]="openVersion() === r.version" [attr.data-version]="r.version">
                  <button mat-button type="button" class="version-button" [attr.aria-expanded]="openVersion() === r.version" (click)="openRevision(r.version)">
                    {{ 'blog.versions.version' | t: { version: r.version } }}
                  </button>
                  <span class="version-meta">
                    <time [attr.datetime]="r.createdAt">{{ r.createdAt | localDate: 'dateTime' }}</time>
                    · {{ p.author.displayName }}
                    @if (r.version === p.version) {
                      · <strong>{{ 'blog.versions.current' | t }}</strong>
                    }
                  </span>
                </li>
              }
            </ol>
            @if (openedRevision(); as r) {
              <article class="old" data-testid="version-text" [attr.aria-label]="'blog.versions.version' | t: { version: r.version }">
                <h3 class="old-title">{{ r.title }}</h3>
                @if (r.tags.length) {
                  <p class="old-tags">{{ tagLine(r) }}</p>
                }
                <pre class="old-body">{{ r.body }}</pre>
              </article>
            }
          } @else if (revisionsFailed()) {
            <p role="alert">{{ 'blog.versions.error' | t }}</p>
          } @else {
            <pnyx-loading [label]="'blog.versions.loading' | t" />
          }
        }
      </section>

      <section class="block" aria-labelledby="comments-heading">
        <h2 id="comments-heading" class="block-title">
          {{ 'blog.comments.title' | t }}
          <span class="count">{{ p.comments.length }}</span>
        </h2>
        <pnyx-blog-comments [comments]="p.comments" [busy]="commenting()" [error]="commentError()" (post)="comment(p.id, $event)" />
      </section>
    } @else if (failed()) {
      <p role="alert">{{ 'blog.post.error' | t }}</p>
    } @else {
      <pnyx-loading [label]="'blog.loading' | t" />
    }
  `,
  styles: `
    :host { display: block; max-width: 860px; }
    .back { margin: 0 0 8px -12px; }
    .meta { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; margin-top: 8px; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    .meta a { color: inherit; }
    .article { margin-bottom: 32px; }
    .article mat-card-content { padding: 20px 24px 8px; }
    .foot { padding: 8px 24px 16px; }
    .tags { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; margin: 0 0 16px; padding: 0; }
    .tag { padding: 2px 10px; border-radius: 12px; font: var(--mat-sys-label-medium); background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .block { margin-bottom: 32px; }
    .block-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; }
    .block-title { margin: 0 0 12px; font: var(--mat-sys-title-large); }
    .block-head .block-title { margin: 0; }
    .count { margin-left: 6px; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-title-medium); }
    .versions { list-style: none; margin: 8px 0 12px; padding: 0; overflow: hidden; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    .version { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; padding: 4px 12px; }
    .version + .version { border-top: 1px solid var(--mat-sys-outline-variant); }
    .version.open { background: var(--mat-sys-surface-container-low); }
    .version-meta { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .old { padding: 16px; border-radius: 12px; background: var(--mat-sys-surface-container); }
    .old-title { margin: 0 0 8px; font: var(--mat-sys-title-medium); }
    .old-tags { margin: 0 0 8px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .old-body { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: var(--mat-sys-body-medium); font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; }
    .form-error { margin: 0 0 16px; padding: 10px 14px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
})
export class BlogPostPage {
  readonly id = input.required<string>();

  private readonly api = inject(BlogApi);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  private readonly comments = viewChild(BlogComments);

  private readonly state = toSignal(toObservable(this.id).pipe(switchMap((id) => this.api.post(id))), { initialValue: LOADING });
  protected readonly post = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.data.blogPost : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.state();
    if (state.status === 'ready') return state.data.blogPost === null;
    return state.status === 'error' && (hasErrorCode(state.error, ErrorCode.NOT_FOUND) || hasErrorCode(state.error, ErrorCode.FORBIDDEN));
  });
  protected readonly failed = computed(() => this.state().status === 'error' && !this.notFound());

  protected readonly reacting = signal(false);
  protected readonly publishing = signal(false);
  protected readonly publishError = signal<string | null>(null);
  protected readonly commenting = signal(false);
  protected readonly commentError = signal<string | null>(null);

  protected readonly showVersions = signal(false);
  protected readonly revisions = signal<readonly BlogRevision[] | null>(null);
  protected readonly revisionsFailed = signal(false);
  protected readonly openVersion = signal<number | null>(null);
  protected readonly openedRevision = computed(() => this.revisions()?.find((r) => r.version === this.openVersion()) ?? null);

  constructor() {
    const title = inject(Title);
    effect(() => {
      const post = this.post();
      if (post) title.setTitle(`${post.title} · ${this.i18n.translate('app.name')}`);
    });
  }

  protected tagLine(revision: BlogRevision): string {
    return revision.tags.map((tag) => `#${tag}`).join(' ');
  }

  protected toggleVersions(id: string): void {
    const show = !this.showVersions();
    this.showVersions.set(show);
    if (!show) return;
    this.revisionsFailed.set(false);
    this.revisions.set(null);
    this.api.revisions(id).subscribe({
      next: (list) => this.revisions.set(list),
      error: () => this.revisionsFailed.set(true),
    });
  }

  protected openRevision(version: number): void {
    this.openVersion.update((open) => (open === version ? null : version));
  }

  protected publish(id: string): void {
    this.publishing.set(true);
    this.publishError.set(null);
    this.api.publish(id).subscribe({
      next: () => {
        this.publishing.set(false);
        this.notifier.show('blog.editor.published');
      },
      error: (error: unknown) => {
        this.publishing.set(false);
        this.publishError.set(writeRefusal(error).message || this.i18n.translate('blog.editor.failed'));
      },
    });
  }

  protected react(post: BlogPost, emoji: string): void {
    this.reacting.set(true);
    this.api.react(post.id, emoji, toggleReaction(post.reactions, emoji).action).subscribe({
      next: () => this.reacting.set(false),
      error: () => {
        this.reacting.set(false);
        this.notifier.show('blog.reactions.failed');
      },
    });
  }

  protected comment(id: string, body: string): void {
    this.commenting.set(true);
    this.commentError.set(null);
    this.api.addComment(id, body).subscribe({
      next: () => {
        this.commenting.set(false);
        this.comments()?.reset();
        this.notifier.show('blog.comments.added');
      },
      error: (error: unknown) => {
        this.commenting.set(false);
        this.commentError.set(writeRefusal(error).message || this.i18n.translate('blog.comments.failed'));
      },
    });
  }
}

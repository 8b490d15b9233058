import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import { LOADING, TranslatePipe, TranslationService, hasErrorCode } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { BlogListStore } from '../data-access/blog-list.store';
import { BlogApi } from '../data-access/blog.api';
import { BlogStream } from './blog-stream';

/** `/s/:spaceKey/blog`: a space's published blog posts, newest first; members may write one. */
@Component({
  selector: 'pnyx-space-blog-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, EmptyState, Loading, PageHeader, BlogStream],
  providers: [BlogListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button [routerLink]="['/s', spaceKey()]" class="back">
      <mat-icon svgIcon="arrow-back" aria-hidden="true" />
      {{ 'blog.space.back' | t }}
    </a>
    @if (notFound()) {
      <pnyx-empty-state icon="search-off" [heading]="'blog.space.notFound.title' | t" [message]="'blog.space.notFound.message' | t: { key: spaceKey() }">
        <a mat-flat-button routerLink="/spaces">{{ 'blog.space.allSpaces' | t }}</a>
      </pnyx-empty-state>
    } @else if (space(); as s) {
      <pnyx-page-header [heading]="'blog.space.title' | t: { space: s.name }" [subheading]="'blog.space.subtitle' | t">
        @if (s.myRole) {
          <a mat-flat-button [routerLink]="['/s', s.key, 'blog', 'new']" data-testid="write-post">
            <mat-icon svgIcon="add" aria-hidden="true" />
            {{ 'blog.write' | t }}
          </a>
        }
      </pnyx-page-header>
      <pnyx-blog-stream [store]="list" emptyText="blog.space.none" testId="space-blog" />
    } @else if (failed()) {
      <p role="alert">{{ 'blog.error' | t }}</p>
    } @else {
      <pnyx-loading [label]="'blog.loading' | t" />
    }
  `,
  styles: `
    :host { display: block; max-width: 760px; }
    .back { margin: 0 0 8px -12px; }
  `,
})
export class SpaceBlogPage {
  readonly spaceKey = input.required<string>();

  private readonly api = inject(BlogApi);
  private readonly i18n = inject(TranslationService);
  protected readonly list = inject(BlogListStore);

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
  private readonly key = computed(() => this.space()?.key ?? null);

  constructor() {
    effect(() => {
      const key = this.key();
      if (key) untracked(() => this.list.load((after) => this.api.published(key, after)));
    });
    const title = inject(Title);
    effect(() => {
      const space = this.space();
      if (space) title.setTitle(`${this.i18n.translate('blog.space.title', { space: space.name })} · ${this.i18n.translate('app.name')}`);
    });
  }
}

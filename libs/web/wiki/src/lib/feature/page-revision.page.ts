import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, numberAttribute, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import { LOADING, LocalDatePipe, Notifier, TranslatePipe, TranslationService, hasErrorCode } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { WikiApi } from '../data-access/wiki.api';
import { Breadcrumbs, Crumb } from '../ui/breadcrumbs';
import { WikiContent } from '../ui/wiki-content';
import { confirmRestore } from './page-history.page';

/** `/s/:spaceKey/:slug/history/:version`: an old version as it read then; restore or compare it. */
@Component({
  selector: 'pnyx-page-revision-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, LocalDatePipe, TranslatePipe, EmptyState, Loading, PageHeader, Breadcrumbs, WikiContent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notFound()) {
      <pnyx-empty-state icon="search-off" [heading]="'wiki.revision.notFound' | t: { version: version() }">
        <a mat-flat-button [routerLink]="['/s', spaceKey(), slug(), 'history']">{{ 'wiki.revision.toHistory' | t }}</a>
      </pnyx-empty-state>
    } @else if (page(); as p) {
      @if (p.revision; as r) {
        <pnyx-page-header [heading]="r.title">
          <pnyx-breadcrumbs pnyxPageHeaderBefore class="no-print" [crumbs]="crumbs()" />
          <div pnyxPageHeaderMeta class="meta">
            <strong>{{ 'wiki.page.version' | t: { version: r.version } }}</strong>
            <span>{{ 'wiki.revision.by' | t: { name: r.author.displayName } }} <time [attr.datetime]="r.createdAt">{{ r.createdAt | localDate: 'dateTime' }}</time></span>
            @if (r.summary) {
              <span class="summary">“{{ r.summary }}”</span>
            }
          </div>
        </pnyx-page-header>

        <div class="banner no-print" [class.current]="r.version === p.version" role="note">
          <mat-icon [svgIcon]="r.version === p.version ? 'check' : 'history'" aria-hidden="true" />
          <p>
            @if (r.version === p.version) {
              {{ 'wiki.revision.isCurrent' | t: { version: r.version } }}
            } @else {
              {{ 'wiki.revision.isOld' | t: { version: r.version, current: p.version } }}
            }
          </p>
          <div class="banner-actions">
            @if (r.version !== p.version) {
              <a mat-stroked-button [routerLink]="['/s', p.space.key, p.slug, 'compare']" [queryParams]="{ from: r.version, to: p.version }">
                <mat-icon svgIcon="compare" aria-hidden="true" />
                {{ 'wiki.revision.compareCurrent' | t }}
              </a>
              @if (p.canEdit) {
                <button mat-flat-button type="button" (click)="restore()" [disabled]="restoring()" data-testid="restore-version">
                  <mat-icon svgIcon="restore" aria-hidden="true" />
                  {{ 'wiki.restore.confirm' | t: { version: r.version } }}
                </button>
              }
            }
            <a mat-button [routerLink]="['/s', p.space.key, p.slug, 'history']">{{ 'wiki.revision.toHistory' | t }}</a>
          </div>
        </div>

        <pnyx-wiki-content class="body" [html]="r.html" />
      } @else {
        <pnyx-empty-state icon="search-off" [heading]="'wiki.revision.notFound' | t: { version: version() }">
          <a mat-flat-button [routerLink]="['/s', p.space.key, p.slug, 'history']">{{ 'wiki.revision.toHistory' | t }}</a>
        </pnyx-empty-state>
      }
    } @else if (state().status === 'error') {
      <pnyx-empty-state icon="error" [heading]="'wiki.page.error' | t" />
    } @else {
      <pnyx-loading [label]="'wiki.revision.loading' | t" />
    }
  `,
  styles: `
    :host { display: block; max-width: 860px; }
    .meta { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-top: 8px; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    .summary { font-style: italic; }
    .banner {
      display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin-bottom: 20px; padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium); background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container);
    }
    .banner.current { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .banner p { flex: 1 1 280px; margin: 0; font: var(--mat-sys-body-large); }
    .banner-actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .body { padding: 24px 28px; border-radius: var(--mat-sys-corner-large); background: var(--mat-sys-surface-container-lowest); border: 1px solid var(--mat-sys-outline-variant); }
  `,
})
export class PageRevisionPage {
  readonly spaceKey = input.required<string>();
  readonly slug = input.required<string>();
  readonly version = input.required({ transform: numberAttribute });

  private readonly api = inject(WikiApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  private readonly destroyRef = inject(DestroyRef);

  private readonly address = computed(() => ({ spaceKey: this.spaceKey(), slug: this.slug(), version: this.version() }));
  protected readonly state = toSignal(
    toObservable(this.address).pipe(switchMap(({ spaceKey, slug, version }) => this.api.revision(spaceKey, slug, version))),
    { initialValue: LOADING },
  );
  protected readonly page = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.data.pageBySlug : null;
  });
  protected readonly notFound = computed(() => {
    if (!Number.isInteger(this.version()) || this.version() < 1) return true;
    const state = this.state();
    if (state.status === 'ready') return state.data.pageBySlug === null;
    return state.status === 'error' && (hasErrorCode(state.error, ErrorCode.NOT_FOUND) || hasErrorCode(state.error, ErrorCode.FORBIDDEN));
  });
  protected readonly restoring = signal(false);

  protected readonly crumbs = computed((): Crumb[] => {
    const page = this.page();
    if (!page) return [];
    return [
      { label: page.space.name, link: ['/s', page.space.key] },
      ...page.path.map((p) => ({ label: p.title, link: ['/s', page.space.key, p.slug] })),
      { label: page.title, link: ['/s', page.space.key, page.slug] },
      { label: this.i18n.translate('wiki.page.history'), link: ['/s', page.space.key, page.slug, 'history'] },
      { label: this.i18n.translate('wiki.page.version', { version: this.version() }) },
    ];
  });

  protected restore(): void {
    const page = this.page();
    const version = page?.revision?.version;
    if (!page || !version) return;
    confirmRestore(this.dialog, this.i18n, version, page.version)
      .pipe(
        switchMap(() => {
          this.restoring.set(true);
          return this.api.restore(page.id, version, page.version);
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (restored) => {
          this.restoring.set(false);
          this.notifier.show('wiki.restore.done', { version, next: restored.version });
          void this.router.navigate(['/s', page.space.key, restored.slug]);
        },
        error: (error: unknown) => {
          this.restoring.set(false);
          this.notifier.show(hasErrorCode(error, ErrorCode.CONFLICT) ? 'wiki.restore.conflict' : 'wiki.restore.failed');
        },
      });
  }
}

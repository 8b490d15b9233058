import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { filter, switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import type { WikiRevisionSummaryFragment } from '@pnyx/shared/graphql-types';
import { LocalDatePipe, Notifier, TranslatePipe, TranslationService, hasErrorCode } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { pageBySlug } from '../data-access/page-by-slug';
import { WikiApi } from '../data-access/wiki.api';
import { PageNotFound } from '../ui/page-not-found';
import { Breadcrumbs, Crumb } from '../ui/breadcrumbs';
import { ConfirmDialog, ConfirmDialogData } from '../ui/confirm-dialog';

/** Asks, then restores an old version as the newest one; used by the history and a version's screen. */
export function confirmRestore(dialog: MatDialog, i18n: TranslationService, version: number, current: number) {
  const data: ConfirmDialogData = {
    title: i18n.translate('wiki.restore.title', { version }),
    message: i18n.translate('wiki.restore.message', { version, next: current + 1 }),
    confirm: i18n.translate('wiki.restore.confirm', { version }),
  };
  return dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data }).afterClosed().pipe(filter((ok) => ok === true));
}

/** `/s/:spaceKey/:slug/history`: every version, newest first; view, compare or restore one. */
@Component({
  selector: 'pnyx-page-history-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    LocalDatePipe,
    TranslatePipe,
    EmptyState,
    Loading,
    PageHeader,
    Breadcrumbs,
    PageNotFound,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notFound()) {
      <pnyx-page-not-found [spaceKey]="spaceKey()" />
    } @else if (page(); as p) {
      <pnyx-page-header [heading]="'wiki.history.title' | t: { title: p.title }" [subheading]="'wiki.history.subtitle' | t: { count: p.version }">
        <pnyx-breadcrumbs pnyxPageHeaderBefore [crumbs]="crumbs()" />
        <a mat-stroked-button [routerLink]="['/s', p.space.key, p.slug]">
          <mat-icon svgIcon="page" aria-hidden="true" />
          {{ 'wiki.history.backToPage' | t }}
        </a>
      </pnyx-page-header>

      @if (revisions().length > 1) {
        <form class="compare" (ngSubmit)="compare()" [attr.aria-label]="'wiki.history.compare' | t">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'wiki.history.from' | t }}</mat-label>
            <mat-select [ngModel]="fromVersion()" (ngModelChange)="from.set($event)" name="from">
              @for (r of revisions(); track r.version) {
                <mat-option [value]="r.version">{{ 'wiki.page.version' | t: { version: r.version } }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'wiki.history.to' | t }}</mat-label>
            <mat-select [ngModel]="toVersion()" (ngModelChange)="to.set($event)" name="to">
              @for (r of revisions(); track r.version) {
                <mat-option [value]="r.version">{{ 'wiki.page.version' | t: { version: r.version } }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="fromVersion() === toVersion()">
            <mat-icon svgIcon="compare" aria-hidden="true" />
            {{ 'wiki.history.compare' | t }}
          </button>
        </form>
      }

      <ol class="versions" [attr.aria-label]="'wiki.history.list' | t" data-testid="history">
        @for (r of revisions(); track r.version) {
          <li class="version" [class.current]="r.version === p.version" [attr.data-version]="r.version">
            <div class="number">
              <span class="v">{{ 'wiki.page.version' | t: { version: r.version } }}</span>
              @if (r.version === p.version) {
                <span class="badge">{{ 'wiki.history.current' | t }}</span>
              }
            </div>
            <div class="details">
              <p class="line">
                <strong>{{ r.author.displayName }}</strong>
                <time [attr.datetime]="r.createdAt">{{ r.createdAt | localDate: 'dateTime' }}</time>
              </p>
              <p class="summary" [class.none]="!r.summary && r.restoredFrom === null && r.version !== 1">
                @if (r.restoredFrom !== null) {
                  <!-- The API writes its own (English) summary for a restore: say it in the reader's language instead. -->
                  {{ 'wiki.history.restoredFrom' | t: { version: r.restoredFrom } }}
                } @else if (r.summary) {
                  {{ r.summary }}
                } @else if (r.version === 1) {
                  {{ 'wiki.history.created' | t }}
                } @else {
                  {{ 'wiki.history.noSummary' | t }}
                }
              </p>
              @if (r.title !== p.title) {
                <p class="old-title">{{ 'wiki.history.titleThen' | t: { title: r.title } }}</p>
              }
            </div>
            <div class="row-actions">
              <a mat-button [routerLink]="['/s', p.space.key, p.slug, 'history', r.version]" [attr.aria-label]="'wiki.history.viewVersion' | t: { version: r.version }">
                {{ 'wiki.history.view' | t }}
              </a>
              @if (r.version > 1) {
                <a
                  mat-button
                  [routerLink]="['/s', p.space.key, p.slug, 'compare']"
                  [queryParams]="{ from: r.version - 1, to: r.version }"
                  [attr.aria-label]="'wiki.history.changesOf' | t: { version: r.version }"
                >{{ 'wiki.history.changes' | t }}</a>
              }
              @if (p.canEdit && r.version !== p.version) {
                <button mat-stroked-button type="button" (click)="restore(r)" [disabled]="restoring()" [attr.aria-label]="'wiki.restore.confirm' | t: { version: r.version }" [attr.data-restore]="r.version">
                  <mat-icon svgIcon="restore" aria-hidden="true" />
                  {{ 'wiki.history.restore' | t }}
                </button>
              }
            </div>
          </li>
        }
      </ol>
      @if (hasOlder()) {
        <button mat-button type="button" class="older" (click)="loadOlder()">{{ 'wiki.history.older' | t }}</button>
      }
    } @else if (state().status === 'error') {
      <pnyx-empty-state icon="error" [heading]="'wiki.page.error' | t" />
    } @else {
      <pnyx-loading [label]="'wiki.history.loading' | t" />
    }
  `,
  styles: `
    :host { display: block; max-width: 960px; }
    .compare { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin-bottom: 20px; }
    .compare mat-form-field { width: 160px; }
    .versions { list-style: none; margin: 0; padding: 0; border: 1px solid var(--mat-sys-outline-variant); border-radius: var(--mat-sys-corner-large); background: var(--mat-sys-surface-container-lowest); }
    .version { display: grid; grid-template-columns: 140px minmax(0, 1fr) auto; gap: 8px 16px; align-items: center; padding: 12px 16px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .version:last-child { border-bottom: 0; }
    .version.current { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    .number { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; }
    .v { font: var(--mat-sys-title-medium); }
    .badge { padding: 1px 8px; border-radius: 999px; background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); font: var(--mat-sys-label-small); }
    .details p { margin: 0; }
    .line { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; font: var(--mat-sys-body-large); }
    time { font: var(--mat-sys-body-medium); color: inherit; opacity: 0.85; }
    .summary { font: var(--mat-sys-body-medium); overflow-wrap: anywhere; }
    .summary.none { font-style: italic; opacity: 0.8; }
    .old-title { font: var(--mat-sys-body-small); opacity: 0.85; }
    .row-actions { display: flex; flex-wrap: wrap; gap: 4px; justify-content: flex-end; }
    .older { margin-top: 12px; }
    @media (max-width: 719.98px) {
      .version { grid-template-columns: minmax(0, 1fr); }
      .row-actions { justify-content: flex-start; }
    }
  `,
})
export class PageHistoryPage {
  readonly spaceKey = input.required<string>();
  readonly slug = input.required<string>();

  private readonly api = inject(WikiApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  private readonly destroyRef = inject(DestroyRef);

  private readonly address = computed(() => ({ spaceKey: this.spaceKey(), slug: this.slug() }));
  private readonly loaded = pageBySlug(this.address, (spaceKey, slug) => this.api.history(spaceKey, slug));
  protected readonly state = this.loaded.state;
  protected readonly page = this.loaded.page;
  protected readonly notFound = this.loaded.notFound;
  private readonly older = signal<readonly WikiRevisionSummaryFragment[]>([]);
  protected readonly revisions = computed(() => {
    const newest = this.page()?.revisions ?? [];
    const seen = new Set(newest.map((r) => r.version));
    return [...newest, ...this.older().filter((r) => !seen.has(r.version))];
  });
  protected readonly hasOlder = computed(() => {
    const list = this.revisions();
    return list.length > 0 && list[list.length - 1].version > 1;
  });

  protected readonly from = signal<number | null>(null);
  protected readonly to = signal<number | null>(null);
  protected readonly toVersion = computed(() => this.to() ?? this.page()?.version ?? 1);
  protected readonly fromVersion = computed(() => this.from() ?? Math.max(1, this.toVersion() - 1));
  protected readonly restoring = signal(false);

  protected readonly crumbs = computed((): Crumb[] => {
    const page = this.page();
    if (!page) return [];
    return [
      { label: page.space.name, link: ['/s', page.space.key] },
      ...page.path.map((p) => ({ label: p.title, link: ['/s', page.space.key, p.slug] })),
      { label: page.title, link: ['/s', page.space.key, page.slug] },
      { label: this.i18n.translate('wiki.page.history') },
    ];
  });

  protected compare(): void {
    const page = this.page();
    if (!page) return;
    void this.router.navigate(['/s', page.space.key, page.slug, 'compare'], { queryParams: { from: this.fromVersion(), to: this.toVersion() } });
  }

  protected loadOlder(): void {
    const list = this.revisions();
    const last = list[list.length - 1];
    if (!last) return;
    this.api
      .olderRevisions(this.spaceKey(), this.slug(), last.version)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((data) => this.older.update((older) => [...older, ...(data.pageBySlug?.revisions ?? [])]));
  }

  protected restore(revision: WikiRevisionSummaryFragment): void {
    const page = this.page();
    if (!page) return;
    confirmRestore(this.dialog, this.i18n, revision.version, page.version)
      .pipe(
        switchMap(() => {
          this.restoring.set(true);
          return this.api.restore(page.id, revision.version, page.version);
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (restored) => {
          this.restoring.set(false);
          this.notifier.show('wiki.restore.done', { version: revision.version, next: restored.version });
        },
        error: (error: unknown) => {
          this.restoring.set(false);
          this.notifier.show(hasErrorCode(error, ErrorCode.CONFLICT) ? 'wiki.restore.conflict' : 'wiki.restore.failed');
        },
      });
  }
}

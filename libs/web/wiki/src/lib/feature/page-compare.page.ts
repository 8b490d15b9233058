import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { combineLatest, filter, of, switchMap } from 'rxjs';
import { LOADING, type QueryState, TranslatePipe, TranslationService } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import type { WikiPageDiffQuery } from '@pnyx/shared/graphql-types';
import { parseUnified, sideBySide } from '../data-access/line-diff';
import { pageBySlug } from '../data-access/page-by-slug';
import { WikiApi } from '../data-access/wiki.api';
import { PageNotFound } from '../ui/page-not-found';
import { Breadcrumbs, Crumb } from '../ui/breadcrumbs';
import { SplitDiff } from '../ui/split-diff';
import { UnifiedDiff } from '../ui/unified-diff';

function version(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** `/s/:spaceKey/:slug/compare?from=1&to=3&view=unified|split`: what changed between two versions. */
@Component({
  selector: 'pnyx-page-compare-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslatePipe,
    EmptyState,
    Loading,
    PageHeader,
    Breadcrumbs,
    PageNotFound,
    SplitDiff,
    UnifiedDiff,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notFound()) {
      <pnyx-page-not-found [spaceKey]="spaceKey()" />
    } @else if (page(); as p) {
      <pnyx-page-header [heading]="'wiki.compare.title' | t: { title: p.title }">
        <pnyx-breadcrumbs pnyxPageHeaderBefore [crumbs]="crumbs()" />
        <a mat-stroked-button [routerLink]="['/s', p.space.key, p.slug, 'history']">
          <mat-icon svgIcon="history" aria-hidden="true" />
          {{ 'wiki.revision.toHistory' | t }}
        </a>
      </pnyx-page-header>

      <div class="controls">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'wiki.history.from' | t }}</mat-label>
          <mat-select [ngModel]="fromVersion()" (ngModelChange)="go({ from: $event })" name="from">
            @for (r of p.revisions; track r.version) {
              <mat-option [value]="r.version">{{ 'wiki.page.version' | t: { version: r.version } }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'wiki.history.to' | t }}</mat-label>
          <mat-select [ngModel]="toVersion()" (ngModelChange)="go({ to: $event })" name="to">
            @for (r of p.revisions; track r.version) {
              <mat-option [value]="r.version">{{ 'wiki.page.version' | t: { version: r.version } }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-button-toggle-group [value]="mode()" (change)="go({ view: $event.value })" [attr.aria-label]="'wiki.diff.view' | t" hideSingleSelectionIndicator>
          <mat-button-toggle value="unified" data-view="unified">{{ 'wiki.diff.unified' | t }}</mat-button-toggle>
          <mat-button-toggle value="split" data-view="split">{{ 'wiki.diff.split' | t }}</mat-button-toggle>
        </mat-button-toggle-group>
      </div>

      @let d = diffState();
      @switch (d.status) {
        @case ('loading') {
          <pnyx-loading [label]="'wiki.compare.loading' | t" />
        }
        @case ('error') {
          <pnyx-empty-state icon="error" [heading]="'wiki.compare.error' | t" />
        }
        @case ('ready') {
          @let diff = d.data.pageDiff;
          <p class="stats" data-testid="diff-stats">
            <span class="plus">{{ 'wiki.compare.additions' | t: { count: diff.additions } }}</span>
            <span class="minus">{{ 'wiki.compare.deletions' | t: { count: diff.deletions } }}</span>
            <span class="who">
              {{ 'wiki.compare.versions' | t: { from: diff.from.version, fromName: diff.from.author.displayName, to: diff.to.version, toName: diff.to.author.displayName } }}
            </span>
          </p>
          @if (diff.approximate) {
            <p class="approximate" role="note" data-testid="diff-approximate">{{ 'wiki.compare.approximate' | t }}</p>
          }
          @if (diff.from.title !== diff.to.title) {
            <p class="titles">{{ 'wiki.compare.titleChanged' | t: { from: diff.from.title, to: diff.to.title } }}</p>
          }
          @if (mode() === 'split') {
            <pnyx-split-diff
              [rows]="rows()"
              [leftLabel]="'wiki.page.version' | t: { version: diff.fromVersion }"
              [rightLabel]="'wiki.page.version' | t: { version: diff.toVersion }"
              [label]="'wiki.compare.diffLabel' | t: { from: diff.fromVersion, to: diff.toVersion }"
            />
          } @else {
            <pnyx-unified-diff [lines]="unified()" [label]="'wiki.compare.diffLabel' | t: { from: diff.fromVersion, to: diff.toVersion }" />
          }
        }
      }
    } @else if (state().status === 'error') {
      <pnyx-empty-state icon="error" [heading]="'wiki.page.error' | t" />
    } @else {
      <pnyx-loading [label]="'wiki.compare.loading' | t" />
    }
  `,
  styles: `
    :host { display: block; }
    .controls { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 16px; margin-bottom: 16px; }
    .controls mat-form-field { width: 150px; }
    .stats { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0 0 12px; font: var(--mat-sys-body-large); }
    .plus { color: #116329; font-weight: 600; }
    .minus { color: #a40e26; font-weight: 600; }
    .who { color: var(--mat-sys-on-surface-variant); }
    .titles { margin: 0 0 12px; }
    .approximate { margin: 0 0 12px; padding: 8px 12px; border-radius: var(--mat-sys-corner-small); background: var(--mat-sys-surface-container-high); }
  `,
})
export class PageComparePage {
  readonly spaceKey = input.required<string>();
  readonly slug = input.required<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly view = input<string>();

  private readonly api = inject(WikiApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);

  private readonly address = computed(() => ({ spaceKey: this.spaceKey(), slug: this.slug() }));
  private readonly loaded = pageBySlug(this.address, (spaceKey, slug) => this.api.history(spaceKey, slug));
  protected readonly state = this.loaded.state;
  protected readonly page = this.loaded.page;
  protected readonly notFound = this.loaded.notFound;
  protected readonly toVersion = computed(() => version(this.to(), this.page()?.version ?? 1));
  protected readonly fromVersion = computed(() => version(this.from(), Math.max(1, this.toVersion() - 1)));
  protected readonly mode = computed(() => (this.view() === 'split' ? 'split' : 'unified'));

  private readonly pageId = computed(() => this.page()?.id ?? null);
  protected readonly diffState = toSignal(
    combineLatest([toObservable(this.pageId), toObservable(this.fromVersion), toObservable(this.toVersion)]).pipe(
      filter(([id]) => id !== null),
      switchMap(([id, from, to]) => (id ? this.api.diff(id, from, to) : of(LOADING as QueryState<WikiPageDiffQuery>))),
    ),
    { initialValue: LOADING as QueryState<WikiPageDiffQuery> },
  );
  private readonly diff = computed(() => {
    const state = this.diffState();
    return state.status === 'ready' ? state.data.pageDiff : null;
  });
  protected readonly unified = computed(() => parseUnified(this.diff()?.unified ?? ''));
  protected readonly rows = computed(() => sideBySide(this.diff()?.lines ?? []));

  protected readonly crumbs = computed((): Crumb[] => {
    const page = this.page();
    if (!page) return [];
    return [
      { label: page.space.name, link: ['/s', page.space.key] },
      ...page.path.map((p) => ({ label: p.title, link: ['/s', page.space.key, p.slug] })),
      { label: page.title, link: ['/s', page.space.key, page.slug] },
      { label: this.i18n.translate('wiki.page.history'), link: ['/s', page.space.key, page.slug, 'history'] },
      { label: this.i18n.translate('wiki.compare.crumb') },
    ];
  });

  protected go(change: { from?: number; to?: number; view?: string }): void {
    void this.router.navigate([], {
      queryParams: { from: change.from ?? this.fromVersion(), to: change.to ?? this.toVersion(), view: change.view ?? this.mode() },
      replaceUrl: true,
    });
  }
}

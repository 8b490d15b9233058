import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import { LOADING, LocalDatePipe, TranslatePipe, hasErrorCode } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { WikiApi } from '../data-access/wiki.api';
import { Breadcrumbs, Crumb } from '../ui/breadcrumbs';

/** `/wiki/:spaceKey/labels/:label`: the pages of a space with a label, and the other labels there. */
@Component({
  selector: 'pnyx-label-pages-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, LocalDatePipe, TranslatePipe, EmptyState, Loading, PageHeader, Breadcrumbs],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notFound()) {
      <pnyx-empty-state icon="search-off" [heading]="'wiki.labelPages.notFound' | t" [message]="'wiki.labelPages.notFoundMessage' | t: { key: spaceKey() }" />
    } @else if (data(); as d) {
      @if (d.space; as s) {
        <pnyx-page-header [heading]="'wiki.labelPages.title' | t: { label: label() }" [subheading]="'wiki.labelPages.subtitle' | t: { space: s.name }">
          <pnyx-breadcrumbs pnyxPageHeaderBefore [crumbs]="crumbs()" />
        </pnyx-page-header>
        <div class="layout">
          <section aria-labelledby="label-results">
            <h2 id="label-results" class="visually-hidden">{{ 'wiki.labelPages.results' | t }}</h2>
            @if (d.pagesByLabel.nodes.length) {
              <ul class="results" data-testid="label-results">
                @for (page of d.pagesByLabel.nodes; track page.id) {
                  <li class="result">
                    <mat-icon [svgIcon]="page.isTemplate ? 'page-add' : 'page'" aria-hidden="true" />
                    <div class="text">
                      <a class="title" [routerLink]="['/s', s.key, page.slug]">{{ page.title }}</a>
                      @if (page.isTemplate) {
                        <span class="template">{{ 'wiki.labelPages.template' | t }}</span>
                      }
                      <p class="meta">{{ 'wiki.labelPages.updated' | t: { name: page.updatedBy.displayName, date: (page.updatedAt | localDate) } }}</p>
                      <p class="others">
                        @for (other of page.labels; track other) {
                          <a [routerLink]="['/wiki', s.key, 'labels', other]" [class.this]="other === label()">{{ other }}</a>
                        }
                      </p>
                    </div>
                  </li>
                }
              </ul>
            } @else {
              <pnyx-empty-state icon="label" [heading]="'wiki.labelPages.empty' | t: { label: label() }" />
            }
          </section>
          @if (s.pageLabels.length) {
            <aside class="cloud" [attr.aria-label]="'wiki.labels.title' | t">
              <h2 class="cloud-title">{{ 'wiki.labelPages.all' | t }}</h2>
              <ul>
                @for (l of s.pageLabels; track l.label) {
                  <li>
                    <a [routerLink]="['/wiki', s.key, 'labels', l.label]" [attr.aria-current]="l.label === label() ? 'page' : null">{{ l.label }}</a>
                    <span class="count">{{ l.count }}</span>
                  </li>
                }
              </ul>
            </aside>
          }
        </div>
      }
    } @else if (state().status === 'error') {
      <pnyx-empty-state icon="error" [heading]="'wiki.labelPages.error' | t" />
    } @else {
      <pnyx-loading [label]="'wiki.labelPages.loading' | t" />
    }
  `,
  styles: `
    .layout { display: grid; grid-template-columns: minmax(0, 1fr) 240px; gap: 24px; align-items: start; }
    @media (max-width: 959.98px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    .results { list-style: none; margin: 0; padding: 0; border: 1px solid var(--mat-sys-outline-variant); border-radius: var(--mat-sys-corner-large); background: var(--mat-sys-surface-container-lowest); }
    .result { display: flex; gap: 12px; padding: 14px 16px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .result:last-child { border-bottom: 0; }
    .result > mat-icon { flex: none; color: var(--mat-sys-primary); }
    .text { min-width: 0; }
    .title { font: var(--mat-sys-title-medium); }
    .template { margin-left: 8px; font: var(--mat-sys-label-small); color: var(--mat-sys-on-surface-variant); }
    .meta { margin: 2px 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .others { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0 0; }
    .others a { font: var(--mat-sys-label-medium); padding: 1px 8px; border-radius: 999px; background: var(--mat-sys-surface-container-high); color: var(--mat-sys-on-surface-variant); text-decoration: none; }
    .others a.this { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .cloud { padding: 16px; border-radius: var(--mat-sys-corner-large); border: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface-container-lowest); }
    .cloud-title { margin: 0 0 8px; font: var(--mat-sys-title-small); }
    .cloud ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
    .cloud li { display: flex; justify-content: space-between; gap: 8px; }
    .cloud a[aria-current] { font-weight: 700; }
    .count { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class LabelPagesPage {
  readonly spaceKey = input.required<string>();
  readonly label = input.required<string>();

  private readonly api = inject(WikiApi);
  private readonly address = computed(() => ({ spaceKey: this.spaceKey(), label: this.label() }));
  protected readonly state = toSignal(toObservable(this.address).pipe(switchMap(({ spaceKey, label }) => this.api.pagesByLabel(spaceKey, label))), {
    initialValue: LOADING,
  });
  protected readonly data = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.data : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.state();
    if (state.status === 'ready') return state.data.space === null;
    return state.status === 'error' && (hasErrorCode(state.error, ErrorCode.NOT_FOUND) || hasErrorCode(state.error, ErrorCode.FORBIDDEN));
  });
  protected readonly crumbs = computed((): Crumb[] => {
    const space = this.data()?.space;
    if (!space) return [];
    return [{ label: space.name, link: ['/s', space.key] }, { label: this.label() }];
  });
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { LOADING, TranslatePipe } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader, VisibilityBadge } from '@pnyx/web/ui';
import { WikiApi } from '../data-access/wiki.api';

/** `/wiki`: the wiki of every space the user can see, each with its top-level pages. */
@Component({
  selector: 'pnyx-wiki-home-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, EmptyState, Loading, PageHeader, VisibilityBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pnyx-page-header [heading]="'wiki.home.title' | t" [subheading]="'wiki.home.subtitle' | t" />
    @let current = state();
    @switch (current.status) {
      @case ('loading') {
        <pnyx-loading [label]="'wiki.home.loading' | t" />
      }
      @case ('error') {
        <pnyx-empty-state icon="error" [heading]="'wiki.home.error' | t" />
      }
      @case ('ready') {
        @if (spaces().length === 0) {
          <pnyx-empty-state icon="wiki" [heading]="'wiki.home.empty.title' | t" [message]="'wiki.home.empty.message' | t">
            <a mat-flat-button routerLink="/spaces/new">{{ 'wiki.home.empty.create' | t }}</a>
          </pnyx-empty-state>
        } @else {
          <ul class="grid" [attr.aria-label]="'wiki.home.label' | t">
            @for (space of spaces(); track space.id) {
              <li class="card">
                <h2 class="name"><a [routerLink]="['/s', space.key]">{{ space.name }}</a></h2>
                <pnyx-visibility-badge [visibility]="space.visibility" [label]="'wiki.visibility.' + space.visibility | t" />
                @if (space.rootPages.length) {
                  <ul class="pages" [attr.aria-label]="'wiki.section.treeLabel' | t: { space: space.name }">
                    @for (page of space.rootPages; track page.id) {
                      <li>
                        <mat-icon svgIcon="page" aria-hidden="true" />
                        <a [routerLink]="['/s', space.key, page.slug]">{{ page.title }}</a>
                        @if (page.childCount) {
                          <span class="sub">{{ 'wiki.home.subpages' | t: { count: page.childCount } }}</span>
                        }
                      </li>
                    }
                  </ul>
                } @else {
                  <p class="none">{{ 'wiki.home.noPages' | t }}</p>
                }
                <div class="actions">
                  <a mat-button [routerLink]="['/s', space.key]">{{ 'wiki.home.allPages' | t }}</a>
                  @if (space.myRole) {
                    <a mat-stroked-button [routerLink]="['/s', space.key, 'new']">
                      <mat-icon svgIcon="add" aria-hidden="true" />
                      {{ 'wiki.section.newPage' | t }}
                    </a>
                  }
                </div>
              </li>
            }
          </ul>
        }
      }
    }
  `,
  styles: `
    .grid { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr)); gap: 16px; }
    .card { display: flex; flex-direction: column; align-items: flex-start; gap: 10px; padding: 20px; border-radius: var(--mat-sys-corner-large); background: var(--mat-sys-surface-container-lowest); border: 1px solid var(--mat-sys-outline-variant); }
    .name { margin: 0; font: var(--mat-sys-title-large); overflow-wrap: anywhere; }
    .name a { color: var(--mat-sys-on-surface); text-decoration: none; }
    .name a:hover { text-decoration: underline; }
    .pages { list-style: none; margin: 4px 0 0; padding: 0; display: flex; flex-direction: column; gap: 6px; align-self: stretch; }
    .pages li { display: flex; align-items: center; gap: 8px; min-width: 0; }
    .pages a { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .pages mat-icon { flex: none; width: 18px; height: 18px; color: var(--mat-sys-on-surface-variant); }
    .sub { flex: none; font: var(--mat-sys-label-small); color: var(--mat-sys-on-surface-variant); }
    .none { margin: 0; font-style: italic; color: var(--mat-sys-on-surface-variant); }
    .actions { margin-top: auto; padding-top: 8px; display: flex; flex-wrap: wrap; gap: 8px; }
  `,
})
export class WikiHomePage {
  protected readonly state = toSignal(inject(WikiApi).home(), { initialValue: LOADING });
  protected readonly spaces = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? [...state.data.spaces].sort((a, b) => a.name.localeCompare(b.name)) : [];
  });
}

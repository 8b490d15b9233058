import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import type { WikiTreeItemFragment } from '@pnyx/shared/graphql-types';
import { TranslatePipe } from '@pnyx/web/core';

export type TreeItem = WikiTreeItemFragment;

/**
 * A space's pages as nested lists of links; a page with subpages has a disclosure button
 * (Tab to it, Enter or Space opens it). For editors, each page has a menu: add a subpage, move.
 */
@Component({
  selector: 'pnyx-page-tree',
  imports: [NgTemplateOutlet, RouterLink, MatButtonModule, MatIconModule, MatMenuModule, MatProgressSpinnerModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-template #level let-items>
      @for (item of items; track item.id) {
        @let open = expanded().has(item.id);
        <li [attr.data-page]="item.slug">
          <div class="row" [class.current]="item.id === currentId()">
            @if (item.childCount > 0) {
              <button
                type="button"
                class="toggle"
                [class.open]="open"
                [attr.aria-expanded]="open"
                [attr.aria-label]="(open ? 'wiki.tree.collapse' : 'wiki.tree.expand') | t: { title: item.title }"
                (click)="toggle.emit(item.id)"
              >
                <mat-icon svgIcon="chevron-right" aria-hidden="true" />
              </button>
            } @else {
              <span class="toggle-space" aria-hidden="true"></span>
            }
            <a
              class="link"
              [routerLink]="['/s', spaceKey(), item.slug]"
              [attr.aria-current]="item.id === currentId() ? 'page' : null"
            >{{ item.title }}</a>
            @if (canEdit()) {
              <button
                type="button"
                class="more"
                [matMenuTriggerFor]="actions"
                [matMenuTriggerData]="{ item: item }"
                [attr.aria-label]="'wiki.tree.actions' | t: { title: item.title }"
              >
                <mat-icon svgIcon="more-vert" aria-hidden="true" />
              </button>
            }
          </div>
          @if (open) {
            @if (children().get(item.id); as kids) {
              <ul class="level">
                <ng-container *ngTemplateOutlet="level; context: { $implicit: kids }" />
              </ul>
            } @else {
              <mat-progress-spinner class="spinner" mode="indeterminate" diameter="18" [attr.aria-label]="'common.loading' | t" />
            }
          }
        </li>
      }
    </ng-template>

    <ul class="level root" [attr.aria-label]="label()">
      <ng-container *ngTemplateOutlet="level; context: { $implicit: roots() }" />
    </ul>

    <mat-menu #actions="matMenu">
      <ng-template matMenuContent let-item="item">
        <a mat-menu-item [routerLink]="['/s', spaceKey(), 'new']" [queryParams]="{ parent: item.id }">
          <mat-icon svgIcon="page-add" aria-hidden="true" />
          {{ 'wiki.page.addSubpage' | t }}
        </a>
        <button mat-menu-item type="button" (click)="move.emit(item)">
          <mat-icon svgIcon="move" aria-hidden="true" />
          {{ 'wiki.page.move' | t }}
        </button>
      </ng-template>
    </mat-menu>
  `,
  styles: `
    :host { display: block; }
    .level { list-style: none; margin: 0; padding: 0; }
    .level .level { padding-left: 20px; }
    .row { display: flex; align-items: center; gap: 2px; min-height: 36px; border-radius: 8px; padding-right: 2px; }
    .row:hover { background: var(--mat-sys-surface-container); }
    .row.current { background: var(--mat-sys-secondary-container); }
    .row.current .link { color: var(--mat-sys-on-secondary-container); font-weight: 600; }
    .toggle, .more {
      flex: none; display: inline-grid; place-items: center; width: 32px; height: 32px; padding: 0;
      border: 0; border-radius: 50%; background: transparent; color: var(--mat-sys-on-surface-variant); cursor: pointer;
    }
    .toggle:hover, .more:hover { background: var(--mat-sys-surface-container-highest); }
    .toggle mat-icon { transition: transform 120ms; }
    .toggle.open mat-icon { transform: rotate(90deg); }
    .more mat-icon { width: 20px; height: 20px; }
    .toggle-space { flex: none; width: 32px; }
    .link {
      flex: 1; min-width: 0; padding: 6px 4px; color: var(--mat-sys-on-surface); text-decoration: none;
      font: var(--mat-sys-body-large); overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
    }
    .link:hover { text-decoration: underline; }
    .spinner { margin: 6px 0 6px 40px; }
  `,
})
export class PageTree {
  readonly roots = input.required<readonly TreeItem[]>();
  readonly children = input<ReadonlyMap<string, readonly TreeItem[]>>(new Map());
  readonly expanded = input<ReadonlySet<string>>(new Set());
  readonly spaceKey = input.required<string>();
  readonly currentId = input<string | null>(null);
  readonly canEdit = input(false);
  readonly label = input.required<string>();

  readonly toggle = output<string>();
  readonly move = output<TreeItem>();
}

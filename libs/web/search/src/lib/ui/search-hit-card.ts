import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { LocalDatePipe, TranslatePipe } from '@pnyx/web/core';
import type { HitView } from '../data-access/search-hit';

/**
 * One search hit: its type, its title linking to it, the snippet around the matches
 * (safe HTML from the API: escaped text with `<mark>`), its space and date.
 */
@Component({
  selector: 'pnyx-search-hit-card',
  imports: [RouterLink, MatIconModule, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The snippet is not part of this template: its <mark> styles must reach it.
  encapsulation: ViewEncapsulation.None,
  host: { '[attr.data-type]': 'hit().type', '[attr.data-id]': 'hit().id' },
  template: `
    @let h = hit();
    <article class="card" [attr.aria-labelledby]="'hit-' + h.id">
      <p class="type">
        <mat-icon [svgIcon]="h.icon" aria-hidden="true" />
        {{ h.typeLabel | t }}
      </p>
      <h2 class="title" [id]="'hit-' + h.id">
        <a [routerLink]="h.link" data-testid="hit-link">{{ h.title }}</a>
      </h2>
      @if (h.snippet) {
        <p class="snippet" data-testid="hit-snippet" [innerHTML]="h.snippet"></p>
      }
      <p class="meta">
        @if (h.space; as space) {
          <a class="space" [routerLink]="['/s', space.key]">{{ space.name }}</a>
          @if (h.date) {
            <span aria-hidden="true">·</span>
          }
        }
        @if (h.date) {
          <time [attr.datetime]="h.date">{{ h.date | localDate }}</time>
        }
      </p>
    </article>
  `,
  styles: `
    pnyx-search-hit-card { display: block; }
    pnyx-search-hit-card .card {
      padding: 16px 20px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    pnyx-search-hit-card .type {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 0 0 4px;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    pnyx-search-hit-card .type mat-icon { width: 18px; height: 18px; }
    pnyx-search-hit-card .title { margin: 0; font: var(--mat-sys-title-medium); }
    pnyx-search-hit-card .title a { color: var(--mat-sys-primary); text-decoration: none; }
    pnyx-search-hit-card .title a:hover, pnyx-search-hit-card .title a:focus-visible { text-decoration: underline; }
    pnyx-search-hit-card .snippet { margin: 8px 0 0; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface); overflow-wrap: anywhere; }
    pnyx-search-hit-card .snippet mark {
      padding: 0 2px;
      border-radius: 3px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font-weight: 600;
    }
    pnyx-search-hit-card .meta { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    pnyx-search-hit-card .meta:empty { display: none; }
    pnyx-search-hit-card .space { color: inherit; }
  `,
})
export class SearchHitCard {
  readonly hit = input.required<HitView>();
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@pnyx/web/core';

export interface Crumb {
  readonly label: string;
  /** Router commands; absent for the current screen. */
  readonly link?: readonly string[];
}

/** Space › ancestors › page (› history …); the last crumb is the current screen. */
@Component({
  selector: 'pnyx-breadcrumbs',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav [attr.aria-label]="'wiki.breadcrumbs' | t">
      <ol class="crumbs">
        @for (crumb of crumbs(); track $index; let last = $last) {
          <li>
            @if (crumb.link && !last) {
              <a [routerLink]="crumb.link">{{ crumb.label }}</a>
            } @else {
              <span aria-current="page">{{ crumb.label }}</span>
            }
          </li>
        }
      </ol>
    </nav>
  `,
  styles: `
    :host { display: block; margin-bottom: 8px; }
    .crumbs { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 0; list-style: none; margin: 0; padding: 0; font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    li { display: inline-flex; align-items: center; min-width: 0; }
    li + li::before { content: '/'; margin: 0 8px; color: var(--mat-sys-outline); }
    a { color: var(--mat-sys-primary); text-decoration: none; padding: 4px 0; overflow-wrap: anywhere; }
    a:hover { text-decoration: underline; }
    span { overflow-wrap: anywhere; }
  `,
})
export class Breadcrumbs {
  readonly crumbs = input.required<readonly Crumb[]>();
}

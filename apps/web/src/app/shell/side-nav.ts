import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter, map } from 'rxjs';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { TranslatePipe } from '@pnyx/web/core';

interface NavItem {
  readonly label: string;
  readonly icon: string;
  /** Absent while the area is not built yet. */
  readonly link?: string;
  /** URL prefixes that belong to the area (highlighted entry, `aria-current`). */
  readonly area?: readonly string[];
}

/** Areas of the hub. Add an area by giving its entry a link. */
const NAV_ITEMS: readonly NavItem[] = [
  { label: 'shell.nav.home', icon: 'inbox', link: '/', area: ['/people/'] },
  { label: 'shell.nav.spaces', icon: 'spaces', link: '/spaces', area: ['/spaces', '/s/'] },
  { label: 'shell.nav.wiki', icon: 'wiki', link: '/wiki', area: ['/wiki'] },
  { label: 'shell.nav.decisions', icon: 'decisions', link: '/decisions', area: ['/decisions'] },
  { label: 'shell.nav.posts', icon: 'posts', link: '/posts', area: ['/posts'] },
  { label: 'shell.nav.blogs', icon: 'blog', link: '/blog', area: ['/blog'] },
];

@Component({
  selector: 'pnyx-side-nav',
  imports: [RouterLink, MatIconModule, MatListModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav id="main-navigation" [attr.aria-label]="'shell.navigation' | t">
      <mat-nav-list class="list">
        @for (item of available; track item.label) {
          <a
            mat-list-item
            [routerLink]="item.link"
            [activated]="isCurrent(item)"
            [attr.aria-current]="isCurrent(item) ? 'page' : null"
            (click)="navigate.emit()"
          >
            <mat-icon matListItemIcon [svgIcon]="item.icon" aria-hidden="true" />
            <span matListItemTitle>{{ item.label | t }}</span>
          </a>
        }
      </mat-nav-list>
      @if (upcoming.length) {
        <h2 class="soon-title">{{ 'shell.nav.comingSoon' | t }}</h2>
        <ul class="soon">
          @for (item of upcoming; track item.label) {
            <li>
              <mat-icon [svgIcon]="item.icon" aria-hidden="true" />
              <span>{{ item.label | t }}</span>
            </li>
          }
        </ul>
      }
    </nav>
  `,
  styles: `
    :host { display: block; padding: 12px 8px; }
    .list { padding: 0; }
    .list a { border-radius: 28px; margin-bottom: 4px; }
    .soon-title {
      margin: 24px 16px 8px;
      font: var(--mat-sys-label-medium);
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: var(--mat-sys-on-surface-variant);
    }
    .soon { list-style: none; margin: 0; padding: 0; }
    .soon li {
      display: flex;
      align-items: center;
      gap: 16px;
      padding: 10px 16px;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .soon mat-icon { width: 24px; height: 24px; }
  `,
})
export class SideNav {
  readonly navigate = output();

  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  protected readonly available = NAV_ITEMS.filter((item) => item.link);
  protected readonly upcoming = NAV_ITEMS.filter((item) => !item.link);

  protected isCurrent(item: NavItem): boolean {
    const url = this.url();
    if (item.link === '/' && (url === '/' || url.startsWith('/?'))) return true;
    return item.area?.some((prefix) => url === prefix || url.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`) || url.startsWith(`${prefix}?`)) ?? false;
  }
}

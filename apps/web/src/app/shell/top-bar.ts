import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatToolbarModule } from '@angular/material/toolbar';
import { AuthService, CurrentUser, TranslatePipe } from '@pnyx/web/core';
import { SearchBox } from '@pnyx/web/search';
import { NotificationBell } from '@pnyx/web/notifications';
import { Avatar } from '@pnyx/web/ui';
import { LanguageSwitch } from './language-switch';

/** Product name, search, language, the signed-in user and sign-out; the menu button on phones. */
@Component({
  selector: 'pnyx-top-bar',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatToolbarModule, TranslatePipe, Avatar, LanguageSwitch, NotificationBell, SearchBox],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-toolbar class="bar">
      @if (compact()) {
        <button
          mat-icon-button
          type="button"
          class="menu"
          [attr.aria-label]="(navigationOpen() ? 'shell.closeNavigation' : 'shell.openNavigation') | t"
          [attr.aria-expanded]="navigationOpen()"
          aria-controls="main-navigation"
          (click)="toggleNavigation.emit()"
        >
          <mat-icon [svgIcon]="navigationOpen() ? 'close' : 'menu'" aria-hidden="true" />
        </button>
      }
      <a class="brand" routerLink="/" [attr.aria-label]="'shell.home' | t">
        <span class="logo" aria-hidden="true">P</span>
        <span class="name">{{ 'app.name' | t }}</span>
      </a>
      <pnyx-search-box class="search" />
      <span class="spacer"></span>
      <pnyx-language-switch />
      @if (currentUser.user(); as user) {
        <pnyx-notification-bell />
        <span class="user" [attr.title]="'shell.signedInAs' | t: { name: user.displayName }">
          <pnyx-avatar [name]="user.displayName" size="small" [label]="compact() ? ('shell.signedInAs' | t: { name: user.displayName }) : undefined" />
          @if (!compact()) {
            <span class="user-name" data-testid="user-name">{{ user.displayName }}</span>
          }
        </span>
      }
      @if (compact()) {
        <button mat-icon-button type="button" class="sign-out" [attr.aria-label]="'shell.signOut' | t" (click)="auth.logout()">
          <mat-icon svgIcon="logout" aria-hidden="true" />
        </button>
      } @else {
        <button mat-stroked-button type="button" class="sign-out" (click)="auth.logout()">
          <mat-icon svgIcon="logout" aria-hidden="true" />
          {{ 'shell.signOut' | t }}
        </button>
      }
    </mat-toolbar>
  `,
  styles: `
    :host { display: block; position: relative; z-index: 3; }
    .bar {
      gap: 12px;
      height: 64px;
      padding: 0 16px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .brand {
      display: inline-flex;
      align-items: center;
      gap: 10px;
      color: var(--mat-sys-on-surface);
      text-decoration: none;
      border-radius: 8px;
      padding: 4px;
    }
    .logo {
      display: inline-grid;
      place-items: center;
      width: 32px;
      height: 32px;
      border-radius: 8px;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      font: 700 18px/1 inherit;
      font-family: inherit;
    }
    .name { font: var(--mat-sys-title-large); font-weight: 600; letter-spacing: 0.01em; }
    .search { flex: 0 1 440px; margin-inline-start: 16px; }
    .spacer { flex: 1; }
    .user { display: inline-flex; align-items: center; gap: 8px; min-width: 0; }
    .user-name {
      font: var(--mat-sys-label-large);
      max-width: 220px;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    :host-context(.compact) .bar { gap: 4px; padding: 0 4px 0 8px; }
    :host-context(.compact) .search { flex: 1 1 auto; margin-inline-start: 4px; }
    :host-context(.compact) .name { display: none; }
  `,
})
export class TopBar {
  readonly compact = input(false);
  readonly navigationOpen = input(false);
  readonly toggleNavigation = output();

  protected readonly currentUser = inject(CurrentUser);
  protected readonly auth = inject(AuthService);
}

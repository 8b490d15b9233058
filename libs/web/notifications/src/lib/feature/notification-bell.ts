import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslatePipe } from '@pnyx/web/core';
import { badgeText, splitPath } from '../data-access/notification-text';
import type { NotificationItem } from '../data-access/notifications.api';
import { UnreadStore } from '../data-access/unread.store';
import { NotificationLine } from '../ui/notification-line';

/**
 * The top bar's bell: the unread count as a badge (none at 0, "99+" above 99), kept live; a
 * menu with the latest ten, each opening its place (and marked read), "Mark all read" and
 * "All notifications".
 */
@Component({
  selector: 'pnyx-notification-bell',
  imports: [RouterLink, MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, TranslatePipe, NotificationLine],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      type="button"
      class="bell"
      data-testid="notification-bell"
      [matMenuTriggerFor]="panel"
      (menuOpened)="opened()"
      [attr.aria-label]="count() ? ('notifications.bell.labelUnread' | t: { count: count() }) : ('notifications.bell.label' | t)"
    >
      <mat-icon svgIcon="notifications" aria-hidden="true" />
      @if (badge()) {
        <span class="badge" data-testid="notification-badge" aria-hidden="true">{{ badge() }}</span>
      }
    </button>
    <mat-menu #panel="matMenu" class="pnyx-notifications-menu" xPosition="before" [aria-label]="'notifications.title' | t">
      <!-- Only menu items in a menu (ARIA): the title is for the eye, the menu carries the name. -->
      <div class="head" role="none">
        <span class="title" aria-hidden="true">{{ 'notifications.title' | t }}</span>
        @if (count()) {
          <button mat-menu-item type="button" class="mark-all" data-testid="bell-mark-all" (click)="store.markAllRead()">
            <mat-icon svgIcon="done-all" aria-hidden="true" />
            {{ 'notifications.markAllRead' | t }}
          </button>
        }
      </div>
      @for (n of store.latest(); track n.id) {
        <a mat-menu-item class="item" data-testid="bell-item" [attr.data-read]="n.read" [routerLink]="url(n)" [fragment]="fragment(n)" (click)="open(n)">
          <pnyx-notification-line [notification]="n" [now]="now()" />
        </a>
      } @empty {
        <button mat-menu-item type="button" disabled class="empty">{{ 'notifications.bell.empty' | t }}</button>
      }
      <mat-divider />
      <a mat-menu-item routerLink="/notifications" data-testid="bell-all">
        <mat-icon svgIcon="notifications" aria-hidden="true" />
        {{ 'notifications.bell.all' | t }}
      </a>
    </mat-menu>
  `,
  styles: `
    :host { display: inline-block; }
    .bell { position: relative; }
    .badge {
      position: absolute;
      top: 2px;
      right: 0;
      min-width: 18px;
      height: 18px;
      padding: 0 5px;
      box-sizing: border-box;
      border-radius: 9px;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: 600 11px/18px system-ui, sans-serif;
      text-align: center;
      pointer-events: none;
    }
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 0 0 0 16px; }
    .title { font: var(--mat-sys-title-small); }
    .mark-all { width: auto; min-height: 40px; color: var(--mat-sys-primary); }
    .mark-all mat-icon { color: var(--mat-sys-primary); }
    .item { height: auto; min-height: 56px; padding-top: 8px; padding-bottom: 8px; }
    .item ::ng-deep .mat-mdc-menu-item-text { width: 100%; }
    ::ng-deep .pnyx-notifications-menu.mat-mdc-menu-panel { max-width: min(420px, calc(100vw - 16px)); width: 420px; }
  `,
})
export class NotificationBell {
  protected readonly store = inject(UnreadStore);

  protected readonly count = this.store.unreadCount;
  protected readonly badge = computed(() => badgeText(this.count()));
  protected readonly now = signal(Date.now());

  constructor() {
    this.store.start();
  }

  protected opened(): void {
    this.now.set(Date.now());
    this.store.refresh();
  }

  protected url(n: NotificationItem): string {
    return splitPath(n.path).url;
  }

  protected fragment(n: NotificationItem): string | undefined {
    return splitPath(n.path).fragment;
  }

  /** Marks it read; the link navigates (with the fragment: the page scrolls to it once rendered). */
  protected open(n: NotificationItem): void {
    if (!n.read) this.store.markRead([n.id]);
  }
}

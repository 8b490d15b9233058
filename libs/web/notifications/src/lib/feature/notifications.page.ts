import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Notifier, TranslatePipe, TranslationService } from '@pnyx/web/core';
import { dayLabel, groupByDay, splitPath } from '../data-access/notification-text';
import { NotificationListStore } from '../data-access/notification-list.store';
import type { NotificationItem } from '../data-access/notifications.api';
import { UnreadStore } from '../data-access/unread.store';
import { NotificationLine } from '../ui/notification-line';

/** `/notifications`: all of them by day, newest first; unread only; mark read; load more. */
@Component({
  selector: 'pnyx-notifications-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressSpinnerModule, MatSlideToggleModule, TranslatePipe, NotificationLine],
  providers: [NotificationListStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="head">
      <div>
        <h1>{{ 'notifications.title' | t }}</h1>
        @if (bell.unreadCount()) {
          <p class="sub" data-testid="unread-count">{{ 'notifications.unreadCount' | t: { count: bell.unreadCount() } }}</p>
        }
      </div>
      <div class="actions">
        <mat-slide-toggle data-testid="unread-only" [checked]="store.unreadOnly()" (change)="store.load($event.checked)">
          {{ 'notifications.unreadOnly' | t }}
        </mat-slide-toggle>
        <button mat-stroked-button type="button" data-testid="mark-all-read" (click)="markAll()">
          <mat-icon svgIcon="done-all" aria-hidden="true" />
          {{ 'notifications.markAllRead' | t }}
        </button>
        <a mat-button routerLink="/notifications/settings" data-testid="settings-link">
          <mat-icon svgIcon="tune" aria-hidden="true" />
          {{ 'notifications.settingsLink' | t }}
        </a>
      </div>
    </header>

    @switch (store.status()) {
      @case ('loading') {
        <div class="state" role="status">
          <mat-spinner diameter="32" [attr.aria-label]="'notifications.loading' | t" />
        </div>
      }
      @case ('error') {
        <div class="state" role="alert">
          <p>{{ 'notifications.error' | t }}</p>
          <button mat-stroked-button type="button" (click)="store.load()">{{ 'notifications.retry' | t }}</button>
        </div>
      }
      @default {
        @for (group of groups(); track group.key) {
          <section class="day" [attr.aria-labelledby]="'day-' + group.key" data-testid="notification-day">
            <h2 class="day-title" [id]="'day-' + group.key">{{ label(group.key) }}</h2>
            <ul class="list" [attr.aria-label]="label(group.key)">
              @for (n of group.items; track n.id) {
                <li class="row" data-testid="notification" [attr.data-read]="n.read">
                  <a class="open" [routerLink]="url(n)" [fragment]="fragment(n)" (click)="opened(n)">
                    <pnyx-notification-line [notification]="n" [now]="now()" />
                  </a>
                  @if (!n.read) {
                    <button mat-icon-button type="button" data-testid="mark-read" [attr.aria-label]="'notifications.markRead' | t" (click)="store.markRead(n.id)">
                      <mat-icon svgIcon="check" aria-hidden="true" />
                    </button>
                  }
                </li>
              }
            </ul>
          </section>
        } @empty {
          <p class="empty">{{ (store.unreadOnly() ? 'notifications.noneUnread' : 'notifications.none') | t }}</p>
        }
        @if (store.hasMore()) {
          <div class="more">
            <button mat-stroked-button type="button" data-testid="load-more" [disabled]="store.loadingMore()" (click)="store.more()">
              {{ 'notifications.more' | t }}
            </button>
          </div>
        }
      }
    }
  `,
  styles: `
    :host { display: block; max-width: 840px; margin: 0 auto; padding: 24px 16px 48px; }
    .head { display: flex; flex-wrap: wrap; align-items: flex-end; justify-content: space-between; gap: 16px; margin-bottom: 16px; }
    h1 { margin: 0; font: var(--mat-sys-headline-medium); }
    .sub { margin: 4px 0 0; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; }
    .day { margin-top: 24px; }
    .day-title { margin: 0 0 8px; font: var(--mat-sys-title-small); color: var(--mat-sys-on-surface-variant); text-transform: none; }
    .list { list-style: none; margin: 0; padding: 0; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; overflow: hidden; background: var(--mat-sys-surface); }
    .row { display: flex; align-items: center; gap: 4px; padding-right: 8px; }
    .row + .row { border-top: 1px solid var(--mat-sys-outline-variant); }
    .row[data-read='false'] { background: color-mix(in srgb, var(--mat-sys-primary) 6%, transparent); }
    .open { flex: 1; min-width: 0; display: block; padding: 12px 16px; color: inherit; text-decoration: none; }
    .open:hover { background: color-mix(in srgb, var(--mat-sys-on-surface) 4%, transparent); }
    .open:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: -2px; }
    .state { display: flex; flex-direction: column; align-items: center; gap: 12px; padding: 48px 0; }
    .empty { padding: 32px 0; text-align: center; color: var(--mat-sys-on-surface-variant); }
    .more { display: flex; justify-content: center; margin-top: 24px; }
  `,
})
export class NotificationsPage {
  protected readonly store = inject(NotificationListStore);
  protected readonly bell = inject(UnreadStore);
  private readonly i18n = inject(TranslationService);
  private readonly notifier = inject(Notifier);

  protected readonly now = signal(Date.now());
  protected readonly groups = computed(() => groupByDay(this.store.items(), this.now()));

  constructor() {
    this.bell.start();
    this.store.load(false);
  }

  protected label(key: string): string {
    return dayLabel(key, this.i18n.locale(), (k) => this.i18n.translate(k));
  }

  protected url(n: NotificationItem): string {
    return splitPath(n.path).url;
  }

  protected fragment(n: NotificationItem): string | undefined {
    return splitPath(n.path).fragment;
  }

  protected opened(n: NotificationItem): void {
    if (!n.read) this.store.markRead(n.id);
  }

  protected markAll(): void {
    this.store.markAllRead(() => this.notifier.show('notifications.markedAll'));
  }
}

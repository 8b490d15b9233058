import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { CurrentUser, LocalDatePipe, Notifier, TranslatePipe } from '@pnyx/web/core';
import type { EmailMode, NotificationKind } from '@pnyx/shared/graphql-types';
import { EMAIL_MODES, NOTIFICATION_KINDS, kindIcon, kindName } from '../data-access/notification-text';
import { type NotificationPreference, NotificationsApi, type OutboxMail } from '../data-access/notifications.api';

type Status = 'loading' | 'ready' | 'error';

/**
 * `/notifications/settings`: per kind, in the app and by e-mail (saved on change), the
 * e-mail language; for administrators, the mail outbox.
 */
@Component({
  selector: 'pnyx-notification-settings-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    MatSlideToggleModule,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/notifications" class="back">
      <mat-icon svgIcon="arrow-back" aria-hidden="true" />
      {{ 'notifications.settings.back' | t }}
    </a>
    <h1>{{ 'notifications.settings.title' | t }}</h1>
    <p class="sub">{{ 'notifications.settings.subtitle' | t }}</p>

    @switch (status()) {
      @case ('loading') {
        <div class="state" role="status"><mat-spinner diameter="32" [attr.aria-label]="'notifications.settings.loading' | t" /></div>
      }
      @case ('error') {
        <div class="state" role="alert">
          <p>{{ 'notifications.settings.error' | t }}</p>
          <button mat-stroked-button type="button" (click)="load()">{{ 'notifications.retry' | t }}</button>
        </div>
      }
      @default {
        <table class="prefs" data-testid="preferences">
          <thead>
            <tr>
              <th scope="col">{{ 'notifications.settings.kind' | t }}</th>
              <th scope="col">{{ 'notifications.settings.inApp' | t }}</th>
              <th scope="col">{{ 'notifications.settings.email' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (p of rows(); track p.kind) {
              <tr [attr.data-kind]="p.kind" data-testid="preference">
                <th scope="row">
                  <span class="kind"><mat-icon [svgIcon]="icon(p.kind)" aria-hidden="true" />{{ name(p.kind) | t }}</span>
                </th>
                <td>
                  <mat-slide-toggle
                    data-testid="in-app"
                    [checked]="p.inApp"
                    [aria-label]="'notifications.settings.inAppFor' | t: { kind: (name(p.kind) | t) }"
                    (change)="save(p, { inApp: $event.checked })"
                  />
                </td>
                <td>
                  <mat-form-field appearance="outline" subscriptSizing="dynamic" class="email">
                    <mat-select
                      data-testid="email"
                      [value]="p.email"
                      [aria-label]="'notifications.settings.emailFor' | t: { kind: (name(p.kind) | t) }"
                      (selectionChange)="save(p, { email: $event.value })"
                    >
                      @for (mode of modes; track mode) {
                        <mat-option [value]="mode">{{ 'notifications.settings.email.' + mode | t }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                </td>
              </tr>
            }
          </tbody>
        </table>

        <mat-form-field appearance="outline" class="language">
          <mat-label>{{ 'notifications.settings.language' | t }}</mat-label>
          <mat-select data-testid="mail-language" [value]="language()" (selectionChange)="saveLanguage($event.value)">
            <mat-option value="en">{{ 'notifications.settings.language.en' | t }}</mat-option>
            <mat-option value="de">{{ 'notifications.settings.language.de' | t }}</mat-option>
          </mat-select>
        </mat-form-field>

        @if (isAdmin()) {
          <section class="outbox" aria-labelledby="outbox-heading" data-testid="outbox">
            <h2 id="outbox-heading">{{ 'notifications.outbox.title' | t }}</h2>
            <p class="sub">{{ 'notifications.outbox.subtitle' | t }}</p>
            @if (outbox().length) {
              <table class="prefs">
                <thead>
                  <tr>
                    <th scope="col">{{ 'notifications.outbox.to' | t }}</th>
                    <th scope="col">{{ 'notifications.outbox.subject' | t }}</th>
                    <th scope="col">{{ 'notifications.outbox.date' | t }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (mail of outbox(); track mail.file) {
                    <tr>
                      <td>{{ mail.to }}</td>
                      <td>{{ mail.subject }}</td>
                      <td><time [attr.datetime]="mail.date">{{ mail.date | localDate: 'dateTime' }}</time></td>
                    </tr>
                  }
                </tbody>
              </table>
            } @else {
              <p class="empty">{{ 'notifications.outbox.empty' | t }}</p>
            }
          </section>
        }
      }
    }
  `,
  styles: `
    :host { display: block; max-width: 840px; margin: 0 auto; padding: 16px 16px 48px; }
    .back { margin-left: -12px; }
    h1 { margin: 8px 0 0; font: var(--mat-sys-headline-medium); }
    h2 { margin: 0; font: var(--mat-sys-title-large); }
    .sub { margin: 4px 0 16px; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .prefs { width: 100%; border-collapse: collapse; margin-bottom: 24px; background: var(--mat-sys-surface); }
    .prefs th, .prefs td { text-align: left; padding: 8px 12px; border-bottom: 1px solid var(--mat-sys-outline-variant); vertical-align: middle; }
    .prefs thead th { font: var(--mat-sys-label-large); color: var(--mat-sys-on-surface-variant); }
    .prefs tbody th { font: var(--mat-sys-body-large); font-weight: 400; }
    .kind { display: inline-flex; align-items: center; gap: 12px; }
    .kind mat-icon { color: var(--mat-sys-on-surface-variant); }
    .email { width: 200px; }
    .language { width: 240px; }
    .outbox { margin-top: 24px; }
    .state { display: flex; flex-direction: column; align-items: center; gap: 12px; padding: 48px 0; }
    .empty { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class NotificationSettingsPage {
  private readonly api = inject(NotificationsApi);
  private readonly notifier = inject(Notifier);
  private readonly currentUser = inject(CurrentUser);

  protected readonly modes = EMAIL_MODES;
  protected readonly status = signal<Status>('loading');
  protected readonly preferences = signal<readonly NotificationPreference[]>([]);
  protected readonly language = signal('en');
  protected readonly outbox = signal<readonly OutboxMail[]>([]);
  protected readonly isAdmin = computed(() => this.currentUser.user()?.roles.includes('ADMIN') ?? false);
  /** Every kind in a fixed order, whatever order the API answers in. */
  protected readonly rows = computed(() => {
    const byKind = new Map(this.preferences().map((p) => [p.kind, p]));
    return NOTIFICATION_KINDS.map((kind) => byKind.get(kind)).filter((p): p is NotificationPreference => !!p);
  });

  private outboxRead = false;

  constructor() {
    this.load();
    // The outbox once the settings are there and the user is known to be an administrator.
    effect(() => {
      if (this.status() === 'ready' && this.isAdmin()) untracked(() => this.loadOutbox());
    });
  }

  protected load(): void {
    this.status.set('loading');
    this.api.settings().subscribe({
      next: (settings) => {
        this.preferences.set(settings.preferences);
        this.language.set(settings.language);
        this.status.set('ready');
      },
      error: () => this.status.set('error'),
    });
  }

  protected icon(kind: NotificationKind): string {
    return kindIcon(kind);
  }

  protected name(kind: NotificationKind): string {
    return kindName(kind);
  }

  protected save(p: NotificationPreference, change: { inApp?: boolean; email?: EmailMode }): void {
    const next = { kind: p.kind, inApp: change.inApp ?? p.inApp, email: change.email ?? p.email };
    this.replace(next);
    this.api.updatePreference(next).subscribe({
      next: (saved) => {
        this.replace(saved);
        this.notifier.show('notifications.settings.saved');
      },
      error: () => this.replace(p),
    });
  }

  protected saveLanguage(language: string): void {
    const before = this.language();
    this.language.set(language);
    this.api.setLanguage(language).subscribe({
      next: () => this.notifier.show('notifications.settings.saved'),
      error: () => this.language.set(before),
    });
  }

  private replace(p: NotificationPreference): void {
    this.preferences.update((list) => list.map((old) => (old.kind === p.kind ? { ...old, inApp: p.inApp, email: p.email } : old)));
  }

  private loadOutbox(): void {
    if (this.outboxRead) return;
    this.outboxRead = true;
    this.api.outbox().subscribe({ next: (mails) => this.outbox.set(mails), error: () => undefined });
  }
}

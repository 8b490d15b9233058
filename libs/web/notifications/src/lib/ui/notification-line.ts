import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslationService } from '@pnyx/web/core';
import type { NotificationKind } from '@pnyx/shared/graphql-types';
import { kindIcon, kindSentence, relativeTime, sentenceParams } from '../data-access/notification-text';

export interface NotificationLineData {
  readonly kind: NotificationKind;
  readonly read: boolean;
  readonly title: string;
  readonly createdAt: string;
  readonly actor: { readonly displayName: string } | null;
}

/** One notification as a line: the kind's icon, "Carol Conrad mentioned you in “…”", when; unread ones bold. */
@Component({
  selector: 'pnyx-notification-line',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.unread]': '!notification().read', '[attr.data-kind]': 'notification().kind' },
  template: `
    <mat-icon class="icon" [svgIcon]="icon()" aria-hidden="true" />
    <span class="text">
      <span class="sentence" data-testid="notification-sentence">{{ sentence() }}</span>
      <time class="when" [attr.datetime]="notification().createdAt">{{ when() }}</time>
    </span>
    @if (!notification().read) {
      <span class="dot" aria-hidden="true"></span>
    }
  `,
  styles: `
    :host { display: flex; align-items: flex-start; gap: 12px; min-width: 0; width: 100%; }
    .icon { flex: none; color: var(--mat-sys-on-surface-variant); margin-top: 2px; }
    .text { display: flex; flex-direction: column; gap: 2px; min-width: 0; flex: 1; }
    .sentence {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface);
      white-space: normal;
      overflow-wrap: anywhere;
      display: -webkit-box;
      -webkit-line-clamp: 3;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .when { font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    :host(.unread) .sentence { font-weight: 700; }
    :host(.unread) .icon { color: var(--mat-sys-primary); }
    .dot { flex: none; width: 10px; height: 10px; border-radius: 50%; background: var(--mat-sys-primary); margin-top: 6px; }
  `,
})
export class NotificationLine {
  readonly notification = input.required<NotificationLineData>();
  /** The time "now" for the relative time (a signal the page ticks, or the time of rendering). */
  readonly now = input<number>(Date.now());

  private readonly i18n = inject(TranslationService);

  protected readonly icon = computed(() => kindIcon(this.notification().kind));
  protected readonly sentence = computed(() =>
    this.i18n.translate(kindSentence(this.notification().kind), sentenceParams(this.notification(), this.i18n.translate('notifications.someone'))),
  );
  protected readonly when = computed(() => relativeTime(this.notification().createdAt, this.now(), this.i18n.locale()));
}

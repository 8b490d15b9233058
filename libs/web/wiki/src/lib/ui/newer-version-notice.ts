import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslationService } from '@pnyx/web/core';
import type { NewerVersion } from '../data-access/edit-state';

/**
 * "Bob saved version 4 at 14:02 — compare": someone else saved the page while the user
 * edits it. Only says so (a status, no focus change); the link compares the edit's base with it.
 */
@Component({
  selector: 'pnyx-newer-version-notice',
  imports: [RouterLink, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', 'data-testid': 'newer-version' },
  template: `
    <mat-icon svgIcon="history" aria-hidden="true" />
    <span>
      {{ 'wiki.editor.newer.message' | t: { name: newer().authorName, version: newer().version, time: time() } }}
      —
      <a [routerLink]="compareLink()" [queryParams]="{ from: baseVersion(), to: newer().version }" data-testid="newer-version-compare">{{
        'wiki.editor.newer.compare' | t
      }}</a>
    </span>
  `,
  styles: `
    :host {
      display: flex; align-items: center; gap: 8px 12px; margin: 0 0 16px; padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium); font: var(--mat-sys-body-large);
      background: var(--mat-sys-surface-container-high); color: var(--mat-sys-on-surface);
    }
    mat-icon { flex: none; }
    a { color: inherit; font-weight: 600; }
  `,
})
export class NewerVersionNotice {
  readonly newer = input.required<NewerVersion>();
  /** The edit's base version: the comparison's "from". */
  readonly baseVersion = input.required<number>();
  /** Router link of the page's compare view. */
  readonly compareLink = input.required<readonly unknown[]>();

  private readonly i18n = inject(TranslationService);
  protected readonly time = computed(() => {
    const saved = new Date(this.newer().savedAt);
    return Number.isNaN(saved.getTime()) ? '' : new Intl.DateTimeFormat(this.i18n.locale(), { timeStyle: 'short' }).format(saved);
  });
}

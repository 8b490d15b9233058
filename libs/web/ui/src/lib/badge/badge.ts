import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

export type BadgeTone = 'neutral' | 'primary' | 'tertiary';

/** A small label, e.g. a role, optionally with an icon. */
@Component({
  selector: 'pnyx-badge',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"tone-" + tone()' },
  template: `
    @if (icon(); as name) {
      <mat-icon class="icon" [svgIcon]="name" aria-hidden="true" />
    }
    <span>{{ label() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      border: 1px solid transparent;
    }
    .icon { width: 16px; height: 16px; }
    :host(.tone-neutral) { background: var(--mat-sys-surface-container-high); color: var(--mat-sys-on-surface-variant); border-color: var(--mat-sys-outline-variant); }
    :host(.tone-primary) { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    :host(.tone-tertiary) { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
  `,
})
export class Badge {
  readonly label = input.required<string>();
  readonly icon = input<string | undefined>();
  readonly tone = input<BadgeTone>('neutral');
}

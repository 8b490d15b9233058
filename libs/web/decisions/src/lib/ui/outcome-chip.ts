import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@pnyx/web/core';

/** The state of a proposal at a glance: open, withdrawn, or its outcome once closed. */
@Component({
  selector: 'pnyx-outcome-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"chip tone-" + tone()', '[attr.data-outcome]': 'outcome() ?? status()' },
  template: `{{ label() | t }}`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      padding: 2px 10px;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      font-weight: 600;
      white-space: nowrap;
      border: 1px solid transparent;
    }
    :host(.tone-open) { background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    :host(.tone-accepted) { background: #d7f0d8; color: #0f4d14; }
    :host(.tone-rejected) { background: #fbdada; color: #8c1111; }
    :host(.tone-neutral) { background: var(--mat-sys-surface-container-high); color: var(--mat-sys-on-surface-variant); border-color: var(--mat-sys-outline-variant); }
  `,
})
export class OutcomeChip {
  readonly status = input.required<string>();
  readonly outcome = input<string | null>(null);

  protected readonly label = computed(() => {
    const outcome = this.outcome();
    if (this.status() === 'CLOSED' && outcome) return `decisions.outcome.${outcome}`;
    return `decisions.status.${this.status()}`;
  });
  protected readonly tone = computed(() => {
    if (this.status() === 'OPEN') return 'open';
    if (this.status() !== 'CLOSED') return 'neutral';
    return this.outcome() === 'ACCEPTED' ? 'accepted' : this.outcome() === 'REJECTED' ? 'rejected' : 'neutral';
  });
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@pnyx/web/core';

export interface TallyRow {
  readonly votes: number;
  readonly score: number | null;
  readonly option: { readonly id: string; readonly label: string; readonly code: string | null };
}

/** Votes per option (ranked choice: first preferences and the final round), or why they are hidden. */
@Component({
  selector: 'pnyx-tally-view',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (hidden()) {
      <p class="hidden-note" data-testid="tally-hidden">{{ 'decisions.tally.hidden' | t }}</p>
    } @else if (!rows().length) {
      <p class="hidden-note">{{ 'decisions.tally.none' | t }}</p>
    } @else {
      <ul class="rows" data-testid="tally">
        @for (row of rows(); track row.option.id) {
          <li class="row" [attr.data-option]="row.option.code ?? row.option.label" [class.winner]="row.option.id === winnerId()">
            <span class="label">{{ label(row.option) }}</span>
            <span class="bar" aria-hidden="true"><span class="fill" [style.width.%]="share(row.votes)"></span></span>
            <span class="count">
              {{ (ranked() ? 'decisions.tally.firstPreferences' : 'decisions.tally.votes') | t: { count: row.votes } }}
              @if (ranked() && row.score !== null) {
                · {{ 'decisions.tally.finalRound' | t: { score: row.score } }}
              }
            </span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host { display: block; }
    .hidden-note { margin: 0; color: var(--mat-sys-on-surface-variant); font-style: italic; }
    .rows { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
    .row { display: grid; grid-template-columns: minmax(90px, 1fr) 2fr auto; align-items: center; gap: 12px; }
    .label { overflow-wrap: anywhere; }
    .winner .label { font-weight: 700; }
    .bar { height: 10px; border-radius: 5px; background: var(--mat-sys-surface-container-highest); overflow: hidden; }
    .fill { display: block; height: 100%; background: var(--mat-sys-primary); }
    .count { font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); white-space: nowrap; }
    @media (max-width: 599.98px) { .row { grid-template-columns: 1fr; gap: 4px; } }
  `,
})
export class TallyView {
  readonly rows = input.required<readonly TallyRow[]>();
  readonly hidden = input(false);
  readonly ranked = input(false);
  readonly winnerId = input<string | null>(null);
  readonly fixedLabels = input<Readonly<Record<string, string>>>({});

  private readonly total = computed(() => this.rows().reduce((sum, row) => sum + row.votes, 0));

  protected share(votes: number): number {
    const total = this.total();
    return total ? Math.round((votes / total) * 100) : 0;
  }

  protected label(option: TallyRow['option']): string {
    return (option.code && this.fixedLabels()[option.code]) || option.label;
  }
}

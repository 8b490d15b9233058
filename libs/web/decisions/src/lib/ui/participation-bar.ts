import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslationService } from '@pnyx/web/core';
import { participationPercents } from '../data-access/proposal-rules';

/**
 * How many eligible voters voted, as a bar with the quorum marked on it, and the same
 * in words (the bar itself is decoration: the sentence says it all).
 */
@Component({
  selector: 'pnyx-participation-bar',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="track" aria-hidden="true">
      <div class="fill" [class.met]="percents().met" [class.some]="votes() > 0" [style.width.%]="percents().voted"></div>
      @if (percents().quorum > 0) {
        <div class="quorum" [style.left.%]="percents().quorum"></div>
      }
    </div>
    <p class="text" data-testid="participation">
      {{ 'decisions.participation.voted' | t: { count: eligible(), votes: votes(), percent: percentText() } }}
      @if (percents().quorum > 0) {
        <span class="quorum-text" [class.met]="percents().met">
          {{ (percents().met ? 'decisions.participation.quorumMet' : 'decisions.participation.quorumOpen') | t: { quorum: percents().quorum } }}
        </span>
      }
    </p>
  `,
  styles: `
    :host { display: block; }
    .track { position: relative; height: 8px; border-radius: 4px; background: var(--mat-sys-surface-container-highest); }
    .fill { height: 100%; border-radius: 4px; background: var(--mat-sys-primary); }
    .fill.some { min-width: 4px; }
    .fill.met { background: #2e7d32; }
    .quorum { position: absolute; top: -4px; bottom: -4px; width: 2px; margin-left: -1px; background: var(--mat-sys-on-surface); }
    .text { margin: 6px 0 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .quorum-text { margin-left: 4px; }
    .quorum-text.met { color: #1b5e20; font-weight: 600; }
  `,
})
export class ParticipationBar {
  readonly votes = input.required<number>();
  readonly eligible = input.required<number>();
  /** Votes cast / eligible voters, 0..1 (as the API gives it). */
  readonly participation = input.required<number>();
  readonly quorumPercent = input(0);

  private readonly i18n = inject(TranslationService);
  protected readonly percents = computed(() => participationPercents(this.participation(), this.quorumPercent()));
  /** 66.7 / 66,7 as the language writes it. */
  protected readonly percentText = computed(() => new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(this.percents().voted));
}

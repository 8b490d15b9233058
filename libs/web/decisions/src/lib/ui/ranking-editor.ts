import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, inject, input, output, signal, Injector } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslationService } from '@pnyx/web/core';
import { type RankingDraft, moveDown, moveUp, rank, unrank } from '../data-access/ranking';

export interface RankOption {
  readonly id: string;
  readonly label: string;
}

/**
 * A ranked ballot by keyboard or mouse: the ranked options in order with move up / move
 * down / remove buttons, the others with "rank". Every move is announced.
 */
@Component({
  selector: 'pnyx-ranking-editor',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 class="sub" [id]="id() + '-ranked'">{{ 'decisions.ranking.ranked' | t }}</h3>
    @if (draft().ranked.length) {
      <ol class="list" [attr.aria-labelledby]="id() + '-ranked'" data-testid="ranking">
        @for (option of draft().ranked; track option.id; let i = $index, first = $first, last = $last) {
          <li class="item" [attr.data-option]="option.label">
            <span class="position" aria-hidden="true">{{ i + 1 }}</span>
            <span class="label">{{ option.label }}</span>
            <span class="buttons">
              <button mat-icon-button type="button" [disabled]="disabled() || first" [attr.data-move]="'up-' + option.id"
                [attr.aria-label]="'decisions.ranking.up' | t: { option: option.label }" (click)="up(i)">
                <mat-icon svgIcon="arrow-up" aria-hidden="true" />
              </button>
              <button mat-icon-button type="button" [disabled]="disabled() || last" [attr.data-move]="'down-' + option.id"
                [attr.aria-label]="'decisions.ranking.down' | t: { option: option.label }" (click)="down(i)">
                <mat-icon svgIcon="arrow-down" aria-hidden="true" />
              </button>
              <button mat-icon-button type="button" [disabled]="disabled()"
                [attr.aria-label]="'decisions.ranking.remove' | t: { option: option.label }" (click)="remove(i)">
                <mat-icon svgIcon="close" aria-hidden="true" />
              </button>
            </span>
          </li>
        }
      </ol>
    } @else {
      <p class="none">{{ 'decisions.ranking.empty' | t }}</p>
    }
    @if (draft().unranked.length) {
      <h3 class="sub" [id]="id() + '-unranked'">{{ 'decisions.ranking.unranked' | t }}</h3>
      <ul class="list" [attr.aria-labelledby]="id() + '-unranked'">
        @for (option of draft().unranked; track option.id; let i = $index) {
          <li class="item unranked" [attr.data-option]="option.label">
            <span class="label">{{ option.label }}</span>
            <button mat-stroked-button type="button" [disabled]="disabled()" [attr.data-rank]="option.id"
              [attr.aria-label]="'decisions.ranking.addNamed' | t: { option: option.label }" (click)="add(i)">
              <mat-icon svgIcon="add" aria-hidden="true" />
              {{ 'decisions.ranking.add' | t }}
            </button>
          </li>
        }
      </ul>
    }
    <p class="visually-hidden" role="status" aria-live="polite">{{ announcement() }}</p>
  `,
  styles: `
    :host { display: block; }
    .sub { margin: 12px 0 6px; font: var(--mat-sys-title-small); }
    .list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
    .item { display: flex; align-items: center; gap: 10px; padding: 4px 4px 4px 10px; border-radius: 8px; border: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface); }
    .position { display: inline-grid; place-items: center; width: 26px; height: 26px; border-radius: 50%; background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); font: var(--mat-sys-label-large); flex: none; }
    .label { flex: 1; min-width: 0; overflow-wrap: anywhere; }
    .buttons { display: flex; }
    .unranked { padding: 4px 8px 4px 12px; }
    .none { margin: 0; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class RankingEditor {
  readonly id = input('ranking');
  readonly draft = input.required<RankingDraft<RankOption>>();
  /** The proposal's options in their order (an option taken out goes back to its place). */
  readonly options = input.required<readonly RankOption[]>();
  readonly disabled = input(false);
  readonly draftChange = output<RankingDraft<RankOption>>();

  private readonly i18n = inject(TranslationService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly announcement = signal('');

  protected up(index: number): void {
    const option = this.draft().ranked[index];
    this.change({ ...this.draft(), ranked: moveUp(this.draft().ranked, index) }, option, index);
    this.refocus(index - 1 <= 0 ? `down-${option.id}` : `up-${option.id}`);
  }

  protected down(index: number): void {
    const option = this.draft().ranked[index];
    this.change({ ...this.draft(), ranked: moveDown(this.draft().ranked, index) }, option, index + 2);
    this.refocus(index + 2 >= this.draft().ranked.length ? `up-${option.id}` : `down-${option.id}`);
  }

  protected add(index: number): void {
    const option = this.draft().unranked[index];
    const next = rank(this.draft(), index);
    this.change(next, option, next.ranked.length);
  }

  protected remove(index: number): void {
    const option = this.draft().ranked[index];
    this.draftChange.emit(unrank(this.draft(), index, this.options()));
    this.announcement.set(this.i18n.translate('decisions.ranking.removed', { option: option.label }));
  }

  private change(next: RankingDraft<RankOption>, option: RankOption, position: number): void {
    this.draftChange.emit(next);
    this.announcement.set(this.i18n.translate('decisions.ranking.moved', { option: option.label, position }));
  }

  /** The button pressed may have moved or become disabled: keep the keyboard on the option. */
  private refocus(move: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLButtonElement>(`[data-move="${move}"]`)?.focus(), { injector: this.injector });
  }
}

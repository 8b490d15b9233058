import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { DecisionProcess } from '@pnyx/shared/decisions';
import { DecisionRuleError, validateRanking } from '@pnyx/shared/decisions';
import type { CastVoteInput } from '@pnyx/shared/graphql-types';
import { TranslatePipe } from '@pnyx/web/core';
import { REASON_MAX_LENGTH, needsReason } from '../data-access/proposal-rules';
import { type RankingDraft, rankingDraft } from '../data-access/ranking';
import { type RankOption, RankingEditor } from './ranking-editor';

export interface VoteOption {
  readonly id: string;
  readonly label: string;
  readonly code: string | null;
}

export interface CurrentVote {
  readonly option: VoteOption | null;
  readonly ranking: readonly VoteOption[] | null;
  readonly reason: string | null;
}

export type VoteRequest = Omit<CastVoteInput, 'proposalId'>;

/** The server's objection to the vote, named by field (`optionId`, `ranking`, `reason`) when it names one. */
export interface VoteError {
  readonly field: string | null;
  readonly message: string;
}

/**
 * The ballot: one choice among the options (radio buttons), or a ranking; a reason,
 * required where the process says so (Concern/Object, Concern/Oppose).
 */
@Component({
  selector: 'pnyx-vote-panel',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, TranslatePipe, RankingEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @if (process() === 'RANKED_CHOICE') {
        <p class="hint" id="ranking-hint">{{ 'decisions.vote.rankHint' | t }}</p>
        <pnyx-ranking-editor id="ballot" [draft]="draft()" [options]="options()" [disabled]="busy()" (draftChange)="changeRanking($event)" />
        @if (rankingError(); as error) {
          <p class="error" role="alert" data-testid="ranking-error">{{ error | t }}</p>
        }
      } @else {
        <p class="label" id="vote-choice-label">{{ 'decisions.vote.choose' | t }}</p>
        <mat-radio-group class="choices" formControlName="option" aria-labelledby="vote-choice-label" [attr.aria-describedby]="optionError() ? 'vote-option-error' : null">
          @for (option of options(); track option.id) {
            <mat-radio-button [value]="option.id" [attr.data-option]="option.code ?? option.label">
              {{ optionLabel(option) }}
              @if (needsReasonFor(option)) {
                <span class="needs-reason">{{ 'decisions.vote.reasonNeeded' | t }}</span>
              }
            </mat-radio-button>
          }
        </mat-radio-group>
        @if (optionError(); as error) {
          <p class="error" id="vote-option-error" role="alert">{{ error | t }}</p>
        }
      }
      <mat-form-field class="reason" subscriptSizing="dynamic">
        <mat-label>{{ (reasonRequired() ? 'decisions.vote.reasonRequired' : 'decisions.vote.reason') | t }}</mat-label>
        <textarea matInput formControlName="reason" rows="3" [maxlength]="reasonMax" [required]="reasonRequired()" data-testid="vote-reason"></textarea>
        <mat-hint>{{ (reasonRequired() ? 'decisions.vote.reasonHintRequired' : 'decisions.vote.reasonHint') | t }}</mat-hint>
        @if (form.controls.reason.hasError('required')) {
          <mat-error>{{ 'decisions.vote.reasonMissing' | t }}</mat-error>
        } @else if (form.controls.reason.hasError('server')) {
          <mat-error>{{ form.controls.reason.getError('server') }}</mat-error>
        }
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="cast-vote">
          {{ (hasVoted() ? 'decisions.vote.change' : 'decisions.vote.submit') | t }}
        </button>
        @if (serverError(); as error) {
          @if (!error.field || error.field === 'proposalId') {
            <p class="error" role="alert">{{ error.message }}</p>
          }
        }
      </div>
    </form>
  `,
  styles: `
    :host { display: block; }
    .label { margin: 0 0 6px; font: var(--mat-sys-title-small); }
    .hint { margin: 0 0 4px; color: var(--mat-sys-on-surface-variant); }
    .choices { display: flex; flex-direction: column; align-items: flex-start; margin-bottom: 12px; }
    .needs-reason { margin-left: 6px; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .reason { width: 100%; margin-top: 12px; }
    .actions { display: flex; align-items: center; flex-wrap: wrap; gap: 12px; margin-top: 12px; }
    .error { margin: 4px 0; color: var(--mat-sys-error); font: var(--mat-sys-body-medium); }
  `,
})
export class VotePanel {
  readonly process = input.required<DecisionProcess>();
  readonly options = input.required<readonly VoteOption[]>();
  readonly myVote = input<CurrentVote | null>(null);
  readonly busy = input(false);
  readonly serverError = input<VoteError | null>(null);
  /** Translated labels of the fixed options (Yes/No/Abstain…), by code. */
  readonly fixedLabels = input<Readonly<Record<string, string>>>({});
  readonly vote = output<VoteRequest>();

  protected readonly reasonMax = REASON_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    option: [''],
    reason: ['', [(control: AbstractControl): ValidationErrors | null => this.reasonValidator(control)]],
  });
  private readonly selected = signal('');
  protected readonly draft = signal<RankingDraft<RankOption>>({ ranked: [], unranked: [] });
  protected readonly optionError = signal<string | null>(null);
  protected readonly rankingError = signal<string | null>(null);
  protected readonly hasVoted = computed(() => this.myVote() !== null);
  /** What the saved vote says, as one comparable value. */
  private readonly savedKey = computed(() => {
    const vote = this.myVote();
    return JSON.stringify([this.options().map((o) => o.id), vote?.option?.id ?? null, vote?.ranking?.map((o) => o.id) ?? null, vote?.reason ?? null]);
  });
  protected readonly reasonRequired = computed(() => {
    const chosen = this.options().find((o) => o.id === this.selected());
    return needsReason(this.process(), chosen?.code);
  });

  constructor() {
    this.form.controls.option.valueChanges.subscribe((id) => {
      this.selected.set(id);
      this.optionError.set(null);
      this.form.controls.reason.updateValueAndValidity();
    });
    // The saved vote (or none) is where the ballot starts, again whenever it changes, but
    // not when the proposal is merely read again (someone else voted): a half-filled ballot stays.
    effect(() => {
      this.savedKey();
      untracked(() => {
        const vote = this.myVote();
        this.form.reset({ option: vote?.option?.id ?? '', reason: vote?.reason ?? '' });
        this.draft.set(rankingDraft(this.options(), vote?.ranking ?? null));
      });
    });
    // The server's objection shows next to the field it names.
    effect(() => {
      const error = this.serverError();
      untracked(() => {
        if (error?.field === 'reason') {
          this.form.controls.reason.setErrors({ server: error.message });
          this.form.controls.reason.markAsTouched();
        } else if (error?.field === 'optionId') {
          this.optionError.set('decisions.vote.optionInvalid');
        } else if (error?.field === 'ranking') {
          this.rankingError.set('decisions.vote.rankingInvalid');
        }
      });
    });
  }

  protected optionLabel(option: VoteOption): string {
    return (option.code && this.fixedLabels()[option.code]) || option.label;
  }

  protected needsReasonFor(option: VoteOption): boolean {
    return needsReason(this.process(), option.code);
  }

  protected changeRanking(draft: RankingDraft<RankOption>): void {
    this.draft.set(draft);
    this.rankingError.set(null);
  }

  protected submit(): void {
    if (this.busy()) return;
    const reason = this.form.controls.reason.value.trim();
    this.form.controls.reason.markAsTouched();
    this.form.controls.reason.updateValueAndValidity();
    if (this.process() === 'RANKED_CHOICE') {
      const ranking = this.draft().ranked.map((o) => o.id);
      try {
        validateRanking(this.options().map((o) => o.id), ranking);
      } catch (error) {
        if (!(error instanceof DecisionRuleError)) throw error;
        this.rankingError.set('decisions.vote.rankingEmpty');
        return;
      }
      this.vote.emit({ ranking, reason: reason || null });
      return;
    }
    const optionId = this.form.controls.option.value;
    if (!optionId) {
      this.optionError.set('decisions.vote.optionMissing');
      return;
    }
    if (this.form.controls.reason.invalid) return;
    this.vote.emit({ optionId, reason: reason || null });
  }

  private reasonValidator(control: AbstractControl): ValidationErrors | null {
    if (!this.reasonRequired?.()) return null;
    return String(control.value ?? '').trim() ? null : { required: true };
  }
}

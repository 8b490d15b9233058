import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { CloseProposalInput, DecisionProcess, ProposalOutcome } from '@pnyx/shared/graphql-types';
import { TranslatePipe, TranslationService } from '@pnyx/web/core';
import type { DialogSave, DialogRefusal } from './dialog-save';

export interface CloseDialogData {
  readonly title: string;
  readonly process: DecisionProcess;
  readonly save: DialogSave<Omit<CloseProposalInput, 'id'>>;
}

/**
 * Closing now. ADVICE: the author records the decision (accepted or rejected) and a
 * statement; the other processes compute the outcome from the votes.
 */
@Component({
  selector: 'pnyx-close-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'decisions.close.title' | t: { title: data.title } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        @if (advice) {
          <p class="message">{{ 'decisions.close.adviceMessage' | t }}</p>
          <p class="label" id="close-outcome-label">{{ 'decisions.close.outcome' | t }}</p>
          <mat-radio-group class="outcomes" formControlName="outcome" aria-labelledby="close-outcome-label">
            <mat-radio-button value="ACCEPTED">{{ 'decisions.outcome.ACCEPTED' | t }}</mat-radio-button>
            <mat-radio-button value="REJECTED">{{ 'decisions.outcome.REJECTED' | t }}</mat-radio-button>
          </mat-radio-group>
          @if (outcomeError()) {
            <p class="error" role="alert">{{ outcomeError() }}</p>
          }
          <mat-form-field class="field">
            <mat-label>{{ 'decisions.close.statement' | t }}</mat-label>
            <textarea matInput formControlName="statement" rows="4" maxlength="5000" required data-testid="close-statement"></textarea>
            <mat-hint>{{ 'decisions.close.statementHint' | t }}</mat-hint>
            @if (form.controls.statement.hasError('required')) {
              <mat-error>{{ 'decisions.close.statementRequired' | t }}</mat-error>
            } @else if (form.controls.statement.hasError('server')) {
              <mat-error>{{ form.controls.statement.getError('server') }}</mat-error>
            }
          </mat-form-field>
        } @else {
          <p class="message">{{ 'decisions.close.message' | t }}</p>
        }
        @if (error(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="close-confirm">{{ 'decisions.close.confirm' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .message { margin: 0 0 12px; max-width: 52ch; }
    .label { margin: 0 0 4px; font: var(--mat-sys-title-small); }
    .outcomes { display: flex; gap: 16px; margin-bottom: 12px; }
    .field { width: 100%; min-width: min(440px, 70vw); }
    .error { margin: 4px 0 0; color: var(--mat-sys-error); }
  `,
})
export class CloseDialog {
  protected readonly data = inject<CloseDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CloseDialog, boolean>);
  private readonly i18n = inject(TranslationService);
  protected readonly advice = this.data.process === 'ADVICE';
  protected readonly form = inject(NonNullableFormBuilder).group({
    outcome: [''],
    statement: ['', this.advice ? [Validators.required] : []],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly outcomeError = signal<string | null>(null);

  protected submit(): void {
    if (this.busy()) return;
    this.form.markAllAsTouched();
    const { outcome: chosen, statement } = this.form.getRawValue();
    const outcome: ProposalOutcome | null = chosen === 'ACCEPTED' || chosen === 'REJECTED' ? chosen : null;
    if (this.advice) {
      if (!outcome) {
        this.outcomeError.set(this.i18n.translate('decisions.close.outcomeRequired'));
        return;
      }
      this.outcomeError.set(null);
      if (this.form.invalid || !statement.trim()) {
        this.form.controls.statement.setErrors({ required: true });
        return;
      }
    }
    this.busy.set(true);
    this.error.set(null);
    this.data.save(this.advice ? { outcome, statement: statement.trim() } : {}).subscribe((refusal) => this.done(refusal));
  }

  private done(refusal: DialogRefusal | null): void {
    this.busy.set(false);
    if (!refusal) {
      this.ref.close(true);
      return;
    }
    if (refusal.field === 'statement') this.form.controls.statement.setErrors({ server: refusal.message });
    else if (refusal.field === 'outcome') this.outcomeError.set(refusal.message);
    else this.error.set(refusal.message);
  }
}

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@pnyx/web/core';
import type { DialogRefusal, DialogSave } from './dialog-save';

export interface DateTimeDialogData {
  /** Translation keys. */
  readonly titleKey: string;
  readonly messageKey: string;
  readonly labelKey: string;
  readonly confirmKey: string;
  /** `datetime-local` for a moment, `date` for a day. */
  readonly kind: 'datetime-local' | 'date';
  /** The input's starting value, in its own format. */
  readonly value: string;
  readonly min?: string;
  readonly max?: string;
  /** Offered as "Clear" (the review date may be removed). */
  readonly clearable?: boolean;
  /** Checks the value first; returns a translation key to show, or null. */
  readonly check: (value: string) => string | null;
  readonly save: DialogSave<string | null>;
}

/** One date or date-time, checked on the client, then sent: extending a proposal, its review date. */
@Component({
  selector: 'pnyx-date-time-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="message">{{ data.messageKey | t }}</p>
        <mat-form-field class="field">
          <mat-label>{{ data.labelKey | t }}</mat-label>
          <input matInput [type]="data.kind" formControlName="value" [attr.min]="data.min ?? null" [attr.max]="data.max ?? null" data-testid="date-input" />
          @if (problem(); as key) {
            <mat-error>{{ key | t }}</mat-error>
          } @else if (form.controls.value.hasError('server')) {
            <mat-error>{{ form.controls.value.getError('server') }}</mat-error>
          }
        </mat-form-field>
        @if (error(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
        @if (data.clearable) {
          <button mat-button type="button" [disabled]="busy()" (click)="clear()">{{ 'decisions.review.clear' | t }}</button>
        }
        <button mat-flat-button type="submit" [disabled]="busy()">{{ data.confirmKey | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .message { margin: 0 0 12px; max-width: 52ch; }
    .field { width: 100%; min-width: min(360px, 70vw); }
    .error { margin: 4px 0 0; color: var(--mat-sys-error); }
  `,
})
export class DateTimeDialog {
  protected readonly data = inject<DateTimeDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<DateTimeDialog, boolean>);
  protected readonly form = inject(NonNullableFormBuilder).group({ value: [this.data.value] });
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    const value = this.form.controls.value.value;
    const problem = this.data.check(value);
    this.problem.set(problem);
    if (problem) {
      this.form.controls.value.setErrors({ invalid: true });
      this.form.controls.value.markAsTouched();
      return;
    }
    this.send(value);
  }

  protected clear(): void {
    this.send(null);
  }

  private send(value: string | null): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.data.save(value).subscribe((refusal) => this.done(refusal));
  }

  private done(refusal: DialogRefusal | null): void {
    this.busy.set(false);
    if (!refusal) {
      this.ref.close(true);
      return;
    }
    if (refusal.field) {
      this.form.controls.value.setErrors({ server: refusal.message });
      this.form.controls.value.markAsTouched();
    } else {
      this.error.set(refusal.message);
    }
  }
}

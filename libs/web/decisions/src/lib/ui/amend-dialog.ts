import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@pnyx/web/core';
import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH } from '../data-access/proposal-rules';
import type { DialogRefusal, DialogSave } from './dialog-save';

export interface AmendDialogData {
  readonly title: string;
  readonly description: string;
  readonly version: number;
  readonly save: DialogSave<{ readonly title: string; readonly description: string }>;
}

/** The author amends the text: a new version, and everyone who voted is asked to confirm. */
@Component({
  selector: 'pnyx-amend-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'decisions.amend.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="message">{{ 'decisions.amend.message' | t: { version: data.version + 1 } }}</p>
        <mat-form-field class="field">
          <mat-label>{{ 'decisions.form.title' | t }}</mat-label>
          <input matInput formControlName="title" [maxlength]="titleMax" required />
          @if (form.controls.title.hasError('required')) {
            <mat-error>{{ 'decisions.form.titleRequired' | t }}</mat-error>
          } @else if (form.controls.title.hasError('server')) {
            <mat-error>{{ form.controls.title.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field class="field">
          <mat-label>{{ 'decisions.form.description' | t }}</mat-label>
          <textarea matInput formControlName="description" rows="10" [maxlength]="descriptionMax" data-testid="amend-description"></textarea>
          <mat-hint>{{ 'decisions.text.markdownHint' | t }}</mat-hint>
          @if (form.controls.description.hasError('server')) {
            <mat-error>{{ form.controls.description.getError('server') }}</mat-error>
          }
        </mat-form-field>
        @if (error(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'decisions.amend.confirm' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .message { margin: 0 0 12px; max-width: 60ch; }
    .field { width: 100%; min-width: min(560px, 75vw); }
    .error { margin: 4px 0 0; color: var(--mat-sys-error); }
  `,
})
export class AmendDialog {
  protected readonly data = inject<AmendDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<AmendDialog, boolean>);
  protected readonly titleMax = TITLE_MAX_LENGTH;
  protected readonly descriptionMax = DESCRIPTION_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [this.data.title, [Validators.required]],
    description: [this.data.description],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    this.form.markAllAsTouched();
    const title = this.form.controls.title.value.trim();
    if (!title) {
      this.form.controls.title.setErrors({ required: true });
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.data.save({ title, description: this.form.controls.description.value }).subscribe((refusal) => this.done(refusal));
  }

  private done(refusal: DialogRefusal | null): void {
    this.busy.set(false);
    if (!refusal) {
      this.ref.close(true);
      return;
    }
    if (refusal.field === 'title' || refusal.field === 'description') this.form.controls[refusal.field].setErrors({ server: refusal.message });
    else this.error.set(refusal.message);
  }
}

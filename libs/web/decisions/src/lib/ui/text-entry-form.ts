import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@pnyx/web/core';

/**
 * A Markdown text and a button: an argument, a comment, a minority statement. Labels come
 * in as translation keys; the server's objection (already in words) shows under the field.
 */
@Component({
  selector: 'pnyx-text-entry-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field class="field" subscriptSizing="dynamic">
        <mat-label>{{ label() | t }}</mat-label>
        <textarea matInput formControlName="body" [rows]="rows()" [maxlength]="maxLength()" [attr.data-testid]="testId()"
          (keydown.control.enter)="submit()" (keydown.meta.enter)="submit()"></textarea>
        @if (hint(); as hintKey) {
          <mat-hint>{{ hintKey | t }}</mat-hint>
        }
        @if (form.controls.body.hasError('required')) {
          <mat-error>{{ requiredMessage() | t }}</mat-error>
        } @else if (form.controls.body.hasError('server')) {
          <mat-error>{{ form.controls.body.getError('server') }}</mat-error>
        }
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="busy()" [attr.data-testid]="testId() ? testId() + '-submit' : null">{{ submitLabel() | t }}</button>
    </form>
  `,
  styles: `
    :host { display: block; }
    .form { display: flex; flex-direction: column; align-items: flex-start; gap: 8px; }
    .field { width: 100%; }
  `,
})
export class TextEntryForm {
  readonly label = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly requiredMessage = input('decisions.text.required');
  readonly hint = input<string | null>('decisions.text.markdownHint');
  readonly maxLength = input(5000);
  readonly rows = input(3);
  readonly busy = input(false);
  readonly serverError = input<string | null>(null);
  readonly testId = input<string | null>(null);
  readonly send = output<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({ body: [''] });
  private readonly formDirective = viewChild(FormGroupDirective);

  constructor() {
    effect(() => {
      const error = this.serverError();
      untracked(() => {
        if (!error) return;
        this.form.controls.body.setErrors({ server: error });
        this.form.controls.body.markAsTouched();
      });
    });
  }

  /** After it was saved: empty again, and not shown as an error. */
  reset(): void {
    this.formDirective()?.resetForm({ body: '' });
  }

  protected submit(): void {
    const body = this.form.controls.body.value.trim();
    if (!body) {
      this.form.controls.body.markAsTouched();
      this.form.controls.body.setErrors({ required: true });
      return;
    }
    if (!this.busy()) this.send.emit(body);
  }
}

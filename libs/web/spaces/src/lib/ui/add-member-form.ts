import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, output, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { SpaceRole } from '@pnyx/shared/graphql-types';
import { TranslatePipe } from '@pnyx/web/core';
import type { UserOption } from '../data-access/spaces.api';

export interface AddMemberRequest {
  readonly username: string;
  readonly role: SpaceRole;
}

/** Username (with suggestions) and role; emits what to add, shows the server's verdict. */
@Component({
  selector: 'pnyx-add-member-form',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="submit()" [attr.aria-label]="'spaces.members.add.title' | t">
      <mat-form-field class="username" subscriptSizing="dynamic">
        <mat-label>{{ 'spaces.members.add.username' | t }}</mat-label>
        <input
          matInput
          formControlName="username"
          name="username"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          [matAutocomplete]="suggestions"
        />
        <mat-autocomplete #suggestions="matAutocomplete">
          @for (user of candidates(); track user.id) {
            <mat-option [value]="user.username">
              <span class="option-name">{{ user.displayName }}</span>
              <span class="option-username">{{ user.username }}</span>
            </mat-option>
          } @empty {
            @if (form.controls.username.value.trim()) {
              <mat-option disabled>{{ 'spaces.members.add.noMatches' | t }}</mat-option>
            }
          }
        </mat-autocomplete>
        <mat-hint>{{ 'spaces.members.add.username.hint' | t }}</mat-hint>
        @if (form.controls.username.hasError('required')) {
          <mat-error>{{ 'spaces.members.add.username.required' | t }}</mat-error>
        } @else if (form.controls.username.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field class="role" subscriptSizing="dynamic">
        <mat-label>{{ 'spaces.members.add.role' | t }}</mat-label>
        <mat-select formControlName="role">
          <mat-option value="MEMBER">{{ 'spaces.role.MEMBER' | t }}</mat-option>
          <mat-option value="OWNER">{{ 'spaces.role.OWNER' | t }}</mat-option>
        </mat-select>
      </mat-form-field>
      <button mat-flat-button type="submit" class="submit" [disabled]="busy()">
        <mat-icon svgIcon="person-add" aria-hidden="true" />
        {{ 'spaces.members.add.submit' | t }}
      </button>
    </form>
  `,
  styles: `
    .form { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 8px 16px; }
    .username { flex: 2 1 240px; }
    .role { flex: 1 1 160px; }
    .submit { margin-top: 8px; }
    .form mat-form-field { margin-bottom: 4px; }
    .option-name { margin-inline-end: 8px; }
    .option-username { color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
  `,
})
export class AddMemberForm {
  /** Users matching what was typed. */
  readonly candidates = input<readonly UserOption[]>([]);
  readonly busy = input(false);
  /** The server's objection to the username, already translated. */
  readonly usernameError = input<string | null>(null);

  readonly search = output<string>();
  readonly add = output<AddMemberRequest>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    role: ['MEMBER' as SpaceRole],
  });

  private readonly formDirective = viewChild.required(FormGroupDirective);

  constructor() {
    const subscription = this.form.controls.username.valueChanges.subscribe((value) => this.search.emit(value.trim()));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
    effect(() => {
      const message = this.usernameError();
      if (message) {
        this.form.controls.username.setErrors({ server: message });
        this.form.controls.username.markAsTouched();
      }
    });
  }

  /** After a successful add: empty again, ready for the next person. */
  reset(): void {
    // Also clears the "submitted" state, so the empty field does not show as an error.
    this.formDirective().resetForm({ username: '', role: 'MEMBER' });
  }

  protected submit(): void {
    if (this.form.invalid || this.busy()) {
      this.form.markAllAsTouched();
      return;
    }
    const { username, role } = this.form.getRawValue();
    this.add.emit({ username: username.trim(), role });
  }
}

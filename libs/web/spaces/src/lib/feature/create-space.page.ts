import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { ErrorCode } from '@pnyx/shared/contracts';
import type { SpaceVisibility } from '@pnyx/shared/graphql-types';
import { Notifier, TranslatePipe, errorInfos } from '@pnyx/web/core';
import { PageHeader } from '@pnyx/web/ui';
import {
  SPACE_DESCRIPTION_MAX_LENGTH,
  SPACE_KEY_PATTERN,
  SPACE_NAME_MAX_LENGTH,
  suggestSpaceKey,
} from '../data-access/space-rules';
import { SpacesApi } from '../data-access/spaces.api';

type FieldName = 'key' | 'name' | 'description' | 'visibility';

/** What to say when the server rejects a field (its own message is English-only). */
const SERVER_ERROR_KEYS: Readonly<Record<FieldName, string>> = {
  key: 'spaces.create.key.pattern',
  name: 'spaces.create.name.invalid',
  description: 'spaces.create.description.maxlength',
  visibility: 'spaces.create.visibility.invalid',
};

function isFieldName(value: string | undefined): value is FieldName {
  return value !== undefined && value in SERVER_ERROR_KEYS;
}

/** Required after trimming, as the server sees it. */
const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : null;

/** `/spaces/new`: the form for a new space; on success the browser goes to the space. */
@Component({
  selector: 'pnyx-create-space-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    PageHeader,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './create-space.page.html',
  styleUrl: './create-space.page.scss',
})
export class CreateSpacePage {
  private readonly api = inject(SpacesApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);
  private keyEdited = false;

  protected readonly limits = { name: SPACE_NAME_MAX_LENGTH, description: SPACE_DESCRIPTION_MAX_LENGTH };
  protected readonly busy = signal(false);
  /** Translation key of a server objection that names no field of this form. */
  protected readonly formError = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [notBlank, Validators.maxLength(SPACE_NAME_MAX_LENGTH)]],
    key: ['', [notBlank, Validators.pattern(SPACE_KEY_PATTERN)]],
    description: ['', Validators.maxLength(SPACE_DESCRIPTION_MAX_LENGTH)],
    visibility: ['PUBLIC' as SpaceVisibility, Validators.required],
  });

  constructor() {
    // Propose a key from the name until the user types one.
    this.form.controls.name.valueChanges.pipe(takeUntilDestroyed()).subscribe((name) => {
      if (!this.keyEdited) this.form.controls.key.setValue(suggestSpaceKey(name));
    });
  }

  protected keyTyped(): void {
    this.keyEdited = true;
  }

  protected submit(): void {
    this.formError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const { key, name, description, visibility } = this.form.getRawValue();
    this.busy.set(true);
    this.api
      .createSpace({ key: key.trim(), name: name.trim(), description: description.trim() || null, visibility })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (space) => {
          this.busy.set(false);
          this.notifier.show('spaces.create.created', { name: space.name });
          void this.router.navigate(['/s', space.key]);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.showServerErrors(error);
        },
      });
  }

  private showServerErrors(error: unknown): void {
    let shown = false;
    for (const info of errorInfos(error)) {
      const field = isFieldName(info.field) ? info.field : undefined;
      if (info.code === ErrorCode.CONFLICT && (field === 'key' || !field)) {
        this.form.controls.key.setErrors({ taken: true });
        shown = true;
      } else if (info.code === ErrorCode.BAD_USER_INPUT && field) {
        this.form.controls[field].setErrors({ server: SERVER_ERROR_KEYS[field] });
        shown = true;
      } else if (info.code === ErrorCode.BAD_USER_INPUT) {
        this.formError.set('spaces.create.failed');
        shown = true;
      }
    }
    if (!shown) return; // other codes were announced by the global error handler
    this.form.markAllAsTouched();
    this.focusFirstInvalid();
  }

  private focusFirstInvalid(): void {
    queueMicrotask(() => {
      const invalid = this.host.nativeElement.querySelector<HTMLElement>('form .ng-invalid[formControlName]');
      invalid?.focus();
    });
  }
}

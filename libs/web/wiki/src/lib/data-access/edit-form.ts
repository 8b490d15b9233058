import { FormControl, FormGroup, type ValidatorFn, Validators } from '@angular/forms';
import { PAGE_SUMMARY_MAX_LENGTH, PAGE_TITLE_MAX_LENGTH } from '@pnyx/shared/markdown';

/** Required after trimming, as the server sees it. */
const notBlank: ValidatorFn = (control) => (typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : null);

/** The editor's fields, validated as the API validates them. */
export function editForm() {
  return new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(PAGE_TITLE_MAX_LENGTH)] }),
    body: new FormControl('', { nonNullable: true }),
    summary: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PAGE_SUMMARY_MAX_LENGTH) }),
    isTemplate: new FormControl(false, { nonNullable: true }),
  });
}

import type { Observable } from 'rxjs';

/** What a dialog hands back to the screen that opened it: send this, then tell me how it went. */
export type DialogSave<T> = (value: T) => Observable<DialogRefusal | null>;

/** Why the server refused, already in words; `field` names the input to show it under. */
export interface DialogRefusal {
  readonly field: string | null;
  readonly message: string;
}

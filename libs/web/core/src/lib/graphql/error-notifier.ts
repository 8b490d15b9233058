import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslationService } from '../i18n/translation.service';
import { TranslationParams } from '../i18n/translate';

/** Tells the user, briefly and in their language, that something did not work (or did). */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(TranslationService);

  show(key: string, params?: TranslationParams): void {
    this.snackBar.open(this.i18n.translate(key, params), this.i18n.translate('common.dismiss'), { duration: 6000 });
  }
}

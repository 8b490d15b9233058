import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslationService } from '../i18n/translation.service';

const STYLES: Readonly<Record<'date' | 'dateTime', Intl.DateTimeFormatOptions>> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
};

/**
 * An ISO date-time as a date (or, with `'dateTime'`, date and time) in the current
 * language (`Intl`, no locale data bundled).
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(value: string | null | undefined, style: 'date' | 'dateTime' = 'date'): string {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(this.i18n.locale(), STYLES[style]).format(date);
  }
}

import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslationService } from '@pnyx/web/core';
import { relativeTime } from '../data-access/feed-text';

/** An ISO date-time as "5 minutes ago" / "vor 5 Minuten" in the current language. */
@Pipe({ name: 'relativeTime', pure: false })
export class RelativeTimePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(value: string | null | undefined, now: number = Date.now()): string {
    return value ? relativeTime(value, now, this.i18n.locale()) : '';
  }
}

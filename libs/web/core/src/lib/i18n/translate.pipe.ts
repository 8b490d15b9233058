import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslationService } from './translation.service';
import { TranslationParams } from './translate';

/**
 * `{{ 'spaces.list.title' | t }}`, `{{ 'spaces.memberCount' | t: { count: n } }}`.
 * Impure on purpose: the language is a signal read inside `transform`, so the view
 * re-renders on a language switch even though the key did not change.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(TranslationService);

  transform(key: string, params?: TranslationParams): string {
    return this.i18n.translate(key, params);
  }
}

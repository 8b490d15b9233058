import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { LANGUAGES, TranslatePipe, TranslationService, isLanguage } from '@pnyx/web/core';

/** EN | DE, remembered across visits. */
@Component({
  selector: 'pnyx-language-switch',
  imports: [MatButtonToggleModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      hideSingleSelectionIndicator
      [value]="i18n.language()"
      (change)="choose($event)"
      [attr.aria-label]="'shell.language' | t"
    >
      @for (language of languages; track language) {
        <mat-button-toggle
          [value]="language"
          [attr.lang]="language"
          [aria-label]="'shell.language.' + language | t"
          [attr.data-language]="language"
        >{{ language.toUpperCase() }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
  styles: `
    :host { display: inline-flex; }
    mat-button-toggle-group {
      --mat-button-toggle-height: 36px;
      --mat-button-toggle-shape: 18px;
    }
    mat-button-toggle { font: var(--mat-sys-label-large); }
  `,
})
export class LanguageSwitch {
  protected readonly i18n = inject(TranslationService);
  protected readonly languages = LANGUAGES;

  protected choose(change: MatButtonToggleChange): void {
    if (isLanguage(change.value)) this.i18n.use(change.value);
  }
}

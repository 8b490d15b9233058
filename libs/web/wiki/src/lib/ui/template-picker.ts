import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@pnyx/web/core';

export interface TemplateOption {
  readonly id: string;
  readonly title: string;
}

/** "Start from": a blank page or one of the space's templates (radio buttons styled as cards). */
@Component({
  selector: 'pnyx-template-picker',
  imports: [MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="picker">
      <legend>{{ 'wiki.editor.template' | t }}</legend>
      <div class="options">
        <label class="option" [class.chosen]="selected() === null">
          <input type="radio" name="template" [checked]="selected() === null" (change)="choose.emit(null)" data-template="blank" />
          <mat-icon svgIcon="page" aria-hidden="true" />
          <span>{{ 'wiki.editor.template.blank' | t }}</span>
        </label>
        @for (template of templates(); track template.id) {
          <label class="option" [class.chosen]="selected() === template.id">
            <input type="radio" name="template" [checked]="selected() === template.id" (change)="choose.emit(template.id)" [attr.data-template]="template.title" />
            <mat-icon svgIcon="page-add" aria-hidden="true" />
            <span>{{ template.title }}</span>
          </label>
        }
      </div>
      @if (!templates().length) {
        <p class="none">{{ 'wiki.editor.template.none' | t }}</p>
      }
    </fieldset>
  `,
  styles: `
    .picker { margin: 0 0 16px; padding: 0; border: 0; }
    legend { padding: 0; margin-bottom: 8px; font: var(--mat-sys-title-small); }
    .options { display: flex; flex-wrap: wrap; gap: 8px; }
    .option {
      position: relative; display: inline-flex; align-items: center; gap: 8px; padding: 10px 16px; cursor: pointer;
      border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; background: var(--mat-sys-surface-container-lowest);
      font: var(--mat-sys-label-large);
    }
    .option:hover { border-color: var(--mat-sys-outline); }
    .option.chosen { border: 2px solid var(--mat-sys-primary); padding: 9px 15px; background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    .option:has(input:focus-visible) { outline: 3px solid var(--mat-sys-primary); outline-offset: 2px; }
    input { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
    mat-icon { width: 20px; height: 20px; }
    .none { margin: 8px 0 0; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
  `,
})
export class TemplatePicker {
  readonly templates = input.required<readonly TemplateOption[]>();
  readonly selected = input<string | null>(null);
  readonly choose = output<string | null>();
}

import { Directive, ElementRef, inject } from '@angular/core';
import { NgControl } from '@angular/forms';
import { TranslationService } from '@pnyx/web/core';
import { type MarkdownAction, applyMarkdown, shortcutAction } from '../data-access/markdown-editing';

/**
 * A Markdown text area with a form control: formatting, from the toolbar (`format`) or
 * a keyboard shortcut, changes the control's value and selects what the user types next.
 */
@Directive({
  selector: 'textarea[pnyxMarkdownInput]',
  exportAs: 'pnyxMarkdownInput',
  host: { '(keydown)': 'shortcut($event)' },
})
export class MarkdownInput {
  private readonly area = inject<ElementRef<HTMLTextAreaElement>>(ElementRef).nativeElement;
  private readonly control = inject(NgControl, { self: true });
  private readonly i18n = inject(TranslationService);

  format(action: MarkdownAction): void {
    const area = this.area;
    const result = applyMarkdown(
      action,
      { value: area.value, selectionStart: area.selectionStart, selectionEnd: area.selectionEnd },
      {
        text: this.i18n.translate('wiki.editor.placeholder.text'),
        pageTitle: this.i18n.translate('wiki.editor.placeholder.pageTitle'),
        url: 'https://',
      },
    );
    this.control.control?.setValue(result.value);
    this.control.control?.markAsDirty();
    area.focus();
    area.setSelectionRange(result.selectionStart, result.selectionEnd);
  }

  focus(): void {
    this.area.focus();
  }

  protected shortcut(event: KeyboardEvent): void {
    const action = shortcutAction(event);
    if (!action) return;
    event.preventDefault();
    this.format(action);
  }
}

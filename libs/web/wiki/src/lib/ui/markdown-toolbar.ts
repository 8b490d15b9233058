import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslatePipe } from '@pnyx/web/core';
import { MARKDOWN_ACTIONS, MarkdownAction } from '../data-access/markdown-editing';

const ICONS: Readonly<Record<MarkdownAction, string>> = {
  heading: 'format-heading',
  bold: 'format-bold',
  italic: 'format-italic',
  link: 'link',
  wikiLink: 'page',
  bulletList: 'format-list',
  taskList: 'format-task',
  code: 'code',
};

/** Formatting buttons for a Markdown text area (a WAI-ARIA toolbar: one Tab stop, arrows move). */
@Component({
  selector: 'pnyx-markdown-toolbar',
  imports: [MatIconModule, MatTooltipModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'toolbar', '[attr.aria-label]': 'label()', '[attr.aria-controls]': 'controls()', '(keydown)': 'roam($event)' },
  template: `
    @for (action of actions; track action; let i = $index) {
      <button
        type="button"
        class="tool"
        [attr.tabindex]="i === active() ? 0 : -1"
        [attr.aria-label]="'wiki.editor.tool.' + action | t"
        [matTooltip]="'wiki.editor.tool.' + action | t"
        [attr.data-tool]="action"
        (click)="active.set(i); apply.emit(action)"
      >
        <mat-icon [svgIcon]="icons[action]" aria-hidden="true" />
      </button>
    }
  `,
  styles: `
    :host { display: flex; flex-wrap: wrap; gap: 2px; padding: 4px; border-bottom: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface-container-low); }
    .tool {
      display: inline-grid; place-items: center; width: 36px; height: 36px; padding: 0; border: 0; border-radius: 8px;
      background: transparent; color: var(--mat-sys-on-surface-variant); cursor: pointer;
    }
    .tool:hover { background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface); }
    .tool mat-icon { width: 20px; height: 20px; }
  `,
})
export class MarkdownToolbar {
  readonly label = input.required<string>();
  /** Id of the text area the buttons act on. */
  readonly controls = input<string | null>(null);
  readonly apply = output<MarkdownAction>();

  protected readonly actions = MARKDOWN_ACTIONS;
  protected readonly icons = ICONS;
  protected readonly active = signal(0);

  protected roam(event: KeyboardEvent): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? this.actions.length - 1 : null;
    if (!step && jump === null) return;
    event.preventDefault();
    const next = jump ?? (this.active() + step + this.actions.length) % this.actions.length;
    this.active.set(next);
    (event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button.tool')[next]?.focus();
  }
}

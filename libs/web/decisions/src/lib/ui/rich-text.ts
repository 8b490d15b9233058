import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';

/**
 * Markdown rendered and sanitised by the server (Angular sanitises `[innerHTML]` again):
 * a proposal's description, arguments and comments.
 */
@Component({
  selector: 'pnyx-rich-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The html is not part of this template: its styles must reach it.
  encapsulation: ViewEncapsulation.None,
  host: { class: 'pnyx-rich-text' },
  template: `<div class="rich-body" [innerHTML]="html()"></div>`,
  styles: `
    .pnyx-rich-text { display: block; line-height: 1.55; overflow-wrap: anywhere; }
    .pnyx-rich-text .rich-body > :first-child { margin-top: 0; }
    .pnyx-rich-text .rich-body > :last-child { margin-bottom: 0; }
    .pnyx-rich-text :is(h1, h2, h3, h4) { margin: 1.2em 0 0.5em; font: var(--mat-sys-title-medium); }
    .pnyx-rich-text :is(p, ul, ol, blockquote, pre, table) { margin: 0 0 0.8em; }
    .pnyx-rich-text :is(ul, ol) { padding-left: 1.5em; }
    .pnyx-rich-text blockquote { padding: 2px 14px; border-left: 4px solid var(--mat-sys-outline-variant); color: var(--mat-sys-on-surface-variant); }
    .pnyx-rich-text :not(pre) > code { padding: 1px 5px; border-radius: 4px; background: var(--mat-sys-surface-container-high); }
    .pnyx-rich-text pre { padding: 10px 14px; border-radius: 8px; overflow-x: auto; background: var(--mat-sys-surface-container); }
    .pnyx-rich-text :is(th, td) { padding: 4px 10px; border: 1px solid var(--mat-sys-outline-variant); }
    .pnyx-rich-text table { border-collapse: collapse; }
    .pnyx-rich-text img { max-width: 100%; height: auto; }
    .pnyx-rich-text a { color: var(--mat-sys-primary); }
  `,
})
export class RichText {
  readonly html = input.required<string>();
}

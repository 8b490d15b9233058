import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';

/** Markdown as rendered and sanitised by the API (Angular sanitises `[innerHTML]` again). */
@Component({
  selector: 'pnyx-blog-html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The html is not part of this template: its styles must reach it.
  encapsulation: ViewEncapsulation.None,
  host: { class: 'pnyx-blog-html' },
  template: `<div class="rich-body" [innerHTML]="html()"></div>`,
  styles: `
    .pnyx-blog-html { display: block; line-height: 1.6; overflow-wrap: anywhere; }
    .pnyx-blog-html .rich-body > :first-child { margin-top: 0; }
    .pnyx-blog-html .rich-body > :last-child { margin-bottom: 0; }
    .pnyx-blog-html :is(h1, h2) { margin: 1.2em 0 0.5em; font: var(--mat-sys-title-large); }
    .pnyx-blog-html :is(h3, h4) { margin: 1em 0 0.4em; font: var(--mat-sys-title-medium); }
    .pnyx-blog-html :is(p, ul, ol, blockquote, pre, table) { margin: 0 0 0.8em; }
    .pnyx-blog-html :is(ul, ol) { padding-left: 1.5em; }
    .pnyx-blog-html blockquote { padding: 2px 14px; border-left: 4px solid var(--mat-sys-outline-variant); color: var(--mat-sys-on-surface-variant); }
    .pnyx-blog-html :not(pre) > code { padding: 1px 5px; border-radius: 4px; background: var(--mat-sys-surface-container-high); }
    .pnyx-blog-html pre { padding: 10px 14px; border-radius: 8px; overflow-x: auto; background: var(--mat-sys-surface-container); }
    .pnyx-blog-html table { border-collapse: collapse; }
    .pnyx-blog-html :is(th, td) { padding: 4px 10px; border: 1px solid var(--mat-sys-outline-variant); }
    .pnyx-blog-html img { max-width: 100%; height: auto; }
    .pnyx-blog-html a { color: var(--mat-sys-primary); }
  `,
})
export class BlogHtml {
  readonly html = input.required<string>();
}

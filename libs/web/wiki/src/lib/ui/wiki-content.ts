import { ChangeDetectionStrategy, Component, DOCUMENT, ViewEncapsulation, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { TranslationService } from '@pnyx/web/core';
import { inAppPath, prepareWikiHtml } from '../data-access/wiki-html';

/**
 * Rendered Markdown from the server (already sanitised there; Angular's sanitizer runs
 * again on `[innerHTML]`). Links into the app navigate without reloading it; links to
 * pages that do not exist yet read "create this page".
 */
@Component({
  selector: 'pnyx-wiki-content',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The html is not part of this template: its styles must reach it.
  encapsulation: ViewEncapsulation.None,
  host: { class: 'pnyx-wiki-content', '(click)': 'follow($event)' },
  template: `<div class="wiki-body" [innerHTML]="prepared()"></div>`,
  styles: `
    .pnyx-wiki-content { display: block; font: var(--mat-sys-body-large); line-height: 1.6; overflow-wrap: anywhere; }
    .pnyx-wiki-content .wiki-body > :first-child { margin-top: 0; }
    .pnyx-wiki-content .wiki-body > :last-child { margin-bottom: 0; }
    .pnyx-wiki-content :is(h1, h2, h3, h4, h5, h6) { margin: 1.5em 0 0.5em; line-height: 1.25; color: var(--mat-sys-on-surface); }
    .pnyx-wiki-content h1 { font: var(--mat-sys-headline-small); }
    .pnyx-wiki-content h2 { font: var(--mat-sys-title-large); padding-bottom: 4px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .pnyx-wiki-content h3 { font: var(--mat-sys-title-medium); }
    .pnyx-wiki-content :is(p, ul, ol, blockquote, pre, table, dl, details) { margin: 0 0 1em; }
    .pnyx-wiki-content :is(ul, ol) { padding-left: 1.6em; }
    .pnyx-wiki-content li + li { margin-top: 0.25em; }
    .pnyx-wiki-content .contains-task-list { list-style: none; padding-left: 0.4em; }
    .pnyx-wiki-content .task-box { display: inline-block; width: 1.2em; color: var(--mat-sys-on-surface-variant); }
    .pnyx-wiki-content .task-box-done { color: var(--mat-sys-primary); }
    .pnyx-wiki-content blockquote { padding: 4px 16px; border-left: 4px solid var(--mat-sys-outline-variant); color: var(--mat-sys-on-surface-variant); }
    .pnyx-wiki-content :is(code, pre) { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 0.9em; }
    .pnyx-wiki-content :not(pre) > code { padding: 1px 5px; border-radius: 4px; background: var(--mat-sys-surface-container-high); }
    .pnyx-wiki-content pre { padding: 12px 16px; border-radius: 8px; overflow-x: auto; background: #f6f8fa; border: 1px solid var(--mat-sys-outline-variant); line-height: 1.45; }
    .pnyx-wiki-content table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; }
    .pnyx-wiki-content :is(th, td) { padding: 6px 12px; border: 1px solid var(--mat-sys-outline-variant); text-align: left; }
    .pnyx-wiki-content th { background: var(--mat-sys-surface-container); font-weight: 600; }
    .pnyx-wiki-content img { max-width: 100%; height: auto; }
    .pnyx-wiki-content hr { border: 0; border-top: 1px solid var(--mat-sys-outline-variant); margin: 2em 0; }
    .pnyx-wiki-content a { color: var(--mat-sys-primary); text-underline-offset: 2px; }
    .pnyx-wiki-content a.wiki-link-missing { color: #b3261e; text-decoration-style: dashed; }
    .pnyx-wiki-content a.wiki-link-missing::after { content: '+'; margin-left: 2px; font-size: 0.8em; vertical-align: super; }
    .pnyx-wiki-content .hljs-comment, .pnyx-wiki-content .hljs-quote { color: #57606a; font-style: italic; }
    .pnyx-wiki-content :is(.hljs-keyword, .hljs-selector-tag, .hljs-built_in, .hljs-type) { color: #cf222e; }
    .pnyx-wiki-content :is(.hljs-string, .hljs-regexp, .hljs-addition) { color: #0a3069; }
    .pnyx-wiki-content :is(.hljs-number, .hljs-literal, .hljs-attr, .hljs-attribute, .hljs-variable) { color: #0550ae; }
    .pnyx-wiki-content :is(.hljs-title, .hljs-section, .hljs-function) { color: #6639ba; }
    .pnyx-wiki-content .hljs-deletion { color: #82071e; }
    @media print { .pnyx-wiki-content a.wiki-link-missing { color: inherit; } .pnyx-wiki-content pre { white-space: pre-wrap; } }
  `,
})
export class WikiContent {
  readonly html = input.required<string>();

  private readonly router = inject(Router);
  private readonly i18n = inject(TranslationService);
  private readonly origin = inject(DOCUMENT).location.origin;

  protected readonly prepared = computed(() =>
    prepareWikiHtml(this.html(), {
      createTitle: (title) => this.i18n.translate('wiki.content.createTitle', { title }),
      createHint: this.i18n.translate('wiki.content.createHint'),
    }),
  );

  /** In-app links (other pages, "create this page") go through the router: no reload, no new sign-in. */
  protected follow(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || link.target === '_blank' || link.hasAttribute('download')) return;
    const path = inAppPath(link.getAttribute('href'), this.origin);
    if (path === null) return;
    event.preventDefault();
    void this.router.navigateByUrl(path);
  }
}

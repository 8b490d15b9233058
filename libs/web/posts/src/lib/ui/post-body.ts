import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { linkPostHtml } from '../data-access/post-text';

/**
 * A post's Markdown as rendered and sanitised by the API (Angular sanitises `[innerHTML]`
 * again), with its @mentions and #hashtags made links; those open inside the app.
 */
@Component({
  selector: 'pnyx-post-body',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The html is not part of this template: its styles must reach it.
  encapsulation: ViewEncapsulation.None,
  host: { class: 'pnyx-post-body', '(click)': 'follow($event)' },
  template: `<div class="rich-body" [innerHTML]="linked()"></div>`,
  styles: `
    .pnyx-post-body { display: block; line-height: 1.55; overflow-wrap: anywhere; }
    .pnyx-post-body .rich-body > :first-child { margin-top: 0; }
    .pnyx-post-body .rich-body > :last-child { margin-bottom: 0; }
    .pnyx-post-body :is(h1, h2, h3, h4) { margin: 1em 0 0.4em; font: var(--mat-sys-title-medium); }
    .pnyx-post-body :is(p, ul, ol, blockquote, pre, table) { margin: 0 0 0.6em; }
    .pnyx-post-body :is(ul, ol) { padding-left: 1.5em; }
    .pnyx-post-body blockquote { padding: 2px 14px; border-left: 4px solid var(--mat-sys-outline-variant); color: var(--mat-sys-on-surface-variant); }
    .pnyx-post-body :not(pre) > code { padding: 1px 5px; border-radius: 4px; background: var(--mat-sys-surface-container-high); }
    .pnyx-post-body pre { padding: 10px 14px; border-radius: 8px; overflow-x: auto; background: var(--mat-sys-surface-container); }
    .pnyx-post-body img { max-width: 100%; height: auto; }
    .pnyx-post-body a { color: var(--mat-sys-primary); }
    .pnyx-post-body a:is(.mention, .hashtag) { font-weight: 500; text-decoration: none; }
    .pnyx-post-body a:is(.mention, .hashtag):is(:hover, :focus-visible) { text-decoration: underline; }
  `,
})
export class PostBody {
  readonly html = input.required<string>();
  /** Usernames the API resolved. */
  readonly mentions = input<readonly string[]>([]);
  /** Normalised hashtags the API stored. */
  readonly hashtags = input<readonly string[]>([]);

  private readonly router = inject(Router);
  protected readonly linked = computed(() => linkPostHtml(this.html(), this.mentions(), this.hashtags()));

  /** Links to people and tags stay in the app (no page load). */
  protected follow(event: MouseEvent): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a.mention, a.hashtag');
    const href = anchor?.getAttribute('href');
    if (!href?.startsWith('/posts/')) return;
    event.preventDefault();
    void this.router.navigateByUrl(href);
  }
}

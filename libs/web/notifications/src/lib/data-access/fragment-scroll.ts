import { DOCUMENT, DestroyRef, Injectable, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

/** How long a page may take to render the element a fragment names. */
const WAIT_MS = 10_000;
const HIGHLIGHT_MS = 2_500;

/**
 * Makes `#comment-<id>` and `#vote` land: the router's anchor scrolling only looks at
 * navigation end, before a page's data has rendered. After each navigation with a fragment
 * this waits (a MutationObserver, at most 10 s) for the element with that id, scrolls it into
 * view, focuses it (without scrolling again) and highlights it briefly. App-wide, so content
 * pages only give their elements ids.
 */
@Injectable({ providedIn: 'root' })
export class FragmentScroller {
  private readonly document = inject(DOCUMENT);
  private stopWaiting: (() => void) | null = null;

  constructor() {
    const router = inject(Router);
    const subscription = router.events
      .pipe(filter((event): event is NavigationEnd => event instanceof NavigationEnd))
      .subscribe(() => {
        const fragment = router.parseUrl(router.url).fragment;
        if (fragment) this.scrollTo(fragment);
        else this.stopWaiting?.();
      });
    inject(DestroyRef).onDestroy(() => {
      subscription.unsubscribe();
      this.stopWaiting?.();
    });
  }

  /** Scrolls to the element with id `fragment` as soon as it exists. */
  scrollTo(fragment: string): void {
    this.stopWaiting?.();
    const found = () => this.document.getElementById(fragment);
    const view = this.document.defaultView;
    if (!view) return;
    const now = found();
    if (now) {
      // After the router's own scrolling for this navigation.
      view.requestAnimationFrame(() => this.land(now));
      return;
    }
    if (typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(() => {
      const element = found();
      if (element) {
        stop();
        // Let the rest of the page render first: the element's position may still move.
        view.requestAnimationFrame(() => this.land(element));
      }
    });
    const timer = view.setTimeout(() => stop(), WAIT_MS);
    const stop = () => {
      observer.disconnect();
      view.clearTimeout(timer);
      if (this.stopWaiting === stop) this.stopWaiting = null;
    };
    this.stopWaiting = stop;
    observer.observe(this.document.body, { childList: true, subtree: true });
  }

  private land(element: HTMLElement): void {
    element.scrollIntoView({ block: 'center', behavior: 'auto' });
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: true });
    // A brief outline (Web Animations: no style element, nothing for the content-security policy).
    element.animate?.(
      [
        { outline: '3px solid var(--mat-sys-primary)', outlineOffset: '4px', borderRadius: '12px' },
        { outline: '3px solid transparent', outlineOffset: '4px', borderRadius: '12px' },
      ],
      { duration: HIGHLIGHT_MS, easing: 'ease-in' },
    );
  }
}

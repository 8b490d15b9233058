import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { WikiTreeItemFragment } from '@pnyx/shared/graphql-types';
import { WikiApi } from './wiki.api';

/**
 * Which pages of a tree are open and the subpages loaded so far. Provided per tree
 * (the space's "Pages" section, the sidebar next to a page).
 */
@Injectable()
export class PageTreeStore {
  private readonly api = inject(WikiApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly expanded = signal<ReadonlySet<string>>(new Set());
  readonly children = signal<ReadonlyMap<string, readonly WikiTreeItemFragment[]>>(new Map());

  toggle(id: string): void {
    const expanded = new Set(this.expanded());
    if (expanded.delete(id)) {
      this.expanded.set(expanded);
      return;
    }
    expanded.add(id);
    this.expanded.set(expanded);
    this.load(id);
  }

  /** Opens these pages (e.g. the ancestors of the page shown), loading what is missing. */
  open(ids: readonly string[]): void {
    const expanded = new Set(this.expanded());
    for (const id of ids) {
      if (expanded.has(id)) continue;
      expanded.add(id);
      if (!this.children().has(id)) this.load(id);
    }
    this.expanded.set(expanded);
  }

  /** After the tree changed (a page moved, was added or deleted): reload the open levels. */
  reload(): void {
    for (const id of this.expanded()) this.load(id);
  }

  private load(id: string): void {
    this.api
      .children(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (children) => this.children.update((map) => new Map(map).set(id, children)),
        error: () => this.children.update((map) => new Map(map).set(id, [])),
      });
  }
}

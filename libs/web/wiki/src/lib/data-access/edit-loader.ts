import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { filter, first } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import { normaliseTitle } from '@pnyx/shared/markdown';
import { CurrentUser, hasErrorCode } from '@pnyx/web/core';
import { draftScope } from './drafts';
import { EditSession } from './edit-session';
import { PageLive } from './page-live';
import { WikiApi } from './wiki.api';

export type EditorStatus = 'loading' | 'ready' | 'notFound' | 'forbidden' | 'error';

export interface ParentRef {
  readonly id: string;
  readonly title: string;
  readonly slug: string;
}

/** What a new page starts with: its title (from a "create this page" link), parent, and whether it is a template. */
export interface NewPageStart {
  readonly title: string;
  readonly parentId: string | null;
  readonly asTemplate: boolean;
}

/** Loads what the editor edits (a page, or a new page's space and parent) and opens the edit session on it. */
@Injectable()
export class EditLoader {
  private readonly api = inject(WikiApi);
  private readonly session = inject(EditSession);
  private readonly destroyRef = inject(DestroyRef);
  private readonly live = inject(PageLive);
  private readonly me = inject(CurrentUser);

  private readonly state = signal<EditorStatus>('loading');
  readonly status = this.state.asReadonly();
  private readonly parentPage = signal<ParentRef | null>(null);
  /** The parent of a new page, once its title is known. */
  readonly parent = this.parentPage.asReadonly();

  loadPage(spaceKey: string, slug: string): void {
    this.api
      .pageForEdit(spaceKey, slug)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          if (!page.canEdit) {
            this.state.set('forbidden');
            return;
          }
          this.session.open({ space: page.space, page }, draftScope({ pageId: page.id }), { title: page.title, body: page.body, labels: page.labels }, page.version);
          this.state.set('ready');
          this.watchNewerVersions(page.id);
        },
        error: (error: unknown) => this.state.set(hasErrorCode(error, ErrorCode.NOT_FOUND) || hasErrorCode(error, ErrorCode.FORBIDDEN) ? 'notFound' : 'error'),
      });
  }

  loadNew(spaceKey: string, start: NewPageStart): void {
    this.api
      .space(spaceKey)
      .pipe(
        filter((state) => state.status !== 'loading'),
        first(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => {
        if (state.status === 'error' || !state.data.space) {
          this.state.set(state.status === 'error' && !hasErrorCode(state.error, ErrorCode.NOT_FOUND) ? 'error' : 'notFound');
          return;
        }
        const space = state.data.space;
        if (!space.myRole) {
          this.state.set('forbidden');
          return;
        }
        const scope = draftScope({ spaceKey, parentId: start.parentId });
        this.session.open({ space, page: null }, scope, { title: normaliseTitle(start.title), body: '', labels: [] }, null);
        if (start.asTemplate && !start.parentId) this.session.markAsTemplate();
        this.state.set('ready');
      });
    if (start.parentId) {
      this.api
        .pageTitle(start.parentId)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: (parent) => this.parentPage.set(parent), error: () => undefined });
    }
  }

  /** Tells the session at once when someone else saves the page being edited (not only at save time). */
  private watchNewerVersions(pageId: string): void {
    this.live
      .savedByOthers(pageId, () => this.me.user()?.id ?? null)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (saved) => this.session.remoteSaved(saved), error: () => undefined });
  }
}

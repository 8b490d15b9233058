import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { EMPTY, type Observable, catchError, map, of } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import type { WikiEditablePageFragment } from '@pnyx/shared/graphql-types';
import { normaliseTitle } from '@pnyx/shared/markdown';
import { Notifier, errorInfos, hasErrorCode } from '@pnyx/web/core';
import { EditSession, type SpaceRef } from './edit-session';
import { WikiApi } from './wiki.api';

/** How a save ended: the page was saved (and opened), the conflict screen is up, or it failed (shown in the form). */
export type SaveOutcome = 'saved' | 'conflict' | 'failed';

/** Where a new page goes and what it starts from. */
export interface NewPageOptions {
  readonly parentId: string | null;
  readonly templateId: string | null;
}

/**
 * Saves the edit session: creates the page or saves a new version of it, then opens it.
 * A save on a stale version fetches what is saved now for the conflict screen.
 */
@Injectable()
export class EditSaver {
  private readonly api = inject(WikiApi);
  private readonly session = inject(EditSession);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly destroyRef = inject(DestroyRef);

  /** Emits once when the save is over; nothing when it cannot start (the form shows why). */
  save(options: NewPageOptions): Observable<SaveOutcome> {
    if (!this.session.beginSave()) return EMPTY;
    const space = this.session.space();
    if (!space) return EMPTY;
    const page = this.session.page();
    return (page ? this.update(page, space) : this.create(space, options)).pipe(takeUntilDestroyed(this.destroyRef));
  }

  private create(space: SpaceRef, options: NewPageOptions): Observable<SaveOutcome> {
    const { title, body, isTemplate } = this.session.form.getRawValue();
    return this.api
      .createPage({
        spaceId: space.id,
        parentId: isTemplate ? null : options.parentId,
        title: normaliseTitle(title),
        body,
        labels: [...this.session.labels()],
        templateId: options.templateId,
        isTemplate: isTemplate || null,
      })
      .pipe(
        map((created) => {
          this.session.saved();
          this.notifier.show(isTemplate ? 'wiki.editor.templateCreated' : 'wiki.editor.created', { title: created.title });
          void this.router.navigate(['/s', created.spaceKey, created.slug]);
          return 'saved' as const;
        }),
        catchError((error: unknown) => of(this.failed(error))),
      );
  }

  private update(page: WikiEditablePageFragment, space: SpaceRef): Observable<SaveOutcome> {
    const { title, body, summary } = this.session.form.getRawValue();
    const baseVersion = this.session.baseVersion() ?? page.version;
    return this.api
      .updatePage({
        id: page.id,
        baseVersion,
        title: normaliseTitle(title),
        body,
        summary: summary.trim() || null,
        labels: this.session.labelsChanged() ? [...this.session.labels()] : null,
      })
      .pipe(
        map((saved) => {
          this.session.saved();
          this.notifier.show(saved.version === baseVersion ? 'wiki.editor.noChanges' : 'wiki.editor.saved', { version: saved.version });
          void this.router.navigate(['/s', space.key, saved.slug]);
          return 'saved' as const;
        }),
        catchError((error: unknown) => (hasErrorCode(error, ErrorCode.CONFLICT) ? this.showConflict(page.id) : of(this.failed(error)))),
      );
  }

  /** Someone saved meanwhile: fetch what is saved now and compare it with the user's text. */
  private showConflict(pageId: string): Observable<SaveOutcome> {
    return this.api.currentPage(pageId).pipe(
      map((current) => {
        this.session.conflictFound(current);
        return 'conflict' as const;
      }),
      catchError((error: unknown) => of(this.failed(error))),
    );
  }

  private failed(error: unknown): SaveOutcome {
    const refused = errorInfos(error).find((info) => info.code === ErrorCode.BAD_USER_INPUT);
    if (refused) this.session.refused(refused.field);
    else this.session.failed(hasErrorCode(error, ErrorCode.CONFLICT) ? 'wiki.editor.conflictOther' : null);
    return 'failed';
  }
}

import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDialog } from '@angular/material/dialog';
import { type Observable, catchError, filter, map, of, switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import { Notifier, TranslationService } from '@pnyx/web/core';
import { MAX_DAYS_AHEAD, extensionProblem, parseLocalDateTime, toLocalDateTimeInput } from '../data-access/closing-time';
import { hoursUntil, writeRefusal } from '../data-access/decision-errors';
import { DecisionsApi, type ProposalDetail } from '../data-access/decisions.api';
import { AmendDialog, type AmendDialogData } from '../ui/amend-dialog';
import { CloseDialog, type CloseDialogData } from '../ui/close-dialog';
import { ConfirmDialog, type ConfirmDialogData } from '../ui/confirm-dialog';
import { DateTimeDialog, type DateTimeDialogData } from '../ui/date-time-dialog';
import type { DialogRefusal } from '../ui/dialog-save';

const DAY_MS = 86_400_000;

/**
 * What the author (amend, extend, withdraw, close, review date), a closer and a manager
 * (nudge) can do to a proposal: each opens its dialog, sends the mutation, and keeps the
 * dialog open with the server's objection when there is one.
 */
@Injectable()
export class ProposalActions {
  private readonly api = inject(DecisionsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  private readonly destroyRef = inject(DestroyRef);

  /** The result of the last nudge, for the status line next to the button. */
  readonly nudgeStatus = signal<string | null>(null);
  readonly nudging = signal(false);

  amend(p: ProposalDetail): void {
    const data: AmendDialogData = {
      title: p.title,
      description: p.description,
      version: p.version,
      save: ({ title, description }) =>
        this.refusalOf(this.api.amendProposal({ id: p.id, baseVersion: p.version, title, description }), (refusal) =>
          refusal.code === ErrorCode.CONFLICT ? { field: null, message: this.i18n.translate('decisions.amend.conflict') } : null,
        ),
    };
    this.open(AmendDialog, data, 'decisions.amend.done', { version: p.version + 1 });
  }

  extend(p: ProposalDetail): void {
    const current = new Date(p.closesAt);
    const now = new Date();
    const data: DateTimeDialogData = {
      titleKey: 'decisions.extend.title',
      messageKey: 'decisions.extend.message',
      labelKey: 'decisions.extend.label',
      confirmKey: 'decisions.extend.confirm',
      kind: 'datetime-local',
      value: toLocalDateTimeInput(new Date(Math.max(current.getTime(), now.getTime()) + DAY_MS)),
      min: toLocalDateTimeInput(current),
      max: toLocalDateTimeInput(new Date(now.getTime() + MAX_DAYS_AHEAD * DAY_MS)),
      check: (value) => {
        const problem = extensionProblem(parseLocalDateTime(value), current, new Date(), value);
        return problem ? `decisions.extend.${problem}` : null;
      },
      save: (value) => this.refusalOf(this.api.extendProposal({ id: p.id, closesAt: parseLocalDateTime(value)!.toISOString() })),
    };
    this.open(DateTimeDialog, data, 'decisions.extend.done');
  }

  reviewDate(p: ProposalDetail): void {
    const now = new Date();
    const day = (date: Date): string => toLocalDateTimeInput(date).slice(0, 10);
    const data: DateTimeDialogData = {
      titleKey: 'decisions.review.title',
      messageKey: 'decisions.review.message',
      labelKey: 'decisions.review.label',
      confirmKey: 'decisions.review.confirm',
      kind: 'date',
      value: p.reviewAt ? day(new Date(p.reviewAt)) : day(new Date(now.getTime() + 180 * DAY_MS)),
      min: day(new Date(now.getTime() + DAY_MS)),
      clearable: !!p.reviewAt,
      check: (value) => {
        const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseLocalDateTime(`${value}T09:00`) : null;
        if (!date) return 'decisions.review.invalid';
        return date.getTime() <= Date.now() ? 'decisions.review.past' : null;
      },
      save: (value) => this.refusalOf(this.api.setReviewDate(p.id, value ? parseLocalDateTime(`${value}T09:00`)!.toISOString() : null)),
    };
    this.open(DateTimeDialog, data, 'decisions.review.done');
  }

  close(p: ProposalDetail): void {
    const data: CloseDialogData = {
      title: p.title,
      process: p.process,
      save: (input) => this.refusalOf(this.api.closeProposal({ id: p.id, ...input })),
    };
    this.open(CloseDialog, data, 'decisions.close.done');
  }

  withdraw(p: ProposalDetail): void {
    const data: ConfirmDialogData = {
      title: this.i18n.translate('decisions.withdraw.title', { title: p.title }),
      message: this.i18n.translate('decisions.withdraw.message'),
      confirm: this.i18n.translate('decisions.withdraw.confirm'),
      destructive: true,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.withdrawProposal(p.id)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => this.notifier.show('decisions.withdraw.done'),
        error: (error: unknown) => this.notifier.show('decisions.action.failed', { reason: writeRefusal(error).message }),
      });
  }

  nudge(p: ProposalDetail): void {
    if (this.nudging()) return;
    this.nudging.set(true);
    this.nudgeStatus.set(null);
    this.api
      .nudgeVoters(p.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (count) => {
          this.nudging.set(false);
          this.nudgeStatus.set(this.i18n.translate('decisions.nudge.done', { count }));
        },
        error: (error: unknown) => {
          this.nudging.set(false);
          const refusal = writeRefusal(error);
          this.nudgeStatus.set(
            refusal.code === ErrorCode.RATE_LIMITED
              ? this.i18n.translate('decisions.nudge.limited', { count: hoursUntil(refusal.retryAfterSeconds) })
              : this.i18n.translate('decisions.action.failed', { reason: refusal.message }),
          );
        },
      });
  }

  private open<D>(component: Parameters<MatDialog['open']>[0], data: D, doneKey: string, params?: Record<string, number>): void {
    this.dialog
      .open(component, { data, width: 'min(640px, 94vw)', maxWidth: '94vw' })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((done) => {
        if (done === true) this.notifier.show(doneKey, params);
      });
  }

  /** null when the mutation went through, else the refusal in words (for the dialog to show). */
  private refusalOf(call: Observable<unknown>, special?: (refusal: ReturnType<typeof writeRefusal>) => DialogRefusal | null): Observable<DialogRefusal | null> {
    return call.pipe(
      map(() => null),
      catchError((error: unknown) => {
        const refusal = writeRefusal(error);
        return of(special?.(refusal) ?? { field: refusal.field, message: refusal.message || this.i18n.translate('decisions.action.failedShort') });
      }),
    );
  }
}

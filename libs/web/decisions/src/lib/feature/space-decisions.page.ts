import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { switchMap } from 'rxjs';
import { ErrorCode } from '@pnyx/shared/contracts';
import { LOADING, Notifier, TranslatePipe, TranslationService, hasErrorCode } from '@pnyx/web/core';
import { EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { Clock } from '../data-access/clock';
import { DecisionsApi } from '../data-access/decisions.api';
import { Downloads } from '../data-access/downloads';
import { DECISION_LOG, OPEN_PROPOSALS, ProposalListStore } from '../data-access/proposal-list.store';
import { decisionLogFile } from '../data-access/record-files';
import { formatRelative } from '../data-access/time-left';
import { ProposalCard } from '../ui/proposal-card';

/**
 * `/s/:spaceKey/decisions`: a space's open proposals (closing soonest first) and its
 * decision log (closed, newest first), "New proposal" for members, the log as Markdown.
 */
@Component({
  selector: 'pnyx-space-decisions-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, EmptyState, Loading, PageHeader, ProposalCard],
  providers: [Clock, { provide: OPEN_PROPOSALS, useClass: ProposalListStore }, { provide: DECISION_LOG, useClass: ProposalListStore }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './space-decisions.page.html',
  styleUrl: './space-decisions.page.scss',
})
export class SpaceDecisionsPage {
  readonly spaceKey = input.required<string>();

  private readonly api = inject(DecisionsApi);
  private readonly downloads = inject(Downloads);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly clock = inject(Clock);
  protected readonly open = inject(OPEN_PROPOSALS);
  protected readonly log = inject(DECISION_LOG);

  private readonly spaceState = toSignal(toObservable(this.spaceKey).pipe(switchMap((key) => this.api.space(key))), { initialValue: LOADING });
  protected readonly space = computed(() => {
    const state = this.spaceState();
    return state.status === 'ready' ? state.data.space : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.spaceState();
    if (state.status === 'ready') return state.data.space === null;
    return state.status === 'error' && (hasErrorCode(state.error, ErrorCode.NOT_FOUND) || hasErrorCode(state.error, ErrorCode.FORBIDDEN));
  });
  protected readonly failed = computed(() => this.spaceState().status === 'error' && !this.notFound());
  protected readonly exporting = signal(false);
  protected readonly now = this.clock.now;

  constructor() {
    effect(() => {
      const key = this.spaceKey();
      untracked(() => {
        this.open.load(key, false);
        this.log.load(key, true);
      });
    });
    const title = inject(Title);
    effect(() => {
      const space = this.space();
      if (space) title.setTitle(`${this.i18n.translate('decisions.space.title', { space: space.name })} · ${this.i18n.translate('app.name')}`);
    });
  }

  protected timeLeft(closesAt: string): string {
    return formatRelative(new Date(closesAt), this.now(), this.i18n.locale());
  }

  protected exportLog(): void {
    const key = this.spaceKey();
    this.exporting.set(true);
    this.api
      .decisionLogMarkdown(key)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (markdown) => {
          this.exporting.set(false);
          this.downloads.save(decisionLogFile(key, markdown));
        },
        error: () => {
          this.exporting.set(false);
          this.notifier.show('decisions.space.exportFailed');
        },
      });
  }
}

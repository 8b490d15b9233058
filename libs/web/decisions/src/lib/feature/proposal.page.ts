import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { EMPTY, catchError, concatMap, switchMap } from 'rxjs';
import type { ArgumentSide } from '@pnyx/shared/graphql-types';
import { ErrorCode } from '@pnyx/shared/contracts';
import { CurrentUser, LOADING, LocalDatePipe, Notifier, TranslatePipe, TranslationService, hasErrorCode } from '@pnyx/web/core';
import { Avatar, EmptyState, Loading, PageHeader } from '@pnyx/web/ui';
import { Clock } from '../data-access/clock';
import { writeRefusal } from '../data-access/decision-errors';
import { DecisionsApi, type ProposalDetail } from '../data-access/decisions.api';
import { Downloads } from '../data-access/downloads';
import { canAddDissent } from '../data-access/proposal-rules';
import { type RecordFile, recordFiles } from '../data-access/record-files';
import { formatRelative } from '../data-access/time-left';
import { ArgumentBoard, type NewArgument } from '../ui/argument-board';
import { CommentList } from '../ui/comment-list';
import { OutcomeChip } from '../ui/outcome-chip';
import { OutdatedVoteBanner } from '../ui/outdated-vote-banner';
import { ParticipationBar } from '../ui/participation-bar';
import { RecordPanel } from '../ui/record-panel';
import { RichText } from '../ui/rich-text';
import { TallyView } from '../ui/tally-view';
import { type VoteError, VotePanel, type VoteRequest } from '../ui/vote-panel';
import { VoterList } from '../ui/voter-list';
import { ProposalActions } from './proposal-actions';

const FIXED_CODES = ['yes', 'no', 'abstain', 'consent', 'concern', 'object', 'support', 'oppose'] as const;

/**
 * `/decisions/:id`: a proposal with its vote, tally, voters, arguments for and against,
 * comments and, once closed, its record; what the author, closers and managers may do.
 * Live: every change anyone makes reaches the screen over the WebSocket.
 */
@Component({
  selector: 'pnyx-proposal-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    LocalDatePipe,
    TranslatePipe,
    Avatar,
    EmptyState,
    Loading,
    PageHeader,
    ArgumentBoard,
    CommentList,
    OutcomeChip,
    OutdatedVoteBanner,
    ParticipationBar,
    RecordPanel,
    RichText,
    TallyView,
    VotePanel,
    VoterList,
  ],
  providers: [Clock, ProposalActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal.page.html',
  styleUrl: './proposal.page.scss',
})
export class ProposalPage {
  readonly id = input.required<string>();

  private readonly api = inject(DecisionsApi);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(TranslationService);
  private readonly downloads = inject(Downloads);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly me = inject(CurrentUser);
  private readonly clock = inject(Clock);
  protected readonly actions = inject(ProposalActions);
  private readonly argumentBoard = viewChild(ArgumentBoard);
  private readonly commentList = viewChild(CommentList);
  private readonly recordPanel = viewChild(RecordPanel);

  protected readonly state = toSignal(toObservable(this.id).pipe(switchMap((id) => this.api.proposal(id))), { initialValue: LOADING });
  protected readonly proposal = computed((): ProposalDetail | null => {
    const state = this.state();
    return state.status === 'ready' ? state.data.proposal : null;
  });
  protected readonly notFound = computed(() => {
    const state = this.state();
    if (state.status === 'ready') return state.data.proposal === null;
    return state.status === 'error' && (hasErrorCode(state.error, ErrorCode.NOT_FOUND) || hasErrorCode(state.error, ErrorCode.FORBIDDEN));
  });

  protected readonly fixedLabels = computed(() => {
    this.i18n.language();
    return Object.fromEntries(FIXED_CODES.map((code) => [code, this.i18n.translate(`decisions.option.${code}`)]));
  });
  protected readonly timeLeft = computed(() => {
    const p = this.proposal();
    return p ? formatRelative(new Date(p.closesAt), this.clock.now(), this.i18n.locale()) : '';
  });
  protected readonly closingPassed = computed(() => {
    const p = this.proposal();
    return !!p && p.status === 'OPEN' && new Date(p.closesAt).getTime() <= this.clock.now().getTime();
  });
  protected readonly files = computed((): RecordFile[] => {
    const p = this.proposal();
    return p?.record ? recordFiles(p.title, p.record) : [];
  });
  protected readonly mayDissent = computed(() => {
    const p = this.proposal();
    return !!p && canAddDissent(p, this.me.user()?.username ?? null);
  });
  /** The saved vote in words, for the "proposal changed" banner. */
  protected readonly myChoice = computed(() => {
    const vote = this.proposal()?.myVote;
    if (!vote) return '';
    if (vote.ranking?.length) return vote.ranking.map((o, i) => `${i + 1}. ${o.label}`).join(', ');
    const option = vote.option;
    return option ? (option.code && this.fixedLabels()[option.code]) || option.label : '';
  });

  protected readonly voting = signal(false);
  protected readonly voteError = signal<VoteError | null>(null);
  protected readonly argumentBusy = signal<ArgumentSide | null>(null);
  protected readonly argumentErrorSide = signal<ArgumentSide | null>(null);
  protected readonly argumentError = signal<string | null>(null);
  protected readonly commentBusy = signal(false);
  protected readonly commentError = signal<string | null>(null);
  protected readonly dissentBusy = signal(false);
  protected readonly dissentError = signal<string | null>(null);
  protected readonly followBusy = signal(false);
  /** Said to screen readers when someone else changed the proposal. */
  protected readonly liveNote = signal('');

  constructor() {
    const title = inject(Title);
    effect(() => {
      const p = this.proposal();
      if (p) title.setTitle(`${p.title} · ${p.space.name} · ${this.i18n.translate('app.name')}`);
    });
    // Live: read the proposal again after each change (what this viewer may see is decided per request).
    toObservable(this.id)
      .pipe(
        switchMap((id) =>
          this.api.updates(id).pipe(
            catchError(() => EMPTY),
            concatMap(() => this.api.reloadProposal(id).pipe(catchError(() => EMPTY))),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.liveNote.set(this.i18n.translate('decisions.live.updated', { time: new Date().toLocaleTimeString(this.i18n.locale()) })));
  }

  protected vote(request: VoteRequest): void {
    const p = this.proposal();
    if (!p || this.voting()) return;
    this.voting.set(true);
    this.voteError.set(null);
    this.api
      .castVote({ proposalId: p.id, ...request })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.voting.set(false);
          this.notifier.show(p.myVote ? 'decisions.vote.changed' : 'decisions.vote.cast');
        },
        error: (error: unknown) => {
          this.voting.set(false);
          const refusal = writeRefusal(error);
          this.voteError.set({ field: refusal.field, message: refusal.message || this.i18n.translate('decisions.action.failedShort') });
        },
      });
  }

  /** The same vote again, on the amended text. */
  protected confirmVote(): void {
    const vote = this.proposal()?.myVote;
    if (!vote) return;
    this.vote(vote.ranking?.length ? { ranking: vote.ranking.map((o) => o.id), reason: vote.reason } : { optionId: vote.option?.id ?? null, reason: vote.reason });
  }

  protected focusVote(): void {
    this.host.nativeElement.querySelector<HTMLElement>('#vote-heading')?.focus();
  }

  protected addArgument(argument: NewArgument): void {
    const p = this.proposal();
    if (!p) return;
    this.argumentBusy.set(argument.side);
    this.argumentError.set(null);
    this.api
      .addArgument({ proposalId: p.id, side: argument.side, body: argument.body })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.argumentBusy.set(null);
          this.argumentBoard()?.reset(argument.side);
          this.notifier.show('decisions.arguments.added');
        },
        error: (error: unknown) => {
          this.argumentBusy.set(null);
          this.argumentErrorSide.set(argument.side);
          this.argumentError.set(writeRefusal(error).message || this.i18n.translate('decisions.action.failedShort'));
        },
      });
  }

  protected addComment(body: string): void {
    const p = this.proposal();
    if (!p) return;
    this.commentBusy.set(true);
    this.commentError.set(null);
    this.api
      .addComment(p.id, body)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.commentBusy.set(false);
          this.commentList()?.reset();
          this.notifier.show('decisions.comments.added');
        },
        error: (error: unknown) => {
          this.commentBusy.set(false);
          this.commentError.set(writeRefusal(error).message || this.i18n.translate('decisions.action.failedShort'));
        },
      });
  }

  protected addDissent(body: string): void {
    const p = this.proposal();
    if (!p) return;
    this.dissentBusy.set(true);
    this.dissentError.set(null);
    this.api
      .addDissent(p.id, body)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.dissentBusy.set(false);
          this.recordPanel()?.reset();
          this.notifier.show('decisions.dissents.added');
        },
        error: (error: unknown) => {
          this.dissentBusy.set(false);
          this.dissentError.set(writeRefusal(error).message || this.i18n.translate('decisions.action.failedShort'));
        },
      });
  }

  protected toggleFollow(): void {
    const p = this.proposal();
    if (!p || this.followBusy()) return;
    const follow = !p.followedByMe;
    this.followBusy.set(true);
    this.api
      .setFollowing(p.id, follow)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.followBusy.set(false);
          this.notifier.show(follow ? 'decisions.follow.on' : 'decisions.follow.off');
        },
        error: () => this.followBusy.set(false),
      });
  }

  protected download(file: RecordFile): void {
    this.downloads.save(file);
  }
}

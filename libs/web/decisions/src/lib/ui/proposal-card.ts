import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DecisionsProposalSummaryFragment } from '@pnyx/shared/graphql-types';
import { LocalDatePipe, TranslatePipe } from '@pnyx/web/core';
import { closingSoon } from '../data-access/time-left';
import { OutcomeChip } from './outcome-chip';
import { ParticipationBar } from './participation-bar';

/**
 * One proposal in a list: open ones with time left, participation against the quorum and
 * (where visible) the current leaning; closed ones with their outcome and date.
 */
@Component({
  selector: 'pnyx-proposal-card',
  imports: [RouterLink, LocalDatePipe, TranslatePipe, OutcomeChip, ParticipationBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-proposal]': 'proposal().title' },
  template: `
    @let p = proposal();
    <div class="top">
      <h3 class="title"><a [routerLink]="['/decisions', p.id]">{{ p.title }}</a></h3>
      <pnyx-outcome-chip [status]="p.status" [outcome]="p.outcome" />
    </div>
    <p class="meta">
      <span class="process">{{ 'decisions.process.' + p.process | t }}</span>
      @if (showSpace()) {
        <a class="space" [routerLink]="['/s', p.space.key, 'decisions']">{{ p.space.name }}</a>
      }
      @if (p.status === 'OPEN') {
        <span class="time" [class.soon]="soon()">
          {{ overdue() ? ('decisions.proposal.closingNow' | t) : ('decisions.closes' | t: { when: timeLeft() }) }}
        </span>
      } @else if (p.closedAt) {
        <span class="time">{{ 'decisions.closedOn' | t: { date: (p.closedAt | localDate: 'dateTime') } }}</span>
      }
    </p>
    @if (p.status === 'OPEN') {
      <pnyx-participation-bar [votes]="p.voteCount" [eligible]="p.eligibleVoterCount" [participation]="p.participation" [quorumPercent]="p.quorumPercent" />
      <p class="leaning">
        @if (p.tallyHidden) {
          <span>{{ 'decisions.tally.hiddenShort' | t }}</span>
        } @else {
          <span>
            @if (p.leadingOption; as leading) {
              {{ 'decisions.leaning' | t: { option: leading.label } }}
            } @else {
              {{ 'decisions.leaning.none' | t }}
            }
          </span>
          @if (p.objectionCount) {
            <span class="warn">{{ 'decisions.objections' | t: { count: p.objectionCount } }}</span>
          }
          @if (p.concernCount) {
            <span class="concern">{{ 'decisions.concerns' | t: { count: p.concernCount } }}</span>
          }
        }
      </p>
    } @else if (p.winningOption && p.process !== 'CONSENT' && p.process !== 'ADVICE') {
      <p class="leaning">{{ 'decisions.winner' | t: { option: p.winningOption.label } }}</p>
    }
  `,
  styles: `
    :host { display: block; padding: 16px; border-radius: var(--mat-sys-corner-medium); border: 1px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface-container-lowest); }
    .top { display: flex; align-items: flex-start; justify-content: space-between; gap: 12px; }
    .title { margin: 0; font: var(--mat-sys-title-medium); overflow-wrap: anywhere; }
    .title a { color: var(--mat-sys-on-surface); text-decoration: none; }
    .title a:hover, .title a:focus-visible { text-decoration: underline; color: var(--mat-sys-primary); }
    .meta { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 6px 0 10px; font: var(--mat-sys-body-medium); color: var(--mat-sys-on-surface-variant); }
    .meta:last-child { margin-bottom: 0; }
    .process { font-weight: 600; }
    .space { color: var(--mat-sys-primary); }
    .soon { color: #8c1111; font-weight: 600; }
    .leaning { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 8px 0 0; font: var(--mat-sys-body-medium); }
    .warn { color: #8c1111; font-weight: 600; }
    .concern { color: #7a4a00; font-weight: 600; }
  `,
})
export class ProposalCard {
  readonly proposal = input.required<DecisionsProposalSummaryFragment>();
  readonly showSpace = input(false);
  /** Already formatted ("in 3 days"): the page owns the clock and the language. */
  readonly timeLeft = input('');
  readonly now = input<Date>(new Date());

  protected readonly soon = computed(() => closingSoon(new Date(this.proposal().closesAt), this.now()));
  /** Past its closing time, not closed yet: the job queue closes it in a moment. */
  protected readonly overdue = computed(() => new Date(this.proposal().closesAt).getTime() <= this.now().getTime());
}

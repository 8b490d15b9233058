import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@pnyx/web/core';
import { Avatar } from '@pnyx/web/ui';

export interface VoterRow {
  readonly hasVoted: boolean;
  readonly isAdvisor: boolean;
  readonly user: { readonly username: string; readonly displayName: string };
}

/** Who has voted and who has not yet (never how, while the tally is hidden). */
@Component({
  selector: 'pnyx-voter-list',
  imports: [TranslatePipe, Avatar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="group">
      <h3 class="title" id="voted-heading">{{ 'decisions.voters.voted' | t: { count: voted().length } }}</h3>
      @if (voted().length) {
        <ul class="people" aria-labelledby="voted-heading" data-testid="voted">
          @for (voter of voted(); track voter.user.username) {
            <li [attr.data-username]="voter.user.username">
              <pnyx-avatar [name]="voter.user.displayName" size="small" />
              <span>{{ voter.user.displayName }}</span>
              @if (voter.isAdvisor) {
                <span class="advisor">{{ 'decisions.voters.advisor' | t }}</span>
              }
            </li>
          }
        </ul>
      } @else {
        <p class="none">{{ 'decisions.voters.nobody' | t }}</p>
      }
    </div>
    <div class="group">
      <h3 class="title" id="not-voted-heading">{{ 'decisions.voters.notVoted' | t: { count: notVoted().length } }}</h3>
      @if (notVoted().length) {
        <ul class="people" aria-labelledby="not-voted-heading" data-testid="not-voted">
          @for (voter of notVoted(); track voter.user.username) {
            <li [attr.data-username]="voter.user.username">
              <pnyx-avatar [name]="voter.user.displayName" size="small" />
              <span>{{ voter.user.displayName }}</span>
              @if (voter.isAdvisor) {
                <span class="advisor">{{ 'decisions.voters.advisor' | t }}</span>
              }
            </li>
          }
        </ul>
      } @else {
        <p class="none">{{ 'decisions.voters.everyone' | t }}</p>
      }
    </div>
  `,
  styles: `
    :host { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 16px; }
    .title { margin: 0 0 8px; font: var(--mat-sys-title-small); }
    .people { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
    .people li { display: flex; align-items: center; gap: 8px; }
    .advisor { padding: 0 8px; border-radius: 999px; background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); font: var(--mat-sys-label-small); }
    .none { margin: 0; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class VoterList {
  readonly voters = input.required<readonly VoterRow[]>();

  protected readonly voted = computed(() => this.voters().filter((v) => v.hasVoted));
  protected readonly notVoted = computed(() => this.voters().filter((v) => !v.hasVoted));
}

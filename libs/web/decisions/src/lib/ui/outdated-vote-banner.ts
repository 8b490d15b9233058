import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@pnyx/web/core';

/** "The proposal changed since you voted": confirm the same vote on the new text, or change it. */
@Component({
  selector: 'pnyx-outdated-vote-banner',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="banner" aria-labelledby="outdated-heading" data-testid="outdated-vote">
      <mat-icon svgIcon="warning" aria-hidden="true" />
      <div class="text">
        <h2 id="outdated-heading" class="title">{{ 'decisions.outdated.title' | t }}</h2>
        <p>{{ 'decisions.outdated.message' | t: { voted: votedVersion(), current: currentVersion(), choice: choice() } }}</p>
        <div class="actions">
          <button mat-flat-button type="button" [disabled]="busy()" (click)="confirm.emit()" data-testid="confirm-vote">{{ 'decisions.outdated.confirm' | t }}</button>
          <button mat-button type="button" (click)="change.emit()">{{ 'decisions.outdated.change' | t }}</button>
        </div>
      </div>
    </section>
  `,
  styles: `
    .banner { display: flex; gap: 12px; padding: 16px; margin-bottom: 24px; border-radius: var(--mat-sys-corner-medium); background: #fff4dc; color: #3d2a00; border: 1px solid #d8a530; }
    mat-icon { flex: none; color: #7a4a00; }
    .title { margin: 0 0 4px; font: var(--mat-sys-title-medium); }
    p { margin: 0 0 8px; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
  `,
})
export class OutdatedVoteBanner {
  readonly votedVersion = input.required<number>();
  readonly currentVersion = input.required<number>();
  /** The vote as it reads ("Object", "1. Blue 2. Green"). */
  readonly choice = input.required<string>();
  readonly busy = input(false);
  readonly confirm = output();
  readonly change = output();
}

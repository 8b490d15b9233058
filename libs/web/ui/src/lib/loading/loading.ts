import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';

/** An indeterminate progress bar with an accessible label. */
@Component({
  selector: 'pnyx-loading',
  imports: [MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<mat-progress-bar mode="indeterminate" [attr.aria-label]="label()" />`,
  styles: `:host { display: block; margin: 8px 0 24px; }`,
})
export class Loading {
  readonly label = input.required<string>();
}

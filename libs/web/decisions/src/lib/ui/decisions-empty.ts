import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { EmptyState } from '@pnyx/web/ui';

/** Shown while there is nothing to list; gets its text through inputs only. */
@Component({
  selector: 'pnyx-decisions-empty',
  imports: [EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pnyx-empty-state [heading]="heading()" [message]="message()" />`,
})
export class DecisionsEmpty {
  readonly heading = input.required<string>();
  readonly message = input<string>();
}

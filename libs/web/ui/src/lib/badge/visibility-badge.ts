import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { SpaceVisibility } from '@pnyx/shared/graphql-types';
import { Badge } from './badge';

/** PUBLIC (globe) or PRIVATE (lock); the caller passes the translated label. */
@Component({
  selector: 'pnyx-visibility-badge',
  imports: [Badge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pnyx-badge [label]="label()" [icon]="icon()" [tone]="tone()" />`,
  styles: `:host { display: inline-flex; }`,
})
export class VisibilityBadge {
  readonly visibility = input.required<SpaceVisibility>();
  readonly label = input.required<string>();

  protected readonly icon = computed(() => (this.visibility() === 'PRIVATE' ? 'lock' : 'public'));
  protected readonly tone = computed(() => (this.visibility() === 'PRIVATE' ? 'tertiary' : 'primary'));
}
